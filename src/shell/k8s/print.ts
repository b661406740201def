// What kubectl get and describe share: the table printer (text/tabwriter with kubectl's settings,
// printers.GetNewTabWriter: minwidth 6, padding 3, padded with spaces; the last column is not
// padded), apimachinery's duration.HumanDuration for AGE, labels as they print them, and the
// objects named on the command line.

import type { Ctx } from '../context.ts';

/** What get prints when there is nothing to list (the lab's objects are all in `default`). */
export const NO_RESOURCES = 'No resources found in default namespace.\n';

/** The objects `NAME…` names, or all of them sorted by name; undefined after the NotFound error. */
export function pick<T extends { name: string }>(
  ctx: Ctx,
  all: readonly T[],
  names: string[],
  resource: string,
): T[] | undefined {
  if (!names.length) return [...all].sort(byName);
  const out: T[] = [];
  for (const n of names) {
    const x = all.find((y) => y.name === n);
    if (!x) {
      ctx.write(`Error from server (NotFound): ${resource} "${n}" not found\n`);
      return undefined;
    }
    out.push(x);
  }
  return out;
}

export const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** labels.FormatLabels: key=value by key, comma-separated; `<none>` for none. */
export function formatLabels(labels: Record<string, string>): string {
  const l = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1));
  return l.length ? l.map(([k, v]) => `${k}=${v}`).join(',') : '<none>';
}

/** describe's printLabelsMultiline: `Labels:` and one key=value a line (tab-separated for tabwriter). */
export function describeLabels(labels: Record<string, string>): string[] {
  const l = Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1));
  if (!l.length) return ['Labels:\t<none>'];
  return l.map(([k, v], i) => `${i === 0 ? 'Labels:' : ''}\t${k}=${v}`);
}

/** `kubectl get --no-headers` while a get prints (set by `withoutHeaders`). */
let noHeaders = false;

/** Runs `print` with the tables it prints headed or not (`kubectl get --no-headers`). */
export function withoutHeaders<T>(on: boolean, print: () => T): T {
  const was = noHeaders;
  noHeaders = on;
  try {
    return print();
  } finally {
    noHeaders = was;
  }
}

/** The rows as kubectl's table printer writes them; the first is the header (left out with --no-headers). */
export function table(all: string[][]): string {
  // Without headers the tabwriter never sees the header row, so the columns are as wide as the rows.
  const rows = noHeaders ? all.slice(1) : all;
  const widths: number[] = [];
  for (const r of rows)
    for (let i = 0; i < r.length - 1; i++) widths[i] = Math.max(widths[i] ?? 0, Math.max(r[i].length + 3, 6));
  return rows
    .map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join(''))
    .map((l) => `${l}\n`)
    .join('');
}

/** duration.HumanDuration of a virtual-time span in µs. */
export function humanDuration(us: number): string {
  const s = Math.floor(us / 1e6);
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(s / 3600);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 24 * 8) return h % 24 === 0 ? `${Math.floor(h / 24)}d` : `${Math.floor(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  if (h < 24 * 365 * 8) {
    const dy = Math.floor(h / 24) % 365;
    return dy === 0 ? `${Math.floor(h / 24 / 365)}y` : `${Math.floor(h / 24 / 365)}y${dy}d`;
  }
  return `${Math.floor(h / 24 / 365)}y`;
}

/**
 * text/tabwriter as kubectl describe sets it up (minwidth 0, padding 2, padded with spaces): a cell
 * ends at a tab; a column is aligned over a run of consecutive lines that have a cell there.
 */
export function tabwriter(text: string, padding = 2): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const widths: number[][] = lines.map((cells) => cells.map(() => 0));
  const align = (from: number, to: number, col: number) => {
    let i = from;
    while (i < to) {
      // A run of lines with a terminated cell in this column.
      if (lines[i].length - 1 <= col) {
        i++;
        continue;
      }
      let j = i;
      let w = 0;
      while (j < to && lines[j].length - 1 > col) (w = Math.max(w, lines[j][col].length + padding)), j++;
      for (let k = i; k < j; k++) widths[k][col] = w;
      align(i, j, col + 1);
      i = j;
    }
  };
  align(0, lines.length, 0);
  return lines
    .map((cells, i) => cells.map((c, k) => (k < cells.length - 1 ? c.padEnd(widths[i][k]) : c)).join(''))
    .join('\n');
}
