#!/usr/bin/env node
// Runs the pre-built CLI (dist-cli/netns-lab.mjs): no TypeScript compiler at run time. A fresh
// clone or changed sources get it built once first (scripts/cli-bundle.mjs says so on stderr).
import { cliBundle } from '../scripts/cli-bundle.mjs';

let main;
try {
  ({ main } = await import(await cliBundle()));
} catch (e) {
  process.stderr.write(`netns-lab: ${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
}
// A reader that stops early (`netns-lab run x | head`) ends the output, as SIGPIPE ends a C tool,
// without a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
