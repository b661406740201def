// Splits a script into the command lines a shell would run, and a line into words. Covers what
// netns-lab scripts use: comments, blank lines, `\` continuations, single and double quotes,
// backslash escapes, a trailing `&` and a `> file` redirect. Anything fancier is reported as such.

import { unsupportedText } from './unsupported.ts';

export interface ScriptLine {
  /** 1-based line number where the command starts. */
  line: number;
  /** The command as the transcript shows it (continuations joined, leading space trimmed). */
  text: string;
}

export interface HereDoc {
  delim: string;
  /** The delimiter was quoted ('EOF', "EOF", \EOF): the body is taken as it is, not expanded. */
  quoted: boolean;
  /** `<<-`: leading tabs are stripped from the body and the delimiter line. */
  strip: boolean;
}

/** The here-document a command line opens (`<<EOF`, `<<'EOF'`, `<<-EOF`), outside quotes. */
export function hereDocOf(text: string): HereDoc | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) return undefined;
      i = j;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '\\') i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) return undefined;
    else if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      let j = i + 2;
      const strip = text[j] === '-';
      if (strip) j++;
      while (text[j] === ' ' || text[j] === '\t') j++;
      const m = /^(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|<>()'"]+))/.exec(text.slice(j));
      if (!m) return undefined;
      const quoted = m[1] !== undefined || m[2] !== undefined || text[j] === '\\';
      return { delim: m[1] ?? m[2] ?? m[3], quoted, strip };
    }
  }
  return undefined;
}

/** Joins `\` continuations and drops comments and blank lines, exactly as kernel-run.sh does. A
 *  here-document's body (up to its delimiter line) belongs to its command: `text` holds them all. */
export function scriptLines(script: string): ScriptLine[] {
  const out: ScriptLine[] = [];
  let acc = '';
  let start = 0;
  const raw = script.split('\n');
  for (let i = 0; i < raw.length; i++) {
    let l = raw[i];
    if (l.endsWith('\r')) l = l.slice(0, -1);
    if (acc === '') start = i + 1;
    if (l.endsWith('\\')) {
      acc += `${l.slice(0, -1)} `;
      continue;
    }
    acc += l;
    let trimmed = acc.replace(/^\s+/, '');
    acc = '';
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const hd = hereDocOf(trimmed);
    if (hd) {
      // The body runs to the delimiter line; without one, to the end (bash warns, then does so).
      const body: string[] = [];
      for (i++; i < raw.length; i++) {
        const b = raw[i].endsWith('\r') ? raw[i].slice(0, -1) : raw[i];
        body.push(b);
        if ((hd.strip ? b.replace(/^\t+/, '') : b) === hd.delim) break;
      }
      // Unterminated: the script's final newline ends the last line, it is not an empty one.
      if (i >= raw.length && body[body.length - 1] === '') body.pop();
      trimmed = [trimmed, ...body].join('\n');
    }
    out.push({ line: start, text: trimmed });
  }
  if (acc.replace(/^\s+/, '') !== '') out.push({ line: start, text: acc.replace(/^\s+/, '') });
  return out;
}

export interface Command {
  argv: string[];
  /** `> path` (stdout redirected to a file). */
  redirect?: string;
  /** `2> path`, or `2>&1` after `> path` (stderr to that file); `2>&1` alone changes nothing. */
  stderr?: string;
  /** `2>&1` with no `> path` before it: stderr goes where stdout goes (into a pipe, in a pipeline). */
  errToOut?: boolean;
  /** `< path` (stdin read from a file). */
  input?: string;
  /** `<<EOF` and its body (the lines after the command up to the delimiter). */
  hereDoc?: HereDoc & { body: string; terminated: boolean };
  background: boolean;
}

export class LexError extends Error {
  /** What bash prints for it, whole, when that is more than "bash: -c: line 1: MESSAGE". */
  text?: string;
}

/** A syntax error bash reports in its own words, whole (`text`, as printed, lines and all). */
export class BashSyntaxError extends LexError {
  constructor(text: string) {
    super(text);
    this.text = text;
  }
}

/** A line refused before a command runs (shell syntax netns-lab does not model); the session prints it. */
export class Unsupported extends LexError {
  constructor(readonly what: string) {
    super(unsupportedText(what));
  }
}

