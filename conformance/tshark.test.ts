// Every pcap the scenarios write (tcpdump -w) opened with Wireshark's tshark: it must read the file,
// and its per-packet fields (time, length, protocol chain, MACs, ARP, IPv4 with the header an ICMP
// error quotes, ICMP, TCP, UDP) must be what netns-lab's own dissection (src/worker/dissect.ts, the
// packet view of the UI) says of the same bytes. Skipped, with a message, when tshark is missing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKTYPE_ETHERNET, parsePcap } from '../src/engine/wire/pcap.ts';
import { Session } from '../src/shell/session.ts';
import { dissect } from '../src/worker/dissect.ts';
import type { WireLayer } from '../src/worker/step-api.ts';
import { SCENARIO_DIR, scenarioNames } from './harness.ts';

const FIELDS = [
  'frame.time_epoch',
  'frame.len',
  'frame.protocols',
  'eth.src',
  'eth.dst',
  'arp.opcode',
  'ip.src',
  'ip.dst',
  'ip.ttl',
  'ip.flags.df',
  'ip.id',
  'icmp.type',
  'icmp.code',
  'tcp.srcport',
  'tcp.dstport',
  'tcp.seq_raw',
  'udp.srcport',
  'udp.dstport',
];

const hasTshark = spawnSync('tshark', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasTshark) console.warn('tshark.test.ts: SKIPPED, tshark is not installed (apt-get install tshark)');

/** The first number in a field value: "request (1)" → "1", "80 (http)" → "80", "0x3cbb (15547)" → "15547". */
function num(v: string): string {
  const paren = /\((\d+)\)/.exec(v);
  if (paren) return paren[1];
  return String(Number(/^(0x[0-9a-f]+|\d+)/.exec(v)?.[1] ?? Number.NaN));
}

/** Our dissection of one frame as the same fields, in tshark's formatting. */
function ours(t: number, bytes: Uint8Array, len: number): string[] {
  // A VXLAN frame's inner layers ("Ethernet II (inner)") are fields of the same protocols to tshark.
  const layers = dissect(bytes).layers.map((l) => ({
    ...l,
    name: l.name.startsWith('VXLAN') ? 'VXLAN' : l.name.replace(/ \(inner\)$/, ''),
  }));
  const f = (layer: (n: string) => boolean, field: string, fmt: (v: string) => string = (v) => v) =>
    layers
      .filter((l) => layer(l.name))
      .flatMap((l: WireLayer) => l.fields.filter((x) => x.name === field).map((x) => fmt(x.value)))
      .join(',');
  const is =
    (...names: string[]) =>
    (n: string) =>
      names.includes(n);
  const PROTO: Record<string, string> = {
    'Ethernet II': 'eth',
    ARP: 'arp',
    IPv4: 'ip',
    'IPv4 (quoted)': 'ip',
    ICMP: 'icmp',
    'ICMP (quoted)': 'icmp',
    TCP: 'tcp',
    'TCP (quoted)': 'tcp',
    UDP: 'udp',
    'UDP (quoted)': 'udp',
    VXLAN: 'vxlan',
  };
  const ip = is('IPv4', 'IPv4 (quoted)');
  return [
    `${Math.floor(t / 1e6)}.${String(t % 1e6).padStart(6, '0')}000`,
    String(len),
    layers
      .map((l) => PROTO[l.name])
      .filter(Boolean)
      .join(':'),
    f(is('Ethernet II'), 'Source'),
    f(is('Ethernet II'), 'Destination'),
    f(is('ARP'), 'Opcode', num),
    f(ip, 'Source address'),
    f(ip, 'Destination address'),
    f(ip, 'Time to live'),
    f(ip, 'Flags', (v) => (v.includes('DF') ? '1' : '0')),
    f(ip, 'Identification', (v) => v.split(' ')[0]),
    f(is('ICMP', 'ICMP (quoted)'), 'Type', num),
    f(is('ICMP', 'ICMP (quoted)'), 'Code', num),
    f(is('TCP', 'TCP (quoted)'), 'Source port', num),
    f(is('TCP', 'TCP (quoted)'), 'Destination port', num),
    f(is('TCP', 'TCP (quoted)'), 'Sequence number'),
    f(is('UDP', 'UDP (quoted)'), 'Source port', num),
    f(is('UDP', 'UDP (quoted)'), 'Destination port', num),
  ];
}

/** The layers both dissect; tshark also guesses at payloads (port 5001 as "cpfi", …). */
const LAYERS = new Set(['eth', 'arp', 'ip', 'icmp', 'tcp', 'udp', 'vxlan']);

/** tshark's fields; its protocol chain without the ethertype pseudo-layer and payload guesses. */
function theirs(line: string): string[] {
  const v = line.split('|');
  v[2] = v[2]
    .split(':')
    .filter((p) => LAYERS.has(p))
    .join(':');
  return v;
}

const withCaptures = scenarioNames().filter((n) =>
  /\btcpdump\b.*\s-\S*w\b/.test(readFileSync(join(SCENARIO_DIR, `${n}.sh`), 'utf8')),
);

describe.skipIf(!hasTshark)('pcaps the scenarios write, read by tshark', () => {
  const dir = mkdtempSync(join(tmpdir(), 'netns-lab-pcaps-'));
  let checked = 0;
  for (const name of withCaptures) {
    it(name, () => {
      const session = new Session({ seed: 1 });
      session.run(readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8'));
      // Scenarios about tcpdump's errors write no capture at all.
      // Nor a file two captures wrote over each other (td26: pcap-damaged.test.ts reads such files).
      const pcaps = session.files
        .list()
        .filter((f) => f.path.endsWith('.pcap') && f.data.length > 0 && !parsePcap(f.data).truncated);
      checked += pcaps.length;
      for (const p of pcaps) {
        const file = join(dir, `${name}-${p.path.replace(/\//g, '_')}`);
        writeFileSync(file, p.data);
        const r = spawnSync(
          'tshark',
          ['-r', file, '-T', 'fields', '-E', 'separator=|', ...FIELDS.flatMap((x) => ['-e', x])],
          {
            encoding: 'utf8',
          },
        );
        expect(r.status, r.stderr).toBe(0);
        const parsed = parsePcap(p.data);
        const lines = r.stdout.split('\n').filter(Boolean);
        expect(lines.length, `${p.path}: packets`).toBe(parsed.records.length);
        if (parsed.linktype !== LINKTYPE_ETHERNET) continue;
        parsed.records.forEach((rec, i) => {
          expect(theirs(lines[i]), `${p.path} packet ${i + 1}`).toEqual(
            ours(rec.t, rec.data, rec.len ?? rec.data.length),
          );
        });
      }
      // One tshark process per pcap: a scenario with five captures takes seconds on a loaded machine.
    }, 60_000);
  }
  it('checked the pcaps of many scenarios', () => expect(checked).toBeGreaterThanOrEqual(20));
});
