// The pre-built CLI (dist-cli/netns-lab.cjs, made by `npm run build` or `npm run build:cli`; vite.cli.config.ts).
// `loadCli()` returns its `main`, first building it once, with a message on stderr, when it is missing
// or older than any file it was built from (dist-cli/sources.json), so `npx netns-lab` works from a
// fresh clone and never runs stale code. The freshness check is a few stat calls, no compiler.
//
// The bundle is compiled through node:vm with V8's code cache (dist-cli/netns-lab.cjs.v8cache): parsing
// a megabyte of JavaScript was most of the start-up of `netns-lab run /dev/null`. The cache is written
// after a run that had none (or had one V8 refused: another Node, other V8 flags), is ignored when older
// than the bundle, and disappears with every rebuild (Vite empties dist-cli/).
//
// CommonJS, as bin/netns-lab.cjs is: Node starts a CommonJS entry without setting up its ES module
// loader, which was a third of what the CLI added to Node's own start.
'use strict';

const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const root = `${join(__dirname, '..')}/`;
const bundle = join(root, 'dist-cli/netns-lab.cjs');
const cache = `${bundle}.v8cache`;
const sources = join(root, 'dist-cli/sources.json');
const ALSO = ['vite.cli.config.ts', 'package-lock.json'];

/** Why the bundle must be (re)built, or '' when it is up to date. */
function staleReason() {
  let built;
  let files;
  try {
    built = statSync(bundle).mtimeMs;
    files = JSON.parse(readFileSync(sources, 'utf8'));
  } catch {
    return 'it has not been built yet';
  }
  for (const f of [...files, ...ALSO]) {
    let m;
    try {
      m = statSync(root + f).mtimeMs;
    } catch {
      return `${f} is gone`;
    }
    if (m > built) return `${f} changed since it was built`;
  }
  return '';
}

/** Builds dist-cli/ with Vite (the same build as `npm run build:cli`). */
async function buildCli() {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'cannot build the CLI: Vite is not installed (run `npm ci` in the netns-lab checkout first)',
    );
  }
  await vite.build({ root, configFile: `${root}vite.cli.config.ts`, logLevel: 'warn' });
}

/** The code cache, if there is one at least as new as the bundle. */
function readCache() {
  try {
    if (statSync(cache).mtimeMs < statSync(bundle).mtimeMs) return undefined;
    return readFileSync(cache);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's `main`, built first if needed, and `saveCache`, to call once the command has run: it
 * writes the code cache (with every function the run compiled) when there was none to use.
 */
async function loadCli() {
  const why = staleReason();
  if (why) {
    process.stderr.write(`netns-lab: building the command line tool into dist-cli/ once (${why})…\n`);
    await buildCli();
  }
  const cachedData = readCache();
  // The CommonJS wrapper Node itself puts around a script; strict, as the ES modules it was built from.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {'use strict';${readFileSync(bundle, 'utf8')}\n})`,
    { filename: bundle, cachedData },
  );
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
  const saveCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    // Best effort: a read-only checkout just starts slower. Written aside and renamed, so a run
    // beside this one never reads half a cache.
    const tmp = `${cache}.${process.pid}`;
    try {
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cache);
    } catch {}
  };
  return { main: mod.exports.main, saveCache };
}

module.exports = { staleReason, buildCli, loadCli };
