// head and tail (GNU coreutils 9.1) over one input: -n N, -N, head -n -N (all but the last N),
// tail -n +N (from line N on), -c for bytes. What they copy is the input's own text, so a last line
// without a newline stays without one. Several files (with their "==> F <==" headers), size
// suffixes (5k) and tail -f are unsupported.

import { type Ctx, writeErr } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { getopt, type LongOpt } from './getopt.ts';
import { readOperands } from './input.ts';

const LONGS: LongOpt[] = [
  { name: 'lines', key: 'n', arg: 'required' },
  { name: 'bytes', key: 'c', arg: 'required' },
  { name: 'quiet', key: 'q', arg: 'none' },
  { name: 'silent', key: 'q', arg: 'none' },
  { name: 'verbose', key: 'v', arg: 'none' },
  { name: 'zero-terminated', key: 'z', arg: 'none' },
  { name: 'follow', key: 'f', arg: 'optional' },
  { name: 'retry', key: 'retry', arg: 'none' },
  { name: 'pid', key: 'pid', arg: 'required' },
  { name: 'sleep-interval', key: 's', arg: 'required' },
  { name: 'max-unchanged-stats', key: 'max-unchanged-stats', arg: 'required' },
  { name: 'help', key: 'help', arg: 'none' },
  { name: 'version', key: 'version', arg: 'none' },
];

type Tool = 'head' | 'tail';

/** The count of -n/-c: sign ("-" for head's all-but, "+" for tail's from) and number. */
function count(v: string): { sign: '' | '-' | '+'; n: number } | undefined | 'suffix' {
  const m = /^([-+]?)(\d+)$/.exec(v);
  if (!m) return /^[-+]?\d+[A-Za-z]+$/.test(v) ? 'suffix' : undefined;
  return { sign: m[1] as '' | '-' | '+', n: Math.min(Number(m[2]), Number.MAX_SAFE_INTEGER) };
}

function headTail(tool: Tool, ctx: Ctx, argv0: string[]): number {
  // The obsolete -N form (head -5, tail -3) as the first argument.
  const argv = /^-\d+$/.test(argv0[0] ?? '') ? ['-n', argv0[0].slice(1), ...argv0.slice(1)] : argv0;
  const short = tool === 'head' ? 'c:n:qvz' : 'c:n:fFqs:vz';
  const g = getopt(tool, argv, short, tool === 'head' ? LONGS.slice(0, 6).concat(LONGS.slice(11)) : LONGS);
  if (!g.ok) {
    if ('unsupported' in g) {
      reportUnsupported(ctx, g.unsupported);
      return 1;
    }
    writeErr(ctx, `${g.message}Try '${tool} --help' for more information.\n`);
    return 1;
  }
  let unit: 'lines' | 'bytes' = 'lines';
  let spec = { sign: '' as '' | '-' | '+', n: 10 };
  for (const o of g.opts) {
    if (o.key === 'n' || o.key === 'c') {
      const c = count(o.value!);
      if (c === 'suffix') {
        reportUnsupported(ctx, `${tool} ${o.as} ${o.value} (a size suffix)`);
        return 1;
      }
      if (c === undefined || (tool === 'head' && c.sign === '+')) {
        writeErr(ctx, `${tool}: invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: '${o.value}'\n`);
        return 1;
      }
      unit = o.key === 'n' ? 'lines' : 'bytes';
      spec = c;
    } else {
      reportUnsupported(ctx, `${tool} ${o.as}`);
      return 1;
    }
  }
  if (g.operands.length > 1) {
    reportUnsupported(ctx, `${tool} of several files (their ==> headers <==)`);
    return 1;
  }
  const read = readOperands(
    ctx,
    tool,
    g.operands,
    '-',
    (p) => `${tool}: cannot open '${p}' for reading: No such file or directory\n`,
  );
  if ('unsupported' in read) {
    reportUnsupported(ctx, read.unsupported);
    return 1;
  }
  for (const { text } of read.inputs) {
    if (unit === 'bytes') {
      const bytes = new TextEncoder().encode(text);
      if (bytes.length !== text.length) {
        reportUnsupported(ctx, `${tool} -c of text that is not ASCII`);
        return 1;
      }
      ctx.write(pick(tool, text.split(''), spec).join(''));
    } else ctx.write(pick(tool, splitKeep(text), spec).join(''));
  }
  return read.failed ? 1 : 0;
}

/** Lines with their newlines (the last may have none). */
function splitKeep(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function pick<T>(tool: Tool, items: T[], spec: { sign: '' | '-' | '+'; n: number }): T[] {
  const { sign, n } = spec;
  if (tool === 'head')
    return sign === '-' ? items.slice(0, Math.max(items.length - n, 0)) : items.slice(0, n);
  // tail -n +N starts at item N (1-based; +0 is +1).
  if (sign === '+') return items.slice(Math.max(n - 1, 0));
  return n === 0 ? [] : items.slice(-n);
}

export const head = (ctx: Ctx, argv: string[]) => headTail('head', ctx, argv);
export const tail = (ctx: Ctx, argv: string[]) => headTail('tail', ctx, argv);
