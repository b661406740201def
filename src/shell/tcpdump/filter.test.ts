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

describe('nesting as deep as libpcap parses it, and no deeper', () => {
  // Measured with tcpdump 4.99.3 / libpcap 1.10.3 (`tcpdump -d -i lo EXPR`): bison's stack of 10,000
  // symbols takes 9,995 parentheses around `icmp`, 9,996 "not"s, 4,998 "(not " and 4,997 "not (",
  // 3,331 "icmp and (", and one fewer of each fails with "can't parse filter expression: memory
  // exhausted".
  const outcome = (expr: string) => {
    try {
      compileFilter(expr, 1);
      return 'ok';
    } catch (e) {
      if (e instanceof FilterError) return e.message;
      if (e instanceof FilterUnsupported) return 'unsupported';
      throw e;
    }
  };
  const EXHAUSTED = "can't parse filter expression: memory exhausted";
  const shapes: [string, (n: number) => string, number][] = [
    ['parentheses', (n) => `${'('.repeat(n)}icmp${')'.repeat(n)}`, 9995],
    ['not', (n) => `${'not '.repeat(n)}icmp`, 9996],
    ['!', (n) => `${'! '.repeat(n)}icmp`, 9996],
    ['(not', (n) => `${'(not '.repeat(n)}icmp${')'.repeat(n)}`, 4998],
    ['not (', (n) => `${'not ('.repeat(n)}icmp${')'.repeat(n)}`, 4997],
    ['icmp and (', (n) => `${'icmp and ('.repeat(n)}icmp${')'.repeat(n)}`, 3331],
    ['( … or …)', (n) => `${'('.repeat(n)}icmp or tcp${')'.repeat(n)}`, 9994],
    ['( tcp port 80 )', (n) => `${'('.repeat(n)}tcp port 80${')'.repeat(n)}`, 9995],
  ];
  for (const [name, make, most] of shapes) {
    it(`${name}: one past ${most} is libpcap's "memory exhausted"; what it takes, netns-lab parses or says it does not`, () => {
      expect(outcome(make(most + 1))).toBe(EXHAUSTED);
      expect(outcome(make(most + 500))).toBe(EXHAUSTED);
      // Deeper than netns-lab's parser goes, within libpcap's: unsupported, never a wrong result.
      expect(outcome(make(most))).toBe('unsupported');
      expect(outcome(make(3))).toBe('ok');
    });
  }

  it('a chain of many thousand terms is evaluated without nesting a call per term', () => {
    const f = compileFilter(`${Array.from({ length: 50_000 }, () => 'ip').join(' and ')} and not udp`, 1)!;
    const g = compileFilter(`${Array.from({ length: 50_000 }, () => 'udp').join(' or ')} or icmp`, 1)!;
    const icmp = new Uint8Array(60);
    icmp.set([0x08, 0x00], 12);
    icmp[14] = 0x45;
    icmp[23] = 1;
    expect(f(icmp)).toBe(true);
    expect(g(icmp)).toBe(true);
    icmp[23] = 6;
    expect(g(icmp)).toBe(false);
  });
});
