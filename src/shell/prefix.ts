// What blog posts put in front of a command, so a snippet pasted from one runs as written: a prompt
// ("$ ", or "# " for root) and `sudo` with its options. Each is left out with a line that says so;
// sudo forms that would change who runs the command, or start a shell, are unsupported.

import { type Command, parseCommand, splitPipeline } from './lexer.ts';

/**
 * A line as the shell reads it, where "# " in front of a command netns-lab runs is a root prompt
 * pasted from a blog post (a line in a script file that starts with "#" never gets here: it is a
 * comment, and scriptLines drops it). Throws LexError as parseCommand does.
 */
export function parseLine(text: string, isCommand: (word: string) => boolean): Command {
  const cmd = parseCommand(text);
  const m = /^\s*#(\s+\S.*)$/s.exec(text);
  if (cmd.argv.length > 0 || !m) return cmd;
  const rest = parseCommand(m[1]);
  return isCommand(rest.argv[0] ?? '') || rest.argv[0] === 'sudo'
    ? { ...rest, argv: ['#', ...rest.argv] }
    : cmd;
}

/**
 * A line cut into the commands of its pipeline (one when it has no pipe), each read as parseLine
 * reads a line. "# a | b" typed at a terminal is a comment, unless "# " is a pasted root prompt.
 */
export function parsePipeline(text: string, isCommand: (word: string) => boolean): Command[] {
  const stages = splitPipeline(text).map((s) => parseLine(s, isCommand));
  if (stages.length > 1 && stages[0].argv.length === 0) return [parseCommand(text)];
  return stages;
}

/**
 * The words of the command a line runs, after a pasted prompt and sudo ([] when it cannot be read).
 * The UI, which does not load the shell's commands, reads any word after "# " as a command.
 */
export function commandWords(text: string, isCommand: (word: string) => boolean = () => true): string[] {
  try {
    const pre = stripPrefixes(parseLine(text, isCommand).argv, isCommand);
    return 'argv' in pre ? pre.argv : [];
  } catch {
    return [];
  }
}

/** Options of sudo(8) that do not change what runs as whom here: dropped with sudo. */
const SUDO_FLAGS = new Set(['E', 'H', 'n', 'S', 'k', 'A', 'b', 'P']);
const SUDO_LONG = new Set([
  '--preserve-env',
  '--set-home',
  '--non-interactive',
  '--stdin',
  '--reset-timestamp',
  '--askpass',
]);
const ROOT = new Set(['root', '0', '#0']);

/** `unsupported` is what netns-lab does not model (the session prints it as such). */
export type Prefixed = { argv: string[]; notes: string[] } | { unsupported: string };

/**
 * `argv` without a leading prompt word ("$" or "#") and sudo. `isCommand` says whether a word is a
 * command netns-lab runs: "# " is a root prompt only in front of one (otherwise it starts a comment).
 */
export function stripPrefixes(argv: string[], isCommand: (word: string) => boolean): Prefixed {
  const notes: string[] = [];
  let a = argv;
  if (
    (a[0] === '$' || a[0] === '#') &&
    a.length > 1 &&
    (a[0] === '$' || isCommand(a[1]) || a[1] === 'sudo')
  ) {
    notes.push(`netns-lab: the shell prompt "${a[0]} " is left out`);
    a = a.slice(1);
  }
  if (a[0] !== 'sudo') return { argv: a, notes };
  let i = 1;
  let shell = false;
  for (; i < a.length && a[i].startsWith('-'); i++) {
    const o = a[i];
    if (o === '--') {
      i++;
      break;
    }
    if (SUDO_LONG.has(o) || o.startsWith('--preserve-env=')) continue;
    if (o === '--login' || o === '--shell') {
      shell = true;
      continue;
    }
    const user = /^(?:-u|--user=?)(.*)$/.exec(o);
    if (user) {
      const name = user[1] || a[++i];
      if (name === undefined || !ROOT.has(name))
        return {
          unsupported: `sudo -u ${name ?? ''} (every command here runs as root)`.trimEnd(),
        };
      continue;
    }
    if (/^-[A-Za-z]+$/.test(o) && [...o.slice(1)].every((f) => SUDO_FLAGS.has(f) || f === 'i' || f === 's')) {
      if (/[is]/.test(o)) shell = true;
      continue;
    }
    return { unsupported: `sudo option ${o}` };
  }
  const rest = a.slice(i);
  if (rest.length === 0)
    return {
      unsupported: shell
        ? 'sudo without a command (a root shell): every command here already runs as root, type it directly'
        : 'sudo without a command',
    };
  notes.push(`netns-lab: "${a.slice(0, i).join(' ')}" is left out: every command here already runs as root`);
  return { argv: rest, notes };
}

/**
 * How many leading words of `argv` are a pasted prompt and sudo with its options (what goes before
 * `ip netns exec NS` when a terminal runs the rest in a namespace).
 */
export function prefixLength(argv: string[], isCommand: (word: string) => boolean = () => true): number {
  const pre = stripPrefixes(argv, isCommand);
  if ('argv' in pre) return argv.length - pre.argv.length;
  // An unsupported sudo: all of it stays in front, where the shell reports it.
  return argv.length;
}
