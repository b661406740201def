// column -t (util-linux 2.38): a table from whitespace-separated (or -s SEP) cells, each column as
// wide as its widest cell, two spaces between columns; every cell but the last column's is padded,
// rows with fewer cells too; empty lines are left out. Whitespace runs are one separator, -s
// characters each separate. Filling columns to the terminal's width (no -t) is unsupported.

import { type Ctx, writeErr } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { getopt, type LongOpt } from './getopt.ts';
import { linesOf, readOperands } from './input.ts';

const LONGS: LongOpt[] = [
  ['columns', 'c', 'required'],
  ['separator', 's', 'required'],
  ['output-separator', 'o', 'required'],
  ['table', 't'],
  ['table-columns', 'N', 'required'],
  ['table-name', 'n', 'required'],
  ['table-right', 'R', 'required'],
  ['table-hide', 'H', 'required'],
  ['table-order', 'O', 'required'],
  ['table-wrap', 'W', 'required'],
  ['table-truncate', 'T', 'required'],
  ['table-noextreme', 'E', 'required'],
  ['table-noheadings', 'd'],
  ['table-header-repeat', 'K'],
  ['table-empty-lines', 'L'],
  ['json', 'J'],
  ['tree', 'r', 'required'],
  ['tree-id', 'i', 'required'],
  ['tree-parent', 'p', 'required'],
  ['keep-empty-lines', 'e'],
  ['fillrows', 'x'],
  ['help', 'h'],
  ['version', 'V'],
].map(([name, key, arg]) => ({ name, key, arg: (arg ?? 'none') as LongOpt['arg'] }));

export function column(ctx: Ctx, argv: string[]): number {
  const g = getopt('column', argv, 'c:dE:eH:hi:JLN:n:O:o:p:R:r:s:T:tV:W:x', LONGS);
  if (!g.ok) {
    if ('unsupported' in g) {
      reportUnsupported(ctx, g.unsupported);
      return 1;
    }
    writeErr(ctx, `${g.message}Try 'column --help' for more information.\n`);
    return 1;
  }
  let table = false;
  let sep: string | undefined;
  let outSep = '  ';
  for (const o of g.opts) {
    if (o.key === 't') table = true;
    else if (o.key === 's') sep = o.value!;
    else if (o.key === 'o') outSep = o.value!;
    else {
      reportUnsupported(ctx, `column ${o.as}`);
      return 1;
    }
  }
  if (!table) {
    reportUnsupported(ctx, 'column without -t (columns filled to the terminal width)');
    return 1;
  }
  const read = readOperands(ctx, 'column', g.operands);
  if ('unsupported' in read) {
    reportUnsupported(ctx, read.unsupported);
    return 1;
  }
  const rows: string[][] = [];
  for (const input of read.inputs)
    for (const line of linesOf(input.text)) {
      if (line === '') continue;
      if (sep === undefined) {
        const cells = line.split(/[ \t]+/).filter((c) => c !== '');
        if (cells.length > 0) rows.push(cells);
      } else rows.push(splitAny(line, sep));
    }
  if (rows.some((r) => r.some((c) => /[^\x20-\x7e]/.test(c)))) {
    reportUnsupported(ctx, 'column -t of text that is not printable ASCII (display widths)');
    return 1;
  }
  const ncols = Math.max(0, ...rows.map((r) => r.length));
  const width = Array.from({ length: ncols }, (_, c) => Math.max(0, ...rows.map((r) => (r[c] ?? '').length)));
  let out = '';
  for (const r of rows) {
    let s = '';
    for (let c = 0; c < ncols; c++) {
      const cell = r[c] ?? '';
      s += c === ncols - 1 ? cell : cell.padEnd(width[c]) + outSep;
    }
    out += `${s}\n`;
  }
  ctx.write(out);
  // util-linux: a file it cannot open fails the run only when no file could be read.
  return read.failed && read.inputs.length === 0 ? 1 : 0;
}

/** Cells separated by any one of the characters of `sep` (runs are not merged). */
function splitAny(line: string, sep: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (sep.includes(ch)) {
      cells.push(cur);
      cur = '';
    } else cur += ch;
  }
  cells.push(cur);
  return cells;
}
