import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves here; the e2e suite uses its own port (4174) so both can run at once. */
const PREVIEW_PORT = 4173;

/**
 * Starts the engine worker from an inline script at the top of the built index.html, so its download
 * and start run beside the page's own modules instead of after them (the page's modules can start
 * nothing before all of them are fetched). src/worker/client.ts's startEarly takes it over; the
 * worker's name has the form createLabClient gives (its Web Lock is named after it).
 */
function earlyEngine(): Plugin {
  return {
    name: 'netns-lab-early-engine',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const worker = Object.keys(ctx.bundle ?? {}).find((f) => /^assets\/worker-[^/]+\.js$/.test(f));
        if (!worker) throw new Error('earlyEngine: the engine worker is not in the bundle');
        const start = `(function(){var n="netns-lab-engine "+Date.now().toString(36)+".0",s={name:n};try{s.worker=new Worker(${JSON.stringify(`./${worker}`)},{type:"module",name:n});s.worker.addEventListener("error",function(e){s.error=e.message||"error loading the worker"});self.netnsLabEngine=s}catch{}})()`;
        return [{ tag: 'script', children: start, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * The page's own modules that the entry imports statically (the first drawing's code), found once
 * every module is parsed, so the build can put them in one chunk: each small chunk is compressed
 * on its own, so twenty of them cost about 10 % more than one.
 */
const initialModules = new Set<string>();
function findInitialModules(): Plugin {
  return {
    name: 'netns-lab-initial-modules',
    apply: 'build',
    buildEnd() {
      initialModules.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const todo = [...entries];
      while (todo.length) {
        const id = todo.pop() as string;
        if (initialModules.has(id)) continue;
        initialModules.add(id);
        todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

export default defineConfig({
  // Relative asset paths, so dist/ can be served from any sub-path.
  base: './',
  plugins: [react(), earlyEngine(), findInitialModules()],
  // The engine runs in a module worker (src/worker/worker.ts).
  worker: { format: 'es' },
  // Every browser the lab supports has modulepreload (Chromium 66, Firefox 115, Safari 17).
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // The libraries every page needs in one chunk: split among the lazy chunks' shared parts they
    // compress worse, and the first load pays for it.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@xyflow|d3-[a-z]+|zustand|zundo|use-sync-external-store|classcat|comlink|idb-keyval)[\\/]/,
              priority: 20,
            },
            {
              name: 'app',
              test: (id) => initialModules.has(id) && !id.includes('node_modules'),
              priority: 10,
            },
          ],
        },
      },
    },
  },
  preview: { port: PREVIEW_PORT, strictPort: true },
  server: { port: 5173 },
});
