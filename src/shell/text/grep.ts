// GNU grep 3.8 in the C locale, as the recorder runs it: the lines of its input (a pipe, a
// here-document, the session's files) that match POSIX basic or extended patterns (regex.ts) or
// fixed strings, with -i -v -w -x -c -n -o -q -s -m -h -H and context (-A -B -C -NUM, "--" between
// groups). Exit status 0 when a line was selected, 1 when none, 2 on an error. Options grep has
// but netns-lab does not model (-P, -r, -l, -z, …) are unsupported, never ignored.

import { type Ctx, writeErr } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { getopt, type LongOpt } from './getopt.ts';
import { type Input, linesOf, readOperand } from './input.ts';
import { fixedSource, translate } from './regex.ts';

const SHORT = '0123456789A:B:C:D:EFGHIPTUVX:abcd:e:f:hiLlm:noqRrsuvwxyZz';
const LONGS: LongOpt[] = [
  ['basic-regexp', 'G', 'none'],
  ['extended-regexp', 'E', 'none'],
  ['fixed-regexp', 'F', 'none'],
  ['fixed-strings', 'F', 'none'],
  ['perl-regexp', 'P', 'none'],
  ['after-context', 'A', 'required'],
  ['before-context', 'B', 'required'],
  ['binary-files', 'binary-files', 'required'],
  ['byte-offset', 'b', 'none'],
  ['context', 'C', 'required'],
  ['color', 'color', 'optional'],
  ['colour', 'color', 'optional'],
  ['count', 'c', 'none'],
  ['devices', 'D', 'required'],
  ['directories', 'd', 'required'],
  ['dereference-recursive', 'R', 'none'],
  ['exclude', 'exclude', 'required'],
  ['exclude-from', 'exclude-from', 'required'],
  ['exclude-dir', 'exclude-dir', 'required'],
  ['file', 'f', 'required'],
  ['files-with-matches', 'l', 'none'],
  ['files-without-match', 'L', 'none'],
  ['group-separator', 'group-separator', 'required'],
  ['help', 'help', 'none'],
  ['include', 'include', 'required'],
  ['ignore-case', 'i', 'none'],
  ['no-ignore-case', 'no-ignore-case', 'none'],
  ['initial-tab', 'T', 'none'],
  ['label', 'label', 'required'],
  ['line-buffered', 'line-buffered', 'none'],
  ['line-number', 'n', 'none'],
  ['line-regexp', 'x', 'none'],
  ['max-count', 'm', 'required'],
  ['no-filename', 'h', 'none'],
  ['no-group-separator', 'no-group-separator', 'none'],
  ['no-messages', 's', 'none'],
  ['null', 'Z', 'none'],
  ['null-data', 'z', 'none'],
  ['only-matching', 'o', 'none'],
  ['quiet', 'q', 'none'],
  ['recursive', 'r', 'none'],
  ['regexp', 'e', 'required'],
  ['invert-match', 'v', 'none'],
  ['silent', 'q', 'none'],
  ['text', 'a', 'none'],
  ['binary', 'U', 'none'],
  ['unix-byte-offsets', 'u', 'none'],
  ['version', 'V', 'none'],
  ['with-filename', 'H', 'none'],
  ['word-regexp', 'w', 'none'],
].map(([name, key, arg]) => ({ name, key, arg }) as LongOpt);

const TRY = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/** Options whose every effect netns-lab models (the keys of SHORT and LONGS). */
const MODELLED = new Set([...'EFGiyvwxcnoqshHmABCe0123456789', 'color', 'no-ignore-case', 'line-buffered']);

/** The longest line -o searches for its longest matches (each candidate end is one regex run). */
const MAX_ONLY_MATCHING_LINE = 4096;

interface GrepOpts {
  matcher?: 'E' | 'F' | 'G';
  patterns: string[];
  icase: boolean;
  invert: boolean;
  word: boolean;
  line: boolean;
  count: boolean;
  number: boolean;
  only: boolean;
  quiet: boolean;
  noMessages: boolean;
  filename?: boolean;
  maxCount?: number;
  before: number;
  after: number;
}

class GrepExit extends Error {
  constructor(readonly status: number) {
    super(`grep exit ${status}`);
  }
}

export function grep(ctx: Ctx, argv: string[]): number {
  try {
    return run(ctx, argv);
  } catch (e) {
    if (e instanceof GrepExit) return e.status;
    throw e;
  }
}

