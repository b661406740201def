// The printer against the real tcpdump: conformance/pcaps/ holds pcaps captured on the kernel and
// what tcpdump 4.99 printed for them with each flag set (recorded by conformance/pcaps/record.sh),
// the hex and ASCII dumps of -x, -X and -A included.
// Every line must be identical, except where netns-lab says it does not decode a payload.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePcap } from '../../engine/wire/pcap.ts';
import { Printer } from './print.ts';

const dir = join(import.meta.dirname, '../../../conformance/pcaps');
const fixtures = readdirSync(dir).filter((f) => /\.-[a-zAX]*\.txt$/.test(f));

const count = (flags: string, c: string) => flags.split(c).length - 1;

describe('tcpdump printer against kernel captures', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(20));
  for (const txt of fixtures) {
    const [name, flags] = txt.replace(/\.txt$/, '').split('.');
    it(`${name}.pcap with tcpdump -t ${flags}`, () => {
      const file = parsePcap(new Uint8Array(readFileSync(join(dir, `${name}.pcap`))));
      const printer = new Printer(
        {
          nflag: flags.includes('n'),
          eflag: flags.includes('e'),
          vflag: flags.split('v').length - 1,
          dump: { x: count(flags, 'x'), X: count(flags, 'X'), A: count(flags, 'A') },
        },
        (i) => (i === 1 ? 'lo' : undefined),
      );
      const ours = file.records.flatMap((r) => printer.packet(file.linktype, r.data).split('\n'));
      // Blank lines count: -A prints a payload's own empty lines.
      const theirs = readFileSync(join(dir, txt), 'utf8')
        .replace(/\n$/, '')
        .split('\n')
        .filter((l) => !l.startsWith('reading from file') && !l.startsWith('Warning: '));
      expect(ours.length).toBe(theirs.length);
      const differing = ours.filter((l, i) => l !== theirs[i]);
      for (const l of differing) expect(l).toContain('[netns-lab: unsupported: ');
      expect(differing.length).toBeLessThanOrEqual(12);
    });
  }
});
