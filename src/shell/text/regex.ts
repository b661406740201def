// POSIX regular expressions as GNU grep 3.8 reads them (glibc's regcomp with GNU syntax bits, C
// locale), translated into JavaScript RegExp source. Basic (BRE) and extended (ERE) syntax, bracket
// expressions with character classes, intervals, back-references and GNU's \w \W \s \S \b \B \< \>.
// A construct whose meaning GNU leaves to chance (a repetition at the start of an expression, a
// repetition of a repetition) is refused as unsupported rather than guessed; malformed patterns
// get glibc's own messages.

export type Translated =
  | { ok: true; source: string; backrefs: boolean }
  | { ok: false; error: string }
  | { ok: false; unsupported: string };

/** RE_DUP_MAX: the largest count an interval may name. */
const DUP_MAX = 32767;

const WORD = 'A-Za-z0-9_';

/** The C locale's character classes, as JavaScript class ranges. */
const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** A character as JavaScript regex source, outside or inside a class. */
function lit(c: string): string {
  const code = c.charCodeAt(0);
  if (/[A-Za-z0-9 _]/.test(c)) return c;
  if (code < 0x20 || code > 0x7e) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\${c}`.replace(/^\\([!"#%&',:;<=>@`~])$/, '$1');
}

class Fail {
  constructor(readonly result: Translated) {}
}

const error = (msg: string) => new Fail({ ok: false, error: msg });
const unsupported = (what: string) => new Fail({ ok: false, unsupported: what });

/** A bracket expression starting at `i` ("[" already seen at i-1): its class source and end. */
function bracket(p: string, i: number): { src: string; end: number } {
  const UNMATCHED = 'Unmatched [, [^, [:, [., or [=';
  let j = i;
  let negate = false;
  if (p[j] === '^') {
    negate = true;
    j++;
  }
  const items: string[] = [];
  let first = true;
  let prev: string | undefined; // the last single character, a possible range start
  for (;;) {
    if (j >= p.length) throw error(UNMATCHED);
    const c = p[j];
    if (c === ']' && !first) break;
    first = false;
    if (c === '[' && (p[j + 1] === ':' || p[j + 1] === '=' || p[j + 1] === '.')) {
      const kind = p[j + 1];
      const close = p.indexOf(`${kind}]`, j + 2);
      if (close < 0) throw error(UNMATCHED);
      const name = p.slice(j + 2, close);
      if (kind !== ':') throw unsupported(`bracket expressions with [${kind}${name}${kind}]`);
      const cls = CLASSES[name];
      if (cls === undefined) throw error('Invalid character class name');
      items.push(cls);
      prev = undefined;
      j = close + 2;
      continue;
    }
    if (c === '-' && prev !== undefined && p[j + 1] !== ']' && j + 1 < p.length) {
      const hi = p[j + 1];
      if (hi === '[' && (p[j + 2] === '.' || p[j + 2] === '=' || p[j + 2] === ':'))
        throw unsupported('a range ending in a bracketed symbol');
      if (hi.charCodeAt(0) < prev.charCodeAt(0)) throw error('Invalid range end');
      items.pop();
      items.push(`${lit(prev)}-${lit(hi)}`);
      prev = undefined;
      j += 2;
      continue;
    }
    items.push(lit(c));
    prev = c;
    j++;
  }
  // [^…] never matches a newline in grep; lines have none, so the class alone is enough.
  return { src: `[${negate ? '^' : ''}${items.join('')}]`, end: j + 1 };
}

/** An interval's body "m", "m,", ",n" or "m,n" (GNU reads ",n" as 0 to n); undefined if malformed. */
function interval(body: string): { min: number; max?: number } | undefined {
  const m = /^(\d*)(,(\d*))?$/.exec(body);
  if (!m || (m[1] === '' && m[2] === undefined)) return undefined;
  const min = m[1] === '' ? 0 : Number(m[1]);
  const max = m[2] === undefined ? min : m[3] === '' ? undefined : Number(m[3]);
  return { min, max };
}

/**
 * Translates one pattern. `ere` selects extended syntax (grep -E), else basic (grep, grep -G).
 * Capturing groups stay capturing and numbered as in the pattern, so back-references carry over.
 * `notEol` is regexec's REG_NOTEOL: the end of the subject is not the end of a line, so `$` cannot
 * match there (`\'`, the end of the buffer, still can).
 */
export function translate(p: string, ere: boolean, notEol = false): Translated {
  try {
    return { ok: true, ...compile(p, ere, notEol) };
  } catch (e) {
    if (e instanceof Fail) return e.result;
    throw e;
  }
}

