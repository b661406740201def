// Filters against the real tcpdump: every expression of conformance/pcaps/filters.txt was run with
// `tcpdump -r NAME.pcap -nn -t EXPR` on the recording machine (NAME.filters). netns-lab must select
// the same packets, or refuse with libpcap's own error message.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePcap } from '../../engine/wire/pcap.ts';
import { compileFilter, FilterError, FilterUnsupported } from './filter.ts';
import { Printer } from './print.ts';

const dir = join(import.meta.dirname, '../../../conformance/pcaps');

/** Expressions netns-lab refuses as unsupported although libpcap compiles them (with the reason). */
const UNSUPPORTED: Record<string, string[]> = {
  router: [],
  any: [],
};

function blocks(text: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('== ')) out.push([line.slice(3), []]);
    else if (line !== '') out.at(-1)![1].push(line);
  }
  return out;
}

for (const name of ['router', 'any']) {
  describe(`filters on ${name}.pcap`, () => {
    const file = parsePcap(new Uint8Array(readFileSync(join(dir, `${name}.pcap`))));
    const expected = blocks(readFileSync(join(dir, `${name}.filters`), 'utf8'));
    it('has the recorded expressions', () => expect(expected.length).toBeGreaterThan(80));
    for (const [expr, lines] of expected) {
      it(`[${expr}]`, () => {
        const printer = new Printer({ nflag: true, eflag: false, vflag: 0 }, (i) =>
          i === 1 ? 'lo' : undefined,
        );
        let ours: string[];
        try {
          const f = compileFilter(expr, file.linktype);
          ours = file.records
            .filter((r) => !f || f(r.data))
            .map((r) => printer.packet(file.linktype, r.data));
        } catch (e) {
          if (e instanceof FilterUnsupported) {
            expect(UNSUPPORTED[name]).toContain(expr);
            return;
          }
          if (!(e instanceof FilterError)) throw e;
          ours = [`tcpdump: ${e.message}`];
        }
        expect(UNSUPPORTED[name]).not.toContain(expr);
        // Lines netns-lab marks as an undecoded payload still have to be the same packets.
        const same = (a: string, b: string) =>
          a === b || (a.includes('[netns-lab: unsupported: ') && a.split(':')[0] === b.split(':')[0]);
        expect(ours.length, ours.join('\n')).toBe(lines.length);
        for (const [i, l] of ours.entries()) expect(same(l, lines[i]), `${l}\n${lines[i]}`).toBe(true);
      });
    }
  });
}
