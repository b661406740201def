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
/** The most regex runs one line's -o or -w search may take (GNU's shorter-match loop is cubic at worst). */
const MAX_RUNS_PER_LINE = 1_000_000;

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
  if (!g.ok) return 'unsupported' in g ? notModelled(g.unsupported) : die(`${g.message}${TRY}`);
  const { opts, operands } = g;
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

/**
 * try_fgrep_pattern (grep.c): with two or more patterns, -E and -G patterns that are plain strings
 * (a backslash before an ordinary character dropped; a ')' ordinary in ERE) are searched as -F
 * strings. Returns those strings, or undefined when a pattern uses anything else.
 */
function fixedForms(patterns: readonly string[], ere: boolean): string[] | undefined {
  const keys = patterns.join('\n');
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const c = keys[i];
    if ('$*.[^'.includes(c)) return undefined;
    if ('(+?{|'.includes(c) && ere) return undefined;
    if (c === '\\' && i + 1 < keys.length) {
      const n = keys[++i];
      if ("\nBSW'<bsw`>123456789".includes(n)) return undefined;
      if ('(+?{|)'.includes(n) && !ere) return undefined;
      out += n;
      continue;
    }
    out += c;
  }
  return out.split('\n');
}

/** The line selector and, for -o, the matches of a line. */
function matcher(ctx: Ctx, o: GrepOpts): { test(line: string): boolean; matches(line: string): string[] } {
  const notModelled = (what: string): never => {
    reportUnsupported(ctx, what);
    throw new GrepExit(2);
  };
  // update_patterns: a pattern given twice counts once.
  let patterns = [...new Set(o.patterns)];
  let kind = o.matcher ?? 'G';
  const fixed = kind !== 'F' && patterns.length > 1 ? fixedForms(patterns, kind === 'E') : undefined;
  if (fixed) {
    kind = 'F';
    patterns = fixed;
  }
  const ere = kind === 'E';
  /**
   * Every pattern translated, joined as alternatives (GNU compiles them as one regex, newline-separated).
   * GEAcompile compiles each pattern on its own first and reports every one that fails, then exits 2.
   */
  const translateAll = (notEol: boolean): { source: string; backrefs: boolean } => {
    const sources: string[] = [];
    const errors: string[] = [];
    let notModelledWhat: string | undefined;
    let backrefs = false;
    for (const p of patterns) {
      if (kind === 'F') {
        sources.push(fixedSource(p));
        continue;
      }
      const t = translate(p, ere, notEol);
      if (t.ok) {
        backrefs ||= t.backrefs;
        sources.push(t.source);
      } else if ('unsupported' in t) notModelledWhat ??= t.unsupported;
      else errors.push(`grep: ${t.error}\n`);
    }
    if (notModelledWhat !== undefined) notModelled(`grep: ${notModelledWhat}`);
    if (errors.length) {
      writeErr(ctx, errors.join(''));
      throw new GrepExit(2);
    }
    return { source: sources.map((s) => `(?:${s})`).join('|'), backrefs };
  };
  const { source: pattern, backrefs } = translateAll(false);
  // Back-references count groups across the whole RegExp: one pattern at a time keeps them right.
  if (backrefs && patterns.length > 1) notModelled('grep with several patterns and back-references');
  const flags = o.icase ? 'i' : '';
  const compile = (src: string, extra = ''): RegExp => {
    try {
      return new RegExp(src, flags + extra);
    } catch {
      // A translation JavaScript refuses is a construct regex.ts should have refused: never guess.
      return notModelled(`grep pattern ${JSON.stringify(patterns.join('\n'))}`);
    }
  };
  const lineSrc = o.line ? `^(?:${pattern})$` : pattern;
  /** A match that is a whole word (-F -w; -w with back-references selects its lines with it too). */
  const wordSrc = `(?<![A-Za-z0-9_])(?:${pattern})(?![A-Za-z0-9_])`;
  const ending = new Map<string, RegExp>();
  let runs = 0;
  /** Whether a match of `src` starts at `at` and leaves exactly `rest` characters of `s` after it. */
  const endsAt = (src: string, s: string, at: number, rest: number): boolean => {
    if (++runs > MAX_RUNS_PER_LINE)
      notModelled(
        `grep ${o.only ? '-o' : '-w'} on this line: it takes more than ${MAX_RUNS_PER_LINE} regex runs`,
      );
    const key = `${rest} ${src}`;
    let r = ending.get(key);
    if (!r) {
      r = compile(`(?:${src})(?=[\\s\\S]{${rest}}$)`, 'y');
      ending.set(key, r);
    }
    r.lastIndex = at;
    return r.test(s);
  };
  /** re_search: the leftmost match at or after `from`, and from there the longest (POSIX). */
  const searchWith = (src: string) => {
    const re = compile(src, 'g');
    return (line: string, from: number): { at: number; len: number } | undefined => {
      re.lastIndex = from;
      const m = re.exec(line);
      if (!m) return undefined;
      const at = m.index;
      let end = at + m[0].length;
      // JavaScript takes the first match its backtracking finds: the end is searched for from the line's end.
      for (let e = line.length; e > end; e--)
        if (endsAt(src, line, at, line.length - e)) {
          end = e;
          break;
        }
      return { at, len: end - at };
    };
  };
  const search = searchWith(lineSrc);
  let notEolSrc: string | undefined;
  /** re_match with REG_NOTEOL: the longest match anchored at `at` in the first `length` characters, or -1. */
  const matchAt = (line: string, at: number, length: number): number => {
    if (at > length) return -1;
    notEolSrc ??= translateAll(true).source;
    const s = line.slice(0, length);
    for (let e = length; e >= at; e--) if (endsAt(notEolSrc, s, at, length - e)) return e - at;
    return -1;
  };
  const word = (line: string, i: number) => i >= 0 && i < line.length && /[A-Za-z0-9_]/.test(line[i]);
  /**
   * EGexecute's regex path under -w (dfasearch.c): from the leftmost-longest match at or after `ptr`,
   * while it is not a whole word try the longest shorter match at the same start (re_match over the
   * line cut at GNU's `match + len - ptr`, which is shorter than meant once ptr is past the line's
   * start), else search again one character further on.
   */
  const wordMatch = (line: string, ptr: number): { at: number; len: number } | undefined => {
    const first = search(line, ptr);
    if (!first) return undefined;
    let { at, len } = first;
    for (;;) {
      if (!word(line, at - 1) && !word(line, at + len)) return { at, len };
      let shorter = 0;
      if (len > 0) {
        len--;
        shorter = matchAt(line, at, at + len - ptr);
      }
      if (shorter > 0) len = shorter;
      else {
        if (at === line.length) return undefined;
        const next = search(line, at + 1);
        if (!next) return undefined;
        ({ at, len } = next);
      }
    }
  };
  const tooLong = (line: string) => {
    runs = 0;
    if (line.length > MAX_ONLY_MATCHING_LINE)
      notModelled(`grep -o on a line longer than ${MAX_ONLY_MATCHING_LINE} characters`);
  };
  let test: (line: string) => boolean;
  if (kind !== 'F' && (o.word || o.line) && !backrefs) {
    // GEAcompile: without back-references a line is selected by the DFA alone, which is given the
    // patterns wrapped as text, "(^|[^[:alnum:]_])(" P ")([^[:alnum:]_]|$)" for -w and "^(" P ")$"
    // for -x (in BRE, with backslashed parentheses and bars). A ')' a pattern leaves unmatched (an
    // ordinary character in ERE) closes the wrapper's group there: `grep -E -w ')|x'` selects every line.
    const [open, close] = o.line
      ? ere
        ? ['^(', ')$']
        : ['^\\(', '\\)$']
      : ere
        ? ['(^|[^[:alnum:]_])(', ')([^[:alnum:]_]|$)']
        : ['\\(^\\|[^[:alnum:]_]\\)\\(', '\\)\\([^[:alnum:]_]\\|$\\)'];
    const t = translate(open + patterns.join(ere ? '|' : '\\|') + close, ere);
    if (!t.ok)
      return notModelled(
        `grep ${o.line ? '-x' : '-w'} with the pattern ${JSON.stringify(patterns.join('\n'))}`,
      );
    const dfa = compile(t.source);
    test = (line) => dfa.test(line);
  } else if (o.word && !o.line && kind !== 'F') {
    test = (line) => {
      tooLong(line);
      return wordMatch(line, 0) !== undefined;
    };
  } else {
    const src = o.word && !o.line ? wordSrc : lineSrc;
    const re = compile(src);
    test = (line) => re.test(line);
  }
  // -F -w: the matches that are words, leftmost then longest.
  const fixedWords = kind === 'F' && o.word && !o.line ? searchWith(wordSrc) : undefined;
  return {
    test,
    // print_line_middle: each match from where the last one ended; an empty one moves on a character.
    matches: (line) => {
      tooLong(line);
      const out: string[] = [];
      let from = 0;
      while (from <= line.length) {
        const m = fixedWords
          ? fixedWords(line, from)
          : o.word && !o.line
            ? wordMatch(line, from)
            : search(line, from);
        if (!m) break;
        if (m.len > 0) {
          out.push(line.slice(m.at, m.at + m.len));
          from = m.at + m.len;
        } else from = m.at + 1;
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
