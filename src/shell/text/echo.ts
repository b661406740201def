// bash's echo builtin: -n (no newline), -e (backslash escapes), -E, in any combination as leading
// words made only of those letters; any other word, "--" included, is printed.

/** The text `echo ARGS` prints, or undefined for an escape netns-lab does not model. */
export function echoText(args: string[]): string | undefined {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const c of args[i].slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  const text = args.slice(i).join(' ');
  if (!escapes) return newline ? `${text}\n` : text;
  let out = '';
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (c !== '\\' || j + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++j];
    const simple: Record<string, string> = {
      '\\': '\\',
      a: '\x07',
      b: '\b',
      e: '\x1b',
      E: '\x1b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c')
      return out; // \c: nothing more, not even the newline
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(text.slice(j + 1))![0];
      const code = Number.parseInt(m || '0', 8) & 255;
      if (code > 0x7f) return undefined;
      out += String.fromCharCode(code);
      j += m.length;
    } else if (n === 'x') {
      const m = /^[0-9A-Fa-f]{0,2}/.exec(text.slice(j + 1))![0];
      if (m === '') out += '\\x';
      else {
        const code = Number.parseInt(m, 16);
        if (code > 0x7f) return undefined;
        out += String.fromCharCode(code);
        j += m.length;
      }
    } else if (n === 'u' || n === 'U') return undefined;
    else out += `\\${n}`;
  }
  return newline ? `${out}\n` : out;
}
