// The session's files as the kernel keeps them: `> FILE` and `tcpdump -w FILE` open with O_TRUNC and
// write at an offset of their own, so two writers of one file overwrite each other.

import { describe, expect, it } from 'vitest';
import { FileStore } from './files.ts';

const bytes = (...xs: number[]) => new Uint8Array(xs);

describe('FileStore', () => {
  it('a writer writes at its own offset: the later one overwrites the start, the rest stays', () => {
    const f = new FileStore();
    const a = f.open('x');
    const b = f.open('x');
    a(bytes(1, 2, 3, 4, 5));
    expect(f.read('x')).toEqual(bytes(1, 2, 3, 4, 5));
    b(bytes(9, 9));
    expect(f.read('x')).toEqual(bytes(9, 9, 3, 4, 5));
    a(bytes(6));
    b(bytes(8));
    expect(f.read('x')).toEqual(bytes(9, 9, 8, 4, 5, 6));
  });

  it('a writer whose file another opener truncated leaves a hole of zeros', () => {
    const f = new FileStore();
    const a = f.open('x');
    a(bytes(1, 2, 3));
    f.open('x');
    expect(f.read('x')).toEqual(bytes());
    a(bytes(4));
    expect(f.read('x')).toEqual(bytes(0, 0, 0, 4));
  });

  it('grows in place: many small writes, and a read is a copy', () => {
    const f = new FileStore();
    const w = f.open('big');
    for (let i = 0; i < 20_000; i++) w(bytes(i & 255));
    const got = f.read('big')!;
    expect(got.length).toBe(20_000);
    expect(got[19_999]).toBe(19_999 & 255);
    got[0] = 7;
    expect(f.read('big')![0]).toBe(0);
    expect(f.list()).toEqual([{ path: 'big', data: f.read('big') }]);
  });

  it('write replaces the whole file', () => {
    const f = new FileStore();
    f.open('x')(bytes(1, 2, 3));
    f.write('x', bytes(5));
    expect(f.read('x')).toEqual(bytes(5));
  });
});
