// Commands about processes and files rather than the network: `timeout`, `pkill` and `cat`, as far
// as netns-lab's background jobs (tcpdump) and its file store reach.

import { SEC } from '../engine/sim/clock.ts';
import { type Ctx, writeErr } from './context.ts';
import { EXIT } from './exit.ts';
import { FileStore } from './files.ts';
import { parseInterval } from './interval.ts';
import type { Signal } from './jobs.ts';
import { CLOCK_END } from './misc.ts';
import { runArgv } from './session.ts';
import { procRead } from './sysctl.ts';
import { reportUnsupported } from './unsupported.ts';

/** The program a command line finally runs, past `ip netns exec NS` and `timeout … DURATION`. */
export function finalCommand(argv: string[]): string | undefined {
  // An index, not slices: a line of 20,000 `ip netns exec` must cost linear time.
  let i = 0;
  for (;;) {
    if (argv[i] === 'ip' && argv[i + 1] === 'netns' && argv[i + 2] === 'exec') i += 4;
    else if (argv[i] === 'timeout') {
      let j = i + 1;
      while (j < argv.length && argv[j].startsWith('-')) j++;
      if (j >= argv.length) return undefined;
      i = j + 1;
    } else return argv[i];
  }
}

/** Whether a conntrack command line is -E (event mode), the one that runs until a signal. */
function isEventMode(argv: string[]): boolean {
  return argv.includes('-E') || argv.includes('--event');
}

/** coreutils timeout DURATION COMMAND: SIGTERM after DURATION; exit status 124 when it fired. */
export function timeout(ctx: Ctx, argv: string[]): number {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-') {
    if (argv[i] === '--') {
      i++;
      break;
    }
    reportUnsupported(ctx, `timeout ${argv[i]}`);
    return EXIT.TIMEOUT_FAILED;
  }
  const dur = argv[i];
  const secs = dur === undefined ? undefined : parseInterval(dur);
  if (dur === undefined) {
    writeErr(ctx, "timeout: missing operand\nTry 'timeout --help' for more information.\n");
    return EXIT.TIMEOUT_FAILED;
  }
  if (secs === undefined) {
    writeErr(ctx, `timeout: invalid time interval '${dur}'\nTry 'timeout --help' for more information.\n`);
    return EXIT.TIMEOUT_FAILED;
  }
  const rest = argv.slice(i + 1);
  if (rest.length === 0) {
    writeErr(ctx, "timeout: missing operand\nTry 'timeout --help' for more information.\n");
    return EXIT.TIMEOUT_FAILED;
  }
  const program = finalCommand(rest);
  if (program !== 'tcpdump' && !(program === 'conntrack' && isEventMode(rest))) {
    reportUnsupported(ctx, `timeout for ${program} (netns-lab can time out tcpdump and conntrack -E)`);
    return EXIT.TIMEOUT_FAILED;
  }
  // A duration of 0 disables the timeout (coreutils); so does one past the virtual clock's end.
  const at = ctx.world.clock.now + Math.round(secs * SEC);
  if (secs === 0 || !(at <= CLOCK_END)) return runArgv(ctx, rest);
  const to = { at, fired: false };
  const status = runArgv({ ...ctx, timeout: to }, rest);
  return to.fired && !ctx.background ? EXIT.TIMED_OUT : status;
}

const SIGNALS: Record<string, Signal> = {
  TERM: 'TERM',
  SIGTERM: 'TERM',
  '15': 'TERM',
  INT: 'INT',
  SIGINT: 'INT',
  '2': 'INT',
  HUP: 'HUP',
  SIGHUP: 'HUP',
  '1': 'HUP',
  KILL: 'KILL',
  SIGKILL: 'KILL',
  '9': 'KILL',
};

/** The processes netns-lab runs but does not list as jobs: pkill cannot tell whether it would match them. */
const UNTRACKED = ['nc', 'ip', 'bash', 'sleep'];

/** procps pkill [-SIGNAL] PATTERN: signals every matching background process; 1 when none matched. */
export function pkill(ctx: Ctx, argv: string[]): number {
  let sig: Signal = 'TERM';
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--signal' || a === '-s') {
      const s = SIGNALS[argv[++i]?.toUpperCase() ?? ''];
      if (!s) {
        reportUnsupported(ctx, `pkill ${argv.join(' ')}`);
        return 2;
      }
      sig = s;
    } else if (a.startsWith('-') && SIGNALS[a.slice(1).toUpperCase()])
      sig = SIGNALS[a.slice(1).toUpperCase()];
    else if (a.startsWith('-')) {
      reportUnsupported(ctx, `pkill ${a}`);
      return 2;
    } else words.push(a);
  }
  if (words.length !== 1) {
    ctx.write(
      words.length === 0
        ? "pkill: no matching criteria specified\nTry `pkill --help' for more information.\n"
        : "pkill: only one pattern can be provided\nTry `pkill --help' for more information.\n",
    );
    return 2;
  }
  let re: RegExp;
  try {
    re = new RegExp(words[0]);
  } catch {
    reportUnsupported(ctx, `pkill pattern ${words[0]}`);
    return 2;
  }
  const untracked = UNTRACKED.filter((n) => re.test(n));
  if (untracked.length > 0) {
    reportUnsupported(
      ctx,
      `pkill of ${untracked.join(', ')} (netns-lab can signal tcpdump, ping and conntrack -E)`,
    );
    return 2;
  }
  const jobs = ['tcpdump', 'ping', 'conntrack']
    .filter((n) => re.test(n))
    .flatMap((n) => ctx.jobs?.named(n) ?? []);
  for (const j of jobs) j.signal(sig);
  return jobs.length > 0 ? 0 : 1;
}

/** cat FILE…: the text files commands wrote (a capture log, tcpdump's stdout). */
export function cat(ctx: Ctx, argv: string[]): number {
  // No file: standard input (a here-document) to standard output.
  if (argv.length === 0 && ctx.stdin) {
    ctx.write(new TextDecoder().decode(ctx.stdin));
    return 0;
  }
  if (argv.length === 0 || argv.some((a) => a.startsWith('-') && a !== '-')) {
    reportUnsupported(ctx, `cat ${argv.join(' ')}`);
    return 2;
  }
  let status = 0;
  for (const path of argv) {
    if (path === '/dev/null') continue;
    const proc = procRead(ctx, path);
    if (proc === 2) return 2;
    if (proc !== undefined) {
      if (proc !== 0) status = proc;
      continue;
    }
    const r = FileStore.resolve(path);
    if (!r.ok && r.unsupported) {
      reportUnsupported(ctx, `cat of ${r.unsupported}`);
      return 2;
    }
    const data = r.ok ? ctx.files?.read(r.key) : undefined;
    if (!data) {
      writeErr(ctx, `cat: ${path}: No such file or directory\n`);
      status = 1;
      continue;
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
    if (data.includes(0) || text.includes('\uFFFD')) {
      reportUnsupported(ctx, `cat of a binary file (${path}); read a capture with tcpdump -r`);
      return 2;
    }
    ctx.write(text);
  }
  return status;
}