function compile(p: string, ere: boolean, notEol: boolean): { source: string; backrefs: boolean } {
  let out = '';
  /** Open groups, and how many have closed (a back-reference may name only those). */
  let open = 0;
  let closed = 0;
  let backrefs = false;
  /** Where a repetition operator has nothing to repeat (start of the pattern, a group, a branch). */
  let atStart = true;
  /** The last thing written was a repetition operator. */
  let repeated = false;
  /** The last thing written was an anchor or a word boundary, which JavaScript cannot repeat. */
  let assertion = false;
  const atom = (src: string) => {
    out += src;
    atStart = false;
    repeated = false;
    assertion = false;
  };
  /** An anchor or boundary: it matches no character, and GNU's reading of a repetition of it is not modelled. */
  const anchor = (src: string) => {
    atom(src);
    assertion = true;
  };
  const repeat = (op: string, name: string) => {
    if (atStart) throw unsupported(`a pattern with ${name} at the start of an expression`);
    if (assertion) throw unsupported(`a repetition (${name}) of an anchor or word boundary`);
    if (repeated) {
      if (op === '*' && out.endsWith('*')) return; // a** is a*
      throw unsupported(`a repetition of a repetition (${name} after another)`);
    }
    out += op;
    repeated = true;
  };
  const openGroup = () => {
    out += '(';
    open++;
    atStart = true;
    repeated = false;
    assertion = false;
  };
  const closeGroup = () => {
    out += ')';
    open--;
    closed++;
    atStart = false;
    repeated = false;
    assertion = false;
  };
  const branch = () => {
    out += '|';
    atStart = true;
    repeated = false;
    assertion = false;
  };
  /** An interval `{…}` whose body starts at i; returns the index after it, or -1 if malformed. */
  const takeInterval = (i: number, closeSeq: string): number => {
    const close = p.indexOf(closeSeq, i);
    if (close < 0) return -1;
    const iv = interval(p.slice(i, close));
    if (!iv) return -2;
    if (iv.min > DUP_MAX || (iv.max ?? 0) > DUP_MAX) throw error('Regular expression too big');
    if (iv.max !== undefined && iv.max < iv.min) throw error('Invalid content of \\{\\}');
    repeat(`{${iv.min},${iv.max ?? ''}}`, 'an interval');
    return close + closeSeq.length;
  };
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (i + 1 >= p.length) throw error('Trailing backslash');
      const n = p[++i];
      if (!ere && n === '(') openGroup();
      else if (!ere && n === ')') {
        if (open === 0) throw error('Unmatched ) or \\)');
        closeGroup();
      } else if (!ere && n === '|') branch();
      else if (!ere && n === '{') {
        const at = takeInterval(i + 1, '\\}');
        if (at === -1) throw error('Unmatched \\{');
        if (at === -2) throw error('Invalid content of \\{\\}');
        i = at - 1;
      } else if (!ere && (n === '+' || n === '?')) repeat(n, `\\${n}`);
      else if (n >= '1' && n <= '9') {
        if (Number(n) > closed) throw error('Invalid back reference');
        backrefs = true;
        atom(`\\${n}`);
      } else if (n === 'w') atom(`[${WORD}]`);
      else if (n === 'W') atom(`[^${WORD}]`);
      else if (n === 's') atom('[ \\t\\n\\r\\f\\v]');
      else if (n === 'S') atom('[^ \\t\\n\\r\\f\\v]');
      else if (n === 'b') anchor('\\b');
      else if (n === 'B') anchor('\\B');
      else if (n === '<') anchor(`\\b(?=[${WORD}])`);
      else if (n === '>') anchor(`\\b(?<=[${WORD}])`);
      else if (n === '`') anchor('^');
      else if (n === "'") anchor('$');
      else if (n === '0') throw unsupported('\\0 in a pattern');
      else atom(lit(n));
    } else if (c === '[') {
      const b = bracket(p, i + 1);
      atom(b.src);
      i = b.end - 1;
    } else if (c === '.') atom('[^\\n]');
    else if (c === '*') {
      // BRE: a star with nothing before it is an ordinary character.
      if (!ere && atStart) atom('\\*');
      else repeat('*', '*');
    } else if (ere && (c === '+' || c === '?')) repeat(c, c);
    else if (ere && c === '{') {
      const at = atStart ? -2 : takeInterval(i + 1, '}');
      // GNU ERE: a brace that does not start a valid interval is an ordinary character.
      if (at < 0) {
        if (atStart) throw unsupported('a pattern with { at the start of an expression');
        atom('\\{');
      } else i = at - 1;
    } else if (c === '^') {
      // BRE: an anchor only first in the pattern, a group or a branch (not right after that anchor:
      // "^^" is the anchor and a '^'); else an ordinary character.
      if (ere || (atStart && !out.endsWith('^'))) {
        out += '^';
        repeated = false;
        assertion = true;
      } else atom('\\^');
    } else if (c === '$') {
      const last = i === p.length - 1 || (!ere && (p.startsWith('\\)', i + 1) || p.startsWith('\\|', i + 1)));
      if (ere || last) anchor(notEol ? '(?!)' : '$');
      else atom('\\$');
    } else if (ere && c === '(') openGroup();
    else if (ere && c === ')') {
      if (open === 0) atom('\\)');
      else closeGroup();
    } else if (ere && c === '|') branch();
    else atom(lit(c));
  }
  if (open > 0) throw error('Unmatched ( or \\(');
  return { source: out, backrefs };
}

/** A fixed string (grep -F) as regex source. */
export function fixedSource(s: string): string {
  return [...s].map(lit).join('');
}
