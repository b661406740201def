// The headless `netns-lab` command: `run FILE` prints the transcript (and with `--out DIR` writes
// the files the script created, such as tcpdump's pcaps), `export FILE` the canonical script that
// rebuilds the topology FILE leaves behind.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportScript } from '../shell/export.ts';
import { formatTranscript, Session } from '../shell/session.ts';

const USAGE = `Usage: netns-lab run FILE [--seed N] [--out DIR]
                                      interpret FILE and print the transcript; --out DIR writes
                                      every file the script created (tcpdump -w captures, logs) into DIR
       netns-lab export FILE [--seed N]  print a runnable script that rebuilds FILE's topology
       netns-lab lessons --check [--dir DIR]
                                      run every lesson (lessons/) in every language: each command it
                                      shows, each check failing before its solution and passing after
FILE may be - for standard input.`;

/** The largest seed: the RNG keeps 32 bits, so a larger number would silently mean another seed. */
const MAX_SEED = 0xffffffff;

/** Command-line arguments, or the message that says which one is wrong. */
function parseArgs(
  argv: string[],
): { cmd?: string; file?: string; seed: number; help: boolean; out?: string } | string {
  const [cmd, ...rest] = argv;
  const out = {
    cmd,
    file: undefined as string | undefined,
    seed: 1,
    help: cmd === '-h' || cmd === '--help',
    out: undefined as string | undefined,
  };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--seed' || a.startsWith('--seed=')) {
      const v = a === '--seed' ? rest[++i] : a.slice('--seed='.length);
      if (v === undefined) return 'option --seed needs a value';
      if (!/^\d+$/.test(v) || Number(v) > MAX_SEED)
        return `--seed wants an integer from 0 to ${MAX_SEED}, not "${v}"`;
      out.seed = Number(v);
    } else if (a === '--out' && cmd === 'run') {
      const v = rest[++i];
      if (v === undefined) return 'option --out needs a directory';
      out.out = v;
    } else if (a === '-h' || a === '--help') out.help = true;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (out.file !== undefined) return `unexpected argument ${a} (one FILE only)`;
    else out.file = a;
  }
  return out;
}

/** lessons/ beside the bundle (dist-cli/) or beside src/ (tests, tsx). */
function defaultLessonsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..']) {
    const dir = join(here, up, 'lessons');
    if (existsSync(join(dir, '..', 'package.json')) && existsSync(dir)) return dir;
  }
  return 'lessons';
}

/**
 * `lessons --check`. Its modules (the course schema, with zod) are loaded only here, so `run` does
 * not parse and initialise them at start-up (issue 16's 0.12 s).
 */
async function lessonsCommand(rest: string[]): Promise<number> {
  let check = false;
  let dir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--check') check = true;
    else if (rest[i] === '--dir' && rest[i + 1] !== undefined) dir = rest[++i];
    else if (rest[i] === '-h' || rest[i] === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`netns-lab: lessons: unexpected argument ${rest[i]}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!check) {
    process.stderr.write(`netns-lab: lessons needs --check\n${USAGE}\n`);
    return 2;
  }
  dir ??= defaultLessonsDir();
  const [{ readCourse }, { summaryLine, verifyCourse }] = await Promise.all([
    import('../lessons/disk.ts'),
    import('../lessons/verify.ts'),
  ]);
  let verdict: ReturnType<typeof verifyCourse>;
  try {
    verdict = verifyCourse(readCourse(dir));
  } catch (e) {
    process.stderr.write(`netns-lab: cannot read ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  for (const p of verdict.problems) process.stderr.write(`netns-lab: lessons: ${p}\n`);
  if (verdict.coming.length) process.stdout.write(`coming: ${verdict.coming.join(' ')}\n`);
  process.stdout.write(`${summaryLine(verdict)}\n`);
  return verdict.problems.length === 0 && verdict.passed === verdict.checks && verdict.lessons > 0 ? 0 : 1;
}

/** The exit status; a promise only for `lessons`, whose modules load on demand. */
export function main(argv: string[]): number | Promise<number> {
  if (argv[0] === 'lessons') return lessonsCommand(argv.slice(1));
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`netns-lab: ${args}\n${USAGE}\n`);
    return 2;
  }
  const { cmd, file, seed, out } = args;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (cmd !== 'run' && cmd !== 'export') {
    process.stderr.write(`${cmd === undefined ? '' : `netns-lab: unknown command ${cmd}\n`}${USAGE}\n`);
    return 2;
  }
  if (file === undefined) {
    process.stderr.write(`netns-lab: ${cmd} needs a FILE (or - for standard input)\n${USAGE}\n`);
    return 2;
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
  // Lines netns-lab could not model, and lines one of its bounds stopped, are also listed on stderr
  // with their line numbers.
  for (const l of lines) {
    if (l.unsupported) process.stderr.write(`netns-lab: ${file}:${l.line}: not modelled: ${l.command}\n`);
    if (l.stopped) process.stderr.write(`netns-lab: ${file}:${l.line}: stopped: ${l.stopped}\n`);
  }
  if (cmd === 'run') {
    process.stdout.write(formatTranscript(lines));
    if (out !== undefined) return writeFiles(session, out);
    return 0;
  }
  process.stdout.write(exportScript(session.world));
  return 0;
}

/** Writes the session's files under `dir`: "f.pcap" as DIR/f.pcap, "/tmp/f.pcap" as DIR/tmp/f.pcap. */
function writeFiles(session: Session, dir: string): number {
  try {
    for (const f of session.files.list()) {
      const path = join(dir, f.path.replace(/^\//, ''));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.data);
    }
  } catch (e) {
    process.stderr.write(`netns-lab: cannot write into ${dir}: ${(e as Error).message}\n`);
    return 1;
  }
  return 0;
}
