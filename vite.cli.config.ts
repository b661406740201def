import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-cli';
/** The repository (this file's folder): the CLI may be built from any working directory. */
const ROOT = import.meta.dirname;

/** Lists the files the bundle was built from, so bin/ can tell when it is stale (scripts/cli-bundle.cjs). */
function sourceList(): Plugin {
  return {
    name: 'netns-lab-cli-sources',
    writeBundle(_options, bundle) {
      const files = new Set<string>();
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of chunk.moduleIds) if (!id.startsWith('\0')) files.add(relative(ROOT, id));
      writeFileSync(
        resolve(ROOT, OUT_DIR, 'sources.json'),
        `${JSON.stringify([...files].sort(), null, 1)}\n`,
      );
    },
  };
}

/**
 * The `netns-lab` command as one pre-built script for Node (`npm run build:cli`, part of
 * `npm run build`), so the CLI starts without compiling TypeScript. It is a CommonJS script rather
 * than an ES module because only a script can be compiled with V8's code cache on Node 20:
 * scripts/cli-bundle.cjs runs it through node:vm with the cache it keeps beside it, which saves most
 * of the start-up (parsing a megabyte of JavaScript). Modules that were dynamic imports (lessons,
 * with zod) stay in the one file but are initialised only when first used.
 */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: OUT_DIR,
    target: 'node20',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rolldownOptions: { output: { format: 'cjs', entryFileNames: 'netns-lab.cjs', codeSplitting: false } },
  },
  // Everything (ip-num included) goes into the one file: no module resolution at start-up.
  ssr: { noExternal: true, target: 'node' },
  publicDir: false,
  plugins: [sourceList()],
  logLevel: 'warn',
});
