// The headless `netns-lab` command: `run FILE` prints the transcript, `export FILE` the canonical
// script that rebuilds the topology FILE leaves behind.

import { readFileSync } from 'node:fs';
import { exportScript } from '../shell/export.ts';
import { formatTranscript, Session } from '../shell/session.ts';

const USAGE = `Usage: netns-lab run FILE [--seed N]     interpret FILE and print the transcript
       netns-lab export FILE [--seed N]  print a runnable script that rebuilds FILE's topology
FILE may be - for standard input.`;

export function main(argv: string[]): number {
  const [cmd, file, ...rest] = argv;
  let seed = 1;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--seed') seed = Number(rest[++i]);
    else {
      process.stderr.write(`netns-lab: unknown option ${rest[i]}\n${USAGE}\n`);
      return 2;
    }
  }
  if ((cmd !== 'run' && cmd !== 'export') || !file) {
    process.stderr.write(`${USAGE}\n`);
    return cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  let script: string;
  try {
    script = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    process.stderr.write(
      `netns-lab: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  const session = new Session({ seed });
  const lines = session.runLines(script);
  // Lines netns-lab could not model are also listed on stderr with their line numbers.
  for (const l of lines) {
    if (l.unsupported) process.stderr.write(`netns-lab: ${file}:${l.line}: not modelled: ${l.command}\n`);
  }
  if (cmd === 'run') {
    process.stdout.write(formatTranscript(lines));
    return 0;
  }
  process.stdout.write(exportScript(session.world));
  return 0;
}
