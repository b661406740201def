// Engine state is typed read-only for everyone outside the engine; the engine's own writers (rtnl.ts
// and the kernel objects it calls) take a writable view of it here, so a write is always explicit.

export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A writable view of `o` (the same object). */
export function writable<T>(o: T): Writable<T> {
  return o as Writable<T>;
}
