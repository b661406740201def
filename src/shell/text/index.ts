// The text filters a pipeline feeds: grep, head, tail, wc, sort, awk '{print $N}', column -t, and
// the pagers, which copy their input when their output is not a terminal (as in the recorder).

import type { CommandFn, Ctx } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import { awk } from './awk.ts';
import { column } from './column.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { readOperands } from './input.ts';
import { sort } from './sort.ts';
import { wc } from './wc.ts';

/** less and more into a pipe or file: the input as it is (no prompt, no paging). */
function pager(name: 'less' | 'more'): CommandFn {
  const missing =
    name === 'less'
      ? (p: string) => `${p}: No such file or directory\n`
      : (p: string) => `more: cannot open ${p}: No such file or directory\n`;
  return (ctx: Ctx, argv: string[]) => {
    if (argv.some((a) => a.startsWith('-') || a.startsWith('+'))) {
      reportUnsupported(ctx, `${name} ${argv.join(' ')}`);
      return 1;
    }
    const read = readOperands(ctx, name, argv, '-', missing);
    if ('unsupported' in read) {
      reportUnsupported(ctx, read.unsupported);
      return 1;
    }
    for (const i of read.inputs) ctx.write(i.text);
    // Neither fails for a file it cannot open; they say so and go on.
    return 0;
  };
}

export const TEXT_COMMANDS: Record<string, CommandFn> = {
  grep,
  head,
  tail,
  wc,
  sort,
  awk,
  column,
  less: pager('less'),
  more: pager('more'),
};