function options(ctx: Ctx, argv: string[]): { o: GrepOpts; files: string[] } {
  const g = getopt('grep', argv, SHORT, LONGS);
  const die = (msg: string): never => {
    writeErr(ctx, msg);
    throw new GrepExit(2);
  };
  const notModelled = (what: string): never => {
    reportUnsupported(ctx, what);
    throw new GrepExit(2);
  };
  if (!g.ok) {
    if ('unsupported' in g) notModelled(g.unsupported);
    else die(`${g.message}${TRY}`);
  }
  const { opts, operands } = g as { opts: { key: string; value?: string; as: string }[]; operands: string[] };
  const o: GrepOpts = {
    patterns: [],
    icase: false,
    invert: false,
    word: false,
    line: false,
    count: false,
    number: false,
    only: false,
    quiet: false,
    noMessages: false,
    before: -1,
    after: -1,
  };
  let context = -1;
  let havePatterns = false;
  let digits: string | undefined;
  const contextLength = (v: string): number => {
    if (!/^\d+$/.test(v)) die(`grep: ${v}: invalid context length argument\n`);
    return Math.min(Number(v), Number.MAX_SAFE_INTEGER);
  };
  let lastDigitWord = -1;
  for (let k = 0; k < opts.length; k++) {
    const { key, value, as } = opts[k];
    if (!MODELLED.has(key)) notModelled(`grep ${as}`);
    if (key >= '0' && key <= '9' && key.length === 1) {
      // -NUM: digits written together make one number (-15 is 15 lines of context).
      digits = lastDigitWord === k - 1 && digits !== undefined ? digits + key : key;
      lastDigitWord = k;
      context = contextLength(digits);
      continue;
    }
    switch (key) {
      case 'E':
      case 'F':
      case 'G':
        if (o.matcher !== undefined && o.matcher !== key) die('grep: conflicting matchers specified\n');
        o.matcher = key;
        break;
      case 'e':
        o.patterns.push(...value!.split('\n'));
        havePatterns = true;
        break;
      case 'i':
      case 'y':
        o.icase = true;
        break;
      case 'no-ignore-case':
        o.icase = false;
        break;
      case 'v':
        o.invert = true;
        break;
      case 'w':
        o.word = true;
        break;
      case 'x':
        o.line = true;
        break;
      case 'c':
        o.count = true;
        break;
      case 'n':
        o.number = true;
        break;
      case 'o':
        o.only = true;
        break;
      case 'q':
        o.quiet = true;
        break;
      case 's':
        o.noMessages = true;
        break;
      case 'h':
        o.filename = false;
        break;
      case 'H':
        o.filename = true;
        break;
      case 'm': {
        if (!/^-?\d+$/.test(value!)) die('grep: invalid max count\n');
        const n = Number(value);
        o.maxCount = n < 0 ? undefined : n;
        break;
      }
      case 'A':
        o.after = contextLength(value!);
        break;
      case 'B':
        o.before = contextLength(value!);
        break;
      case 'C':
        context = contextLength(value!);
        break;
      case 'color':
        if (value !== undefined && !['never', 'no', 'none', 'auto', 'tty', 'if-tty'].includes(value))
          notModelled(`grep --color=${value} (netns-lab prints no colours)`);
        break;
      case 'line-buffered':
        break;
    }
  }
  if (o.before < 0) o.before = Math.max(context, 0);
  if (o.after < 0) o.after = Math.max(context, 0);
  const files = [...operands];
  if (!havePatterns) {
    if (files.length === 0) die(TRY);
    o.patterns = files.shift()!.split('\n');
  }
  if (o.maxCount !== undefined && (o.before > 0 || o.after > 0)) notModelled('grep -m with context lines');
  return { o, files };
}

