#!/usr/bin/env node
// Runs the pre-built CLI (dist-cli/netns-lab.cjs): no TypeScript compiler at run time. A fresh
// clone or changed sources get it built once first (scripts/cli-bundle.cjs says so on stderr).
// CommonJS, so Node starts it without setting up its ES module loader (a third of what the CLI
// added to Node's own start).
'use strict';

const { loadCli } = require('../scripts/cli-bundle.cjs');

(async () => {
  let cli;
  try {
    cli = await loadCli();
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
  process.exitCode = await cli.main(process.argv.slice(2));
  cli.saveCache();
})();
