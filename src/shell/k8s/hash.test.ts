import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32, hex, sha1, sha256, sha512, utf8 } from './hash.ts';

// Node's OpenSSL is the oracle: lengths around the block and length-field boundaries.
describe('hash', () => {
  const inputs = ['', 'abc', 'default/web:http' + 'tcp'];
  for (let n = 50; n < 260; n += 7) inputs.push('x'.repeat(n));
  it('sha1, sha256 and sha512 agree with OpenSSL', () => {
    for (const s of inputs) {
      expect(hex(sha256(utf8(s)))).toBe(createHash('sha256').update(s).digest('hex'));
      expect(hex(sha512(utf8(s)))).toBe(createHash('sha512').update(s).digest('hex'));
      expect(hex(sha1(utf8(s)))).toBe(createHash('sha1').update(s).digest('hex'));
    }
  });
  it('base32 as RFC 4648 prints it', () => {
    expect(base32(utf8(''))).toBe('');
    expect(base32(utf8('f'))).toBe('MY======');
    expect(base32(utf8('foob'))).toBe('MZXW6YQ=');
    expect(base32(utf8('foobar'))).toBe('MZXW6YTBOI======');
  });
});
