// awk (mawk 1.3.4, Debian's awk) for the one program tutorials pipe into: `{print $N, …}`, fields
// of each line split on blanks or on the one character -F gives. Items are $N, $NF, $(NF-K), $0,
// NF, NR and "strings", joined by a space where a comma stands and directly otherwise; the action
// may have a pattern: /ERE/, !/ERE/ or NR compared with a number. Any other program is
// unsupported, said as such, never run as something it is not.

import type { Ctx } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { linesOf, readOperands } from './input.ts';
import { translate } from './regex.ts';

/** Which lines the action runs on. */
type Pattern = (line: string, nr: number) => boolean;

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** `/ERE/`, `!/ERE/`, `NR OP N` in front of the action; undefined if it is none of these. */
function parsePattern(src: string): Pattern | undefined {
  const t = src.trim();
  if (t === '') return () => true;
  const nr = /^NR\s*(>=|<=|==|!=|>|<)\s*(\d+)$/.exec(t);
  if (nr) {
    const n = Number(nr[2]);
    const op = COMPARE[nr[1]];
    return (_l, i) => op(i, n);
  }
  const re = /^(!?)\/((?:[^/\\]|\\[./$^*+?()[\]|\\])*)\/$/.exec(t);
  // Escapes other than of a metacharacter mean awk's own (\t) or GNU's (\w): not read here.
  if (!re || re[2].includes('{')) return undefined;
  const tr = translate(re[2].replace(/\\\//g, '/'), true);
  if (!tr.ok || tr.backrefs) return undefined;
  let rx: RegExp;
  try {
    rx = new RegExp(tr.source);
  } catch {
    return undefined;
  }
  const neg = re[1] === '!';
  return (l) => rx.test(l) !== neg;
}

type Item = { field: number } | { fromEnd: number } | { nf: true } | { nr: true } | { text: string };

/** The items of `{ print … }`, each with whether a comma (OFS) comes before it; undefined if not that form. */
function parseProgram(
  prog: string,
): { pattern: Pattern; items: { item: Item; comma: boolean }[] } | undefined {
  // A pattern alone prints the lines it selects.
  if (!prog.includes('{') && prog.trim() !== '') {
    const only = parsePattern(prog);
    return only ? { pattern: only, items: [] } : undefined;
  }
  const m = /^([^{]*)\{\s*print\b(.*?)\s*;?\s*\}\s*$/s.exec(prog);
  if (!m) return undefined;
  const pattern = parsePattern(m[1]);
  if (!pattern) return undefined;
  const items: { item: Item; comma: boolean }[] = [];
  let rest = m[2].trim();
  let comma = false;
  while (rest !== '') {
    const t =
      /^\$(\d+)/.exec(rest) ??
      /^\$NF\b/.exec(rest) ??
      /^\$\(\s*NF\s*-\s*(\d+)\s*\)/.exec(rest) ??
      /^NF\b/.exec(rest) ??
      /^NR\b/.exec(rest) ??
      /^"([^"\\]*)"/.exec(rest);
    if (!t) return undefined;
    const w = t[0];
    const item: Item = w.startsWith('$(')
      ? { fromEnd: Number(t[1]) }
      : w === '$NF'
        ? { fromEnd: 0 }
        : w.startsWith('$')
          ? { field: Number(t[1]) }
          : w === 'NF'
            ? { nf: true }
            : w === 'NR'
              ? { nr: true }
              : { text: t[1] };
    items.push({ item, comma });
    rest = rest.slice(w.length).trimStart();
    comma = rest.startsWith(',');
    if (comma) {
      rest = rest.slice(1).trimStart();
      if (rest === '') return undefined;
    }
  }
  return { pattern, items };
}

export function awk(ctx: Ctx, argv: string[]): number {
  let fs: string | undefined;
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-') && argv[i] !== '-'; i++) {
    const a = argv[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a.startsWith('-F')) {
      const v = a.length > 2 ? a.slice(2) : argv[++i];
      if (v === undefined) break;
      fs = v === '\\t' ? '\t' : v;
      continue;
    }
    reportUnsupported(ctx, `awk ${a}`);
    return 2;
  }
  const prog = argv[i];
  const program = prog === undefined ? undefined : parseProgram(prog);
  if (!program) {
    reportUnsupported(
      ctx,
      `awk ${prog === undefined ? 'without a program' : `program '${prog}'`} (netns-lab runs only '[/ERE/ or NR>N] {print $N, …}')`,
    );
    return 2;
  }
  if (fs !== undefined && fs !== ' ' && (fs.length !== 1 || fs === '\\' || fs === 't')) {
    reportUnsupported(ctx, `awk -F '${fs}' (netns-lab splits on blanks or one character)`);
    return 2;
  }
  if (argv.length - i - 1 > 1) {
    reportUnsupported(ctx, 'awk of several files');
    return 2;
  }
  const read = readOperands(
    ctx,
    'awk',
    argv.slice(i + 1),
    '-',
    (p) => `awk: cannot open ${p} (No such file or directory)\n`,
  );
  if ('unsupported' in read) {
    reportUnsupported(ctx, read.unsupported);
    return 2;
  }
  const { pattern, items } = program;
  let nr = 0;
  let out = '';
  // mawk: a file it cannot open ends the run (exit 2).
  if (read.failed) return 2;
  for (const input of read.inputs) {
    for (const line of linesOf(input.text)) {
      nr++;
      if (!pattern(line, nr)) continue;
      const fields =
        fs === undefined || fs === ' '
          ? line.split(/[ \t\n]+/).filter((f) => f !== '')
          : line === ''
            ? []
            : line.split(fs);
      const field = (n: number) => (n === 0 ? line : (fields[n - 1] ?? ''));
      let s = '';
      for (const { item, comma } of items) {
        if (comma) s += ' ';
        if ('field' in item) s += field(item.field);
        else if ('fromEnd' in item) {
          const n = fields.length - item.fromEnd;
          if (n < 0) {
            ctx.write(out);
            reportUnsupported(ctx, `awk's run time error for a negative field index ($${n})`);
            return 2;
          }
          s += field(n);
        } else if ('nf' in item) s += String(fields.length);
        else if ('nr' in item) s += String(nr);
        else s += item.text;
      }
      out += `${items.length === 0 ? line : s}\n`;
    }
  }
  ctx.write(out);
  return 0;
}
