// sort (GNU coreutils 9.1) in the C locale: byte order, -n numeric, -r, -u, -f, -b, -s, -t SEP and
// keys -k F[.C][opts][,F[.C][opts]]. Lines equal by every key are ordered by the whole line
// (the last-resort comparison), unless -s or -u. Other orderings (-h, -V, -g, -M, -R) are
// unsupported.

import { type Ctx, writeErr } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { getopt, type LongOpt } from './getopt.ts';
import { linesOf, readOperands } from './input.ts';

const LONGS: LongOpt[] = [
  ['ignore-leading-blanks', 'b'],
  ['dictionary-order', 'd'],
  ['ignore-case', 'f'],
  ['general-numeric-sort', 'g'],
  ['ignore-nonprinting', 'i'],
  ['month-sort', 'M'],
  ['human-numeric-sort', 'h'],
  ['numeric-sort', 'n'],
  ['random-sort', 'R'],
  ['reverse', 'r'],
  ['version-sort', 'V'],
  ['check', 'c', 'optional'],
  ['merge', 'm'],
  ['key', 'k', 'required'],
  ['output', 'o', 'required'],
  ['stable', 's'],
  ['field-separator', 't', 'required'],
  ['unique', 'u'],
  ['zero-terminated', 'z'],
  ['buffer-size', 'S', 'required'],
  ['temporary-directory', 'T', 'required'],
  ['parallel', 'parallel', 'required'],
  ['sort', 'sort', 'required'],
  ['random-source', 'random-source', 'required'],
  ['compress-program', 'compress-program', 'required'],
  ['debug', 'debug'],
  ['files0-from', 'files0-from', 'required'],
  ['help', 'help'],
  ['version', 'version'],
].map(([name, key, arg]) => ({ name, key, arg: (arg ?? 'none') as LongOpt['arg'] }));

interface KeyOpts {
  numeric: boolean;
  reverse: boolean;
  fold: boolean;
  blanksStart: boolean;
  blanksEnd: boolean;
}

interface Key extends KeyOpts {
  sf: number;
  sc: number;
  /** End field (0: the end of the line) and character (0: the end of that field). */
  ef: number;
  ec: number;
}

const BLANK = /[ \t]/;

export function sort(ctx: Ctx, argv: string[]): number {
  const g = getopt('sort', argv, 'bcCdfghik:mMno:RrsS:t:T:uVyz', LONGS);
  if (!g.ok) {
    if ('unsupported' in g) {
      reportUnsupported(ctx, g.unsupported);
      return 2;
    }
    writeErr(ctx, `${g.message}Try 'sort --help' for more information.\n`);
    return 2;
  }
  const global: KeyOpts = {
    numeric: false,
    reverse: false,
    fold: false,
    blanksStart: false,
    blanksEnd: false,
  };
  const keys: Key[] = [];
  let unique = false;
  let stable = false;
  let tab: string | undefined;
  for (const o of g.opts) {
    if (o.key === 'n') global.numeric = true;
    else if (o.key === 'r') global.reverse = true;
    else if (o.key === 'f') global.fold = true;
    else if (o.key === 'b') global.blanksStart = global.blanksEnd = true;
    else if (o.key === 'u') unique = true;
    else if (o.key === 's') stable = true;
    else if (o.key === 't') {
      const t = o.value!;
      if (t.length !== 1) {
        if (t === '\\0') {
          reportUnsupported(ctx, "sort -t '\\0'");
          return 2;
        }
        writeErr(ctx, `sort: multi-character tab '${t}'\n`);
        return 2;
      }
      tab = t;
    } else if (o.key === 'k') {
      const k = parseKey(o.value!);
      if (typeof k === 'string') {
        if (k === '') {
          reportUnsupported(ctx, `sort -k ${o.value}`);
          return 2;
        }
        writeErr(ctx, k);
        return 2;
      }
      keys.push(k);
    } else {
      reportUnsupported(ctx, `sort ${o.as}`);
      return 2;
    }
  }
  const read = readOperands(
    ctx,
    'sort',
    g.operands,
    '-',
    (p) => `sort: cannot read: ${p}: No such file or directory\n`,
  );
  if ('unsupported' in read) {
    reportUnsupported(ctx, read.unsupported);
    return 2;
  }
  if (read.failed) return 2;
  // A key with no ordering options of its own takes the global ones (coreutils' default_key_compare).
  const eff = keys.map((k) =>
    k.numeric || k.reverse || k.fold || k.blanksStart || k.blanksEnd ? k : { ...k, ...global },
  );
  if (eff.length === 0) eff.push({ sf: 1, sc: 1, ef: 0, ec: 0, ...global });
  const lines = read.inputs.flatMap((i) => linesOf(i.text));
  const byKeys = (a: string, b: string): number => {
    for (const k of eff) {
      let c = compareField(keyText(a, k, tab), keyText(b, k, tab), k);
      if (k.reverse) c = -c;
      if (c !== 0) return c;
    }
    return 0;
  };
  const lastResort = (a: string, b: string) => {
    const c = a < b ? -1 : a > b ? 1 : 0;
    return global.reverse ? -c : c;
  };
  const sorted = lines
    .map((l, i) => ({ l, i }))
    .sort((x, y) => byKeys(x.l, y.l) || (stable || unique ? x.i - y.i : lastResort(x.l, y.l) || x.i - y.i))
    .map((x) => x.l);
  const out: string[] = [];
  for (const l of sorted)
    if (!unique || out.length === 0 || byKeys(out[out.length - 1], l) !== 0) out.push(l);
  ctx.write(out.map((l) => `${l}\n`).join(''));
  return 0;
}

