// The pre-built CLI (dist-cli/netns-lab.mjs, made by `npm run build` or `npm run build:cli`; vite.cli.config.ts).
// `cliBundle()` returns its URL, first building it once, with a message on stderr, when it is missing
// or older than any file it was built from (dist-cli/sources.json), so `npx netns-lab` works from a
// fresh clone and never runs stale code. The freshness check is a few stat calls, no compiler.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = new URL('../dist-cli/netns-lab.mjs', import.meta.url);
const sources = new URL('../dist-cli/sources.json', import.meta.url);
const ALSO = ['vite.cli.config.ts', 'package-lock.json'];

/** Why the bundle must be (re)built, or '' when it is up to date. */
export function staleReason() {
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
export async function buildCli() {
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

/** The bundle's URL, built first if needed. */
export async function cliBundle() {
  const why = staleReason();
  if (why) {
    process.stderr.write(`netns-lab: building the command line tool into dist-cli/ once (${why})…\n`);
    await buildCli();
  }
  return bundle.href;
}
