// wc (GNU coreutils 9.1): lines, words, bytes (-l -w -c, -m characters) of standard input or one
// file. Counts print in wc's order, each right-aligned to 7 columns when standard input is a pipe
// and there are several, bare when there is one (as `… | wc -l` prints "3"). Several files (their
// total line, widths from their sizes) and -L are unsupported.

import { type Ctx, writeErr } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { getopt, type LongOpt } from './getopt.ts';
import { readOperands } from './input.ts';

const LONGS: LongOpt[] = [
  { name: 'bytes', key: 'c', arg: 'none' },
  { name: 'chars', key: 'm', arg: 'none' },
  { name: 'lines', key: 'l', arg: 'none' },
  { name: 'files0-from', key: 'files0-from', arg: 'required' },
  { name: 'max-line-length', key: 'L', arg: 'none' },
  { name: 'words', key: 'w', arg: 'none' },
  { name: 'total', key: 'total', arg: 'required' },
  { name: 'help', key: 'help', arg: 'none' },
  { name: 'version', key: 'version', arg: 'none' },
];

export function wc(ctx: Ctx, argv: string[]): number {
  const g = getopt('wc', argv, 'clLmw', LONGS);
  if (!g.ok) {
    if ('unsupported' in g) {
      reportUnsupported(ctx, g.unsupported);
      return 1;
    }
    writeErr(ctx, `${g.message}Try 'wc --help' for more information.\n`);
    return 1;
  }
  const want = new Set<string>();
  for (const o of g.opts) {
    if (!'clmw'.includes(o.key) || o.key.length !== 1) {
      reportUnsupported(ctx, `wc ${o.as}`);
      return 1;
    }
    want.add(o.key);
  }
  if (want.size === 0) for (const k of 'lwc') want.add(k);
  if (g.operands.length > 1 || (g.operands.length === 1 && want.size > 1)) {
    reportUnsupported(ctx, 'wc of several files, or several counts of a file (widths from file sizes)');
    return 1;
  }
  const read = readOperands(ctx, 'wc', g.operands);
  if ('unsupported' in read) {
    reportUnsupported(ctx, read.unsupported);
    return 1;
  }
  if (read.failed) return 1;
  const { name, text } = read.inputs[0];
  const bytes = new TextEncoder().encode(text).length;
  const counts: number[] = [];
  // wc's order: lines, words, characters, bytes. In the C locale a character is a byte.
  if (want.has('l')) counts.push(text.split('\n').length - 1);
  if (want.has('w')) counts.push(text.split(/[ \t\n\v\f\r]+/).filter((w) => w !== '').length);
  if (want.has('m')) counts.push(bytes);
  if (want.has('c')) counts.push(bytes);
  const width = counts.length > 1 ? 7 : 1;
  const file = g.operands.length === 1 ? ` ${name}` : '';
  ctx.write(`${counts.map((c) => String(c).padStart(width)).join(' ')}${file}\n`);
  return 0;
}