/** `-k POS1[,POS2]`; a string is sort's message (an empty one: a form netns-lab does not read). */
function parseKey(v: string): Key | string {
  const m = /^(\d+)(?:\.(\d+))?([bfnr]*)(?:,(\d+)(?:\.(\d+))?([bfnr]*))?$/.exec(v);
  if (!m) return '';
  const sf = Number(m[1]);
  if (sf === 0) return `sort: field number is zero: invalid field specification '${v}'\n`;
  if (m[2] !== undefined && Number(m[2]) === 0)
    return `sort: character offset is zero: invalid field specification '${v}'\n`;
  if (m[4] !== undefined && Number(m[4]) === 0)
    return `sort: field number is zero: invalid field specification '${v}'\n`;
  const opts = `${m[3]}${m[6] ?? ''}`;
  return {
    sf,
    sc: m[2] === undefined ? 1 : Number(m[2]),
    ef: m[4] === undefined ? 0 : Number(m[4]),
    ec: m[5] === undefined ? 0 : Number(m[5]),
    numeric: opts.includes('n'),
    reverse: opts.includes('r'),
    fold: opts.includes('f'),
    blanksStart: m[3].includes('b'),
    blanksEnd: (m[6] ?? '').includes('b'),
  };
}

/** Where each field starts: without -t, a field is its leading blanks and the non-blanks after. */
function fieldStarts(line: string, tab: string | undefined): number[] {
  const starts = [0];
  if (tab !== undefined) {
    for (let i = 0; i < line.length; i++) if (line[i] === tab) starts.push(i + 1);
    return starts;
  }
  for (let i = 1; i < line.length; i++) if (BLANK.test(line[i]) && !BLANK.test(line[i - 1])) starts.push(i);
  return starts;
}

/** The text a key covers in a line (coreutils' begfield/limfield). */
function keyText(line: string, k: Key, tab: string | undefined): string {
  const starts = fieldStarts(line, tab);
  const fieldEnd = (f: number) =>
    f < starts.length
      ? f + 1 < starts.length
        ? starts[f + 1] - (tab !== undefined ? 1 : 0)
        : line.length
      : line.length;
  let beg = k.sf - 1 < starts.length ? starts[k.sf - 1] : line.length;
  if (k.blanksStart) while (beg < line.length && BLANK.test(line[beg])) beg++;
  beg = Math.min(beg + k.sc - 1, k.sf - 1 < starts.length ? fieldEnd(k.sf - 1) : line.length);
  let end = line.length;
  if (k.ef > 0) {
    if (k.ef - 1 >= starts.length) end = line.length;
    else if (k.ec === 0) end = fieldEnd(k.ef - 1);
    else {
      let e = starts[k.ef - 1];
      if (k.blanksEnd) while (e < line.length && BLANK.test(line[e])) e++;
      end = Math.min(e + k.ec, fieldEnd(k.ef - 1));
    }
  }
  return end <= beg ? '' : line.slice(beg, end);
}

/** The number a -n key starts with (blanks, a sign, digits, a decimal point); 0 when none. */
function numberOf(s: string): number {
  const m = /^[ \t]*(-?)(\d*)(?:\.(\d*))?/.exec(s)!;
  if (m[2] === '' && (m[3] ?? '') === '') return 0;
  return Number(`${m[1]}${m[2] || '0'}.${m[3] || '0'}`);
}

function compareField(a: string, b: string, k: KeyOpts): number {
  if (k.numeric) {
    const x = numberOf(a);
    const y = numberOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (k.fold) {
    // toupper in the C locale: ASCII letters only.
    a = a.replace(/[a-z]/g, (c) => c.toUpperCase());
    b = b.replace(/[a-z]/g, (c) => c.toUpperCase());
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