/** Splits one command line into words. Throws LexError for unbalanced quotes and unsupported syntax. */
export function parseCommand(text: string): Command {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  let redirect: string | undefined;
  let stderr: string | undefined;
  let errToOut = false;
  let expectRedirect: 'out' | 'err' | 'in' | undefined;
  let input: string | undefined;
  let background = false;
  let hereDoc: Command['hereDoc'];
  /** The current word has quotes or escapes (so "2" before ">" is a word, not a descriptor). */
  let quoted = false;
  const push = () => {
    if (!inWord) return;
    if (expectRedirect === 'out') redirect = cur;
    else if (expectRedirect === 'err') stderr = cur;
    else if (expectRedirect === 'in') input = cur;
    else words.push(cur);
    expectRedirect = undefined;
    cur = '';
    inWord = false;
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (background && !/\s/.test(c)) throw new Unsupported('commands after "&"');
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) throw new LexError("unexpected EOF while looking for matching `''");
      cur += text.slice(i + 1, j);
      inWord = true;
      quoted = true;
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length && '"\\$`'.includes(text[j + 1])) j++;
        cur += text[j];
      }
      if (j >= text.length) throw new LexError('unexpected EOF while looking for matching `"\'');
      inWord = true;
      quoted = true;
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
      quoted = true;
    } else if (c === ' ' || c === '\t') {
      push();
    } else if (c === '#' && !inWord) {
      break;
    } else if (c === '>') {
      if (text[i + 1] === '>') throw new Unsupported('appending redirection ">>"');
      if (inWord && cur === '2' && !quoted && !expectRedirect) {
        cur = '';
        inWord = false;
        if (text.startsWith('&1', i + 1)) {
          stderr = redirect;
          errToOut = redirect === undefined;
          i += 2;
          continue;
        }
        expectRedirect = 'err';
        continue;
      }
      push();
      expectRedirect = 'out';
    } else if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && !inWord) {
      const hd = hereDocOf(text.slice(i));
      if (!hd) throw new LexError("syntax error near unexpected token `newline'");
      if (hereDoc) throw new Unsupported('more than one here-document on a line');
      hereDoc = { ...hd, body: '', terminated: false };
      // Skip the operator and its delimiter word.
      let j = i + 2;
      if (text[j] === '-') j++;
      while (text[j] === ' ' || text[j] === '\t') j++;
      if (text[j] === "'" || text[j] === '"') j = text.indexOf(text[j], j + 1) + 1;
      else {
        if (text[j] === '\\') j++;
        while (j < text.length && !/[\s;&|<>()]/.test(text[j])) j++;
      }
      i = j - 1;
    } else if (c === '<' && text[i + 1] !== '<' && text[i + 1] !== '(') {
      push();
      expectRedirect = 'in';
    } else if (c === '&') {
      if (text[i + 1] === '&') throw new Unsupported('"&&" lists');
      push();
      background = true;
    } else if (c === ';' || c === '|' || c === '<' || c === '`' || (c === '$' && text[i + 1] === '(')) {
      throw new Unsupported(`shell syntax "${c === '$' ? '$(' : c}"`);
    } else {
      cur += c;
      inWord = true;
    }
  }
  push();
  if (expectRedirect) throw new LexError("syntax error near unexpected token `newline'");
  return {
    argv: words,
    redirect,
    stderr,
    input,
    background,
    ...(errToOut ? { errToOut } : {}),
    ...(hereDoc ? { hereDoc } : {}),
  };
}

/**
 * The commands of a pipeline (`a | b | c`): the line cut at each `|` outside quotes, comments and a
 * here-document's delimiter word. One element when the line has no pipe. `||` and `|&` are refused
 * here (unsupported); an empty command before or after a `|` is bash's syntax error.
 */
export function splitPipeline(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      const j = text.indexOf("'", i + 1);
      if (j < 0) break;
      i = j;
    } else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '\\') i++;
    // A comment, except a first "#", which may be a pasted root prompt (the session decides).
    else if (c === '#' && /\s/.test(text[i - 1] ?? '') && text.slice(0, i).trim() !== '') break;
    else if (c === '|') {
      if (text[i + 1] === '|') throw new Unsupported('"||" lists');
      if (text[i + 1] === '&') throw new Unsupported('"|&" (a pipe of stdout and stderr); write 2>&1 |');
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  if (parts.length > 1) {
    for (let k = 0; k < parts.length; k++)
      if (parts[k].trim() === '')
        throw new BashSyntaxError(
          k === parts.length - 1
            ? 'bash: -c: line 2: syntax error: unexpected end of file\n'
            : `bash: -c: line 1: syntax error near unexpected token \`|'\nbash: -c: line 1: \`${text.trim()}'\n`,
        );
  }
  return parts;
}

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellQuote(s: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
