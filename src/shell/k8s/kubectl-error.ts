// What kubectl commands throw: kubectl's own error (printed, exit 1), or netns-lab's unsupported.

import { Unsupported } from '../lexer.ts';

/** An error kubectl prints (cmdutil.CheckErr: "error: …" or the server's message), exit 1. */
export class KubectlError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

/** `netns-lab: unsupported: …` (the session prints it and lists the line). */
export function unsupported(what: string): never {
  throw new Unsupported(what);
}
