// What the text filters (grep, head, sort, …) read: standard input (the pipe, a here-document, `<`)
// or FILE operands among the files the session wrote. Each read is bounded: a filter never holds more
// than MAX_INPUT bytes, so a pipe from a runaway capture cannot take the tab's memory.

import { type Ctx, writeErr } from '../context.ts';
import { FileStore } from '../files.ts';

/** The most bytes one filter reads from its input, all files together (16 MiB). */
export const MAX_INPUT = 16 * 1024 * 1024;

export interface Input {
  /** As the tool names it in messages and headers: "(standard input)" for grep, "-" for the rest. */
  name: string;
  text: string;
}

const utf8 = new TextDecoder();

/** Standard input as text (empty when nothing feeds it: the recorder runs lines with </dev/null). */
export function stdinText(ctx: Ctx): string {
  const b = ctx.stdin ?? new Uint8Array(0);
  if (b.length > MAX_INPUT) throw new InputTooLarge();
  return utf8.decode(b);
}

export class InputTooLarge extends Error {
  constructor() {
    super(`the input is larger than ${MAX_INPUT} bytes`);
  }
}

/** How a tool says it cannot open a file: `TOOL: PATH: No such file or directory` for most. */
export type Missing = (path: string) => string;

/**
 * One FILE operand ("-" is standard input): its text; undefined when it does not exist (the tool's
 * message is written to stderr); `unsupported` for a path netns-lab keeps no files at.
 */
export function readOperand(
  ctx: Ctx,
  tool: string,
  path: string,
  stdinName: string,
  missing: Missing,
): Input | undefined | { unsupported: string } {
  if (path === '-') return { name: stdinName, text: stdinText(ctx) };
  if (path === '/dev/null') return { name: path, text: '' };
  if (path.startsWith('/proc/sys/net/')) {
    // A one-number file of /proc/sys, as `cat` of it reads.
    const v = ctx.world.rtnl.sysctl(ctx.ns, path.slice('/proc/sys/'.length));
    if (typeof v === 'number') return { name: path, text: `${v}\n` };
    if (v === 'unsupported') return { unsupported: `${tool} of ${path}` };
    writeErr(ctx, missing(path));
    return undefined;
  }
  const r = FileStore.resolve(path);
  if (!r.ok && r.unsupported) return { unsupported: `${tool} of ${r.unsupported}` };
  const data = r.ok ? ctx.files?.read(r.key) : undefined;
  if (!data) {
    writeErr(ctx, missing(path));
    return undefined;
  }
  if (data.length > MAX_INPUT) throw new InputTooLarge();
  if (data.includes(0)) return { unsupported: `${tool} of a binary file (${path})` };
  return { name: path, text: utf8.decode(data) };
}

/**
 * Reads every FILE operand (standard input when there are none) before the tool prints anything:
 * for tools that read all their input first (sort, column, wc of one file).
 */
export function readOperands(
  ctx: Ctx,
  tool: string,
  files: string[],
  stdinName = '-',
  missing: Missing = (path) => `${tool}: ${path}: No such file or directory\n`,
): { inputs: Input[]; failed: boolean } | { unsupported: string } {
  const inputs: Input[] = [];
  let failed = false;
  let total = 0;
  for (const path of files.length === 0 ? ['-'] : files) {
    const r = readOperand(ctx, tool, path, stdinName, missing);
    if (r === undefined) failed = true;
    else if ('unsupported' in r) return r;
    else {
      total += r.text.length;
      if (total > MAX_INPUT) throw new InputTooLarge();
      inputs.push(r);
    }
  }
  return { inputs, failed };
}

/** The lines of a text, as the tools read them: a last line without its newline is still a line. */
export function linesOf(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