/** The line selector and, for -o, the matches of a line. */
function matcher(ctx: Ctx, o: GrepOpts): { test(line: string): boolean; matches(line: string): string[] } {
  const sources: string[] = [];
  let backrefs = false;
  for (const p of o.patterns) {
    if (o.matcher === 'F') {
      sources.push(fixedSource(p));
      continue;
    }
    const t = translate(p, o.matcher === 'E');
    if (!t.ok) {
      if ('unsupported' in t) {
        reportUnsupported(ctx, `grep: ${t.unsupported}`);
        throw new GrepExit(2);
      }
      writeErr(ctx, `grep: ${t.error}\n`);
      throw new GrepExit(2);
    }
    backrefs ||= t.backrefs;
    sources.push(t.source);
  }
  // Back-references count groups across the whole RegExp: one pattern at a time keeps them right.
  if (backrefs && sources.length > 1) {
    reportUnsupported(ctx, 'grep with several patterns and back-references');
    throw new GrepExit(2);
  }
  let src = sources.map((s) => `(?:${s})`).join('|');
  if (o.line) src = `^(?:${src})$`;
  else if (o.word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  const flags = o.icase ? 'i' : '';
  let re: RegExp;
  let global: RegExp;
  try {
    re = new RegExp(src, flags);
    global = new RegExp(src, `g${flags}`);
  } catch {
    // A translation JavaScript refuses is a construct regex.ts should have refused: never guess.
    reportUnsupported(ctx, `grep pattern ${JSON.stringify(o.patterns.join('\n'))}`);
    throw new GrepExit(2);
  }
  const ending = new Map<number, RegExp>();
  /** The match starting at `at` that leaves exactly `rest` characters after it, if there is one. */
  const endsAt = (line: string, at: number, rest: number): boolean => {
    let r = ending.get(rest);
    if (!r) {
      r = new RegExp(`(?:${src})(?=[\\s\\S]{${rest}}$)`, `y${flags}`);
      ending.set(rest, r);
    }
    r.lastIndex = at;
    return r.test(line);
  };
  return {
    test: (line) => re.test(line),
    // POSIX picks the leftmost match and, from there, the longest; JavaScript the first that its
    // backtracking finds. The leftmost start is the same; the end is searched for from the line's end.
    matches: (line) => {
      if (line.length > MAX_ONLY_MATCHING_LINE) {
        reportUnsupported(ctx, `grep -o on a line longer than ${MAX_ONLY_MATCHING_LINE} characters`);
        throw new GrepExit(2);
      }
      const out: string[] = [];
      let from = 0;
      while (from <= line.length) {
        global.lastIndex = from;
        const m = global.exec(line);
        if (!m) break;
        const at = m.index;
        let end = at + m[0].length;
        for (let e = line.length; e > end; e--)
          if (endsAt(line, at, line.length - e)) {
            end = e;
            break;
          }
        if (end > at) {
          out.push(line.slice(at, end));
          from = end;
        } else from = at + 1;
      }
      return out;
    },
  };
}

function run(ctx: Ctx, argv: string[]): number {
  const { o, files } = options(ctx, argv);
  const m = matcher(ctx, o);
  // -s: no messages about files that cannot be read.
  const rctx = o.noMessages ? { ...ctx, streams: { ...ctx.streams, err: () => {} } } : ctx;
  const withName = o.filename ?? files.length > 1;
  let selectedAny = false;
  let failed = false;
  if (o.maxCount === 0) return 1;
  // One file after another, as grep opens them: what one printed comes before the next one's error.
  for (const path of files.length === 0 ? ['-'] : files) {
    const input = readOperand(
      rctx,
      'grep',
      path,
      '(standard input)',
      (p) => `grep: ${p}: No such file or directory\n`,
    );
    if (input === undefined) {
      failed = true;
      continue;
    }
    if ('unsupported' in input) {
      reportUnsupported(ctx, input.unsupported);
      return 2;
    }
    if (grepOne(ctx, o, m, input, withName) > 0) {
      selectedAny = true;
      if (o.quiet) return 0;
    }
  }
  if (failed) return 2;
  return selectedAny ? 0 : 1;
}

/** Greps one input; returns how many lines it selected. */
function grepOne(
  ctx: Ctx,
  o: GrepOpts,
  m: ReturnType<typeof matcher>,
  input: Input,
  withName: boolean,
): number {
  const lines = linesOf(input.text);
  const prefix = (i: number, sep: ':' | '-') =>
    `${withName ? `${input.name}${sep}` : ''}${o.number ? `${i + 1}${sep}` : ''}`;
  let selected = 0;
  let out = '';
  let lastPrinted = -1;
  let afterLeft = 0;
  const context = !o.only && (o.before > 0 || o.after > 0);
  const emit = (i: number, sep: ':' | '-') => {
    if (context && lastPrinted >= 0 && i > lastPrinted + 1) out += '--\n';
    out += `${prefix(i, sep)}${lines[i]}\n`;
    lastPrinted = i;
  };
  for (let i = 0; i < lines.length; i++) {
    if (o.maxCount !== undefined && selected >= o.maxCount) break;
    const hit = m.test(lines[i]) !== o.invert;
    if (!hit) {
      if (afterLeft > 0 && !o.count && !o.quiet && context) {
        emit(i, '-');
        afterLeft--;
      }
      continue;
    }
    selected++;
    if (o.quiet) break;
    if (o.count) continue;
    if (o.only) {
      if (!o.invert) for (const s of m.matches(lines[i])) out += `${prefix(i, ':')}${s}\n`;
      continue;
    }
    for (let b = Math.max(lastPrinted + 1, i - o.before); b < i; b++) emit(b, '-');
    emit(i, ':');
    afterLeft = o.after;
  }
  if (o.count) out += `${withName ? `${input.name}:` : ''}${selected}\n`;
  if (!o.quiet) ctx.write(out);
  return selected;
}
