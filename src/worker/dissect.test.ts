// The dissector over real bytes from the engine's wire emitters: TCP (ports, seq/ack, flags by name,
// window, each option with its own bytes, a verified checksum), UDP, and the transport header an ICMP
// error quotes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitIpv4 } from '../engine/wire/ipv4.ts';
import { IPPROTO_TCP } from '../engine/wire/packet.ts';
import { Session } from '../shell/session.ts';
import { dissect, tcpFlagNames } from './dissect.ts';
import { Stepping } from './replay.ts';
import type { StepEvent, WireLayer } from './step-api.ts';

const DOCKER0 = readFileSync(new URL('../examples/docker0.sh', import.meta.url), 'utf8');

function probes(): StepEvent[] {
  const steps = new Stepping(new Session({ seed: 1 }), 1);
  steps.run(DOCKER0);
  const from = steps.trace().nextSeq;
  const out = steps.run(
    [
      'ip netns exec c2 nc -lk 80 &',
      'ip netns exec c1 nc -z -v 172.17.0.3 80',
      'ip netns exec c1 nc -z -v 172.17.0.3 81',
      'ip netns exec c1 nc -z -v -u -w 1 172.17.0.3 53',
    ].join('\n'),
  );
  expect(out).toContain('Connection to 172.17.0.3 80 port [tcp/http] succeeded!');
  expect(out).toContain('Connection refused');
  return steps.trace(from).events;
}

const field = (layers: WireLayer[], layer: string, name: string) => {
  const f = layers.find((l) => l.name === layer)?.fields.find((x) => x.name === name);
  if (!f) throw new Error(`no ${layer} / ${name}`);
  return f;
};

describe('dissect: TCP and UDP', () => {
  const events = probes();
  const tx = (summary: RegExp) =>
    events.find((e) => e.kind === 'frame-tx' && summary.test(e.frame!.summary))!;

  it('names every field of a SYN, its options with their byte offsets, and its offloaded checksum', () => {
    const syn = tx(/Flags \[SYN\],/);
    expect(syn.category).toBe('tcp');
    const { bytes, layers } = syn.frame!;
    expect(layers.map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'TCP']);
    expect(field(layers, 'IPv4', 'Protocol').value).toBe('TCP (6)');
    expect(field(layers, 'TCP', 'Destination port')).toMatchObject({
      value: '80 (http)',
      offset: 36,
      length: 2,
    });
    expect(field(layers, 'TCP', 'Flags')).toMatchObject({ value: '0x02 (SYN)', offset: 47, length: 1 });
    expect(field(layers, 'TCP', 'Acknowledgment number').value).toBe('0 (not used: no ACK flag)');
    expect(field(layers, 'TCP', 'Header length').value).toBe('40 bytes (10)');
    // The sending socket leaves the pseudo-header sum for the NIC (CHECKSUM_PARTIAL), as a capture shows.
    expect(field(layers, 'TCP', 'Checksum').value).toMatch(/^0x[0-9a-f]{4} \(partial, checksum offload\)$/);
    // Linux's SYN options (tcp_options_write): MSS, SACK-permitted + timestamps, NOP + window scale.
    const opts = layers[2].fields.filter((f) => f.name.startsWith('Option'));
    expect(opts.map((f) => [f.name, f.offset, f.length])).toEqual([
      ['Option: Maximum segment size', 54, 4],
      ['Option: SACK permitted', 58, 2],
      ['Option: Timestamps', 60, 10],
      ['Option: No-operation #1', 70, 1],
      ['Option: Window scale', 71, 3],
    ]);
    expect([...bytes.subarray(54, 56)]).toEqual([2, 4]);
    expect(opts[0].value).toBe('1460 bytes');
    expect([...bytes.subarray(58, 60)]).toEqual([4, 2]);
    expect([bytes[60], bytes[61]]).toEqual([8, 10]);
    expect([...bytes.subarray(71, 74)]).toEqual([3, 3, 10]);
    expect(opts[4].value).toBe('10 (multiply by 1024)');
    expect(syn.frame!.summary).toMatch(
      /^IP 172\.17\.0\.2\.\d+ > 172\.17\.0\.3\.80: Flags \[SYN\], seq \d+, win \d+, options \[mss 1460,sackOK,TS val \d+ ecr 0,nop,wscale 10\], length 0$/,
    );
  });

  it('shows the SYN|ACK acknowledging the SYN, then the ACK, FIN and the refused port’s RST', () => {
    const syn = tx(/Flags \[SYN\],/);
    const synAck = tx(/Flags \[SYN, ACK\]/);
    const isn = Number(field(syn.frame!.layers, 'TCP', 'Sequence number').value);
    expect(field(synAck.frame!.layers, 'TCP', 'Acknowledgment number').value).toBe(String(isn + 1));
    expect(field(synAck.frame!.layers, 'TCP', 'Flags').value).toBe('0x12 (SYN, ACK)');
    expect(field(tx(/Flags \[ACK\]/).frame!.layers, 'TCP', 'Flags').value).toBe('0x10 (ACK)');
    // Segments after the handshake carry timestamps only (NOP NOP TS).
    const ack = tx(/Flags \[ACK\]/).frame!.layers[2].fields.filter((f) => f.name.startsWith('Option'));
    expect(ack.map((f) => f.name)).toEqual([
      'Option: No-operation #1',
      'Option: No-operation #2',
      'Option: Timestamps',
    ]);
    expect(field(tx(/Flags \[FIN, ACK\]/).frame!.layers, 'TCP', 'Flags').value).toBe('0x11 (FIN, ACK)');
    const rst = tx(/Flags \[RST, ACK\]/);
    expect(field(rst.frame!.layers, 'TCP', 'Source port').value).toBe('81');
    expect(field(rst.frame!.layers, 'TCP', 'Header length').value).toBe('20 bytes (5)');
    // 54 bytes of headers: a veth does not pad to Ethernet's 60-byte minimum (tcpdump says length 54).
    expect(rst.frame!.bytes.length).toBe(54);
    expect(rst.frame!.layers.at(-1)!.name).toBe('TCP');
  });

  it('dissects the UDP probe and the UDP header quoted by the ICMP port unreachable', () => {
    const probe = tx(/UDP, length 1/);
    expect(probe.category).toBe('udp');
    const layers = probe.frame!.layers;
    expect(layers.map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'UDP', 'Data']);
    expect(field(layers, 'UDP', 'Destination port')).toMatchObject({ value: '53 (domain)', offset: 36 });
    expect(field(layers, 'UDP', 'Length').value).toBe('9');
    expect(field(layers, 'UDP', 'Checksum').value).toMatch(/\(partial, checksum offload\)$/);
    const err = tx(/ICMP port unreachable/);
    expect(err.frame!.layers.map((l) => l.name)).toEqual([
      'Ethernet II',
      'IPv4',
      'ICMP',
      'IPv4 (quoted)',
      'UDP (quoted)',
      'Data',
    ]);
    expect(field(err.frame!.layers, 'UDP (quoted)', 'Destination port').value).toBe('53 (domain)');
  });

  it('reads a bare IPv4 packet (NAT steps) and flags a corrupted checksum', () => {
    const seg = {
      kind: 'tcp' as const,
      sport: 40000,
      dport: 80,
      seq: 1,
      ack: 0,
      flags: 0x02,
      window: 64240,
      options: { mss: 1460 },
      dataLen: 0,
    };
    const bytes = emitIpv4({
      kind: 'ipv4',
      src: 0x0a000001,
      dst: 0x0a000002,
      ttl: 64,
      protocol: IPPROTO_TCP,
      id: 1,
      tos: 0,
      payload: seg,
    });
    const ok = dissect(bytes, 'ipv4');
    expect(ok.summary).toBe(
      'IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [SYN], seq 1, win 64240, options [mss 1460], length 0',
    );
    bytes[20 + 16] ^= 0xff;
    expect(field(dissect(bytes, 'ipv4').layers, 'TCP', 'Checksum').value).toMatch(/\(incorrect\)$/);
    expect(tcpFlagNames(0x29)).toEqual(['FIN', 'PSH', 'URG']);
  });
});

describe('dissect: VXLAN', () => {
  it('shows the outer headers, the VXLAN header and the inner frame, each field at its bytes', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(readFileSync(new URL('../examples/vxlan-overlay.sh', import.meta.url), 'utf8'));
    const encap = steps.trace(0).events.find((e) => e.code === 'vxlan.encap' && e.frame);
    // The encapsulating step carries the inner frame; the underlay's transmit carries the outer one.
    const outer = steps
      .trace(0)
      .events.find(
        (e) => e.dev === 'eth0' && e.ns === 'node1' && e.frame?.summary.includes('VXLAN, vni 100'),
      );
    expect(encap).toBeDefined();
    expect(outer).toBeDefined();
    const names = outer!.frame!.layers.map((l) => l.name);
    expect(names).toEqual([
      'Ethernet II',
      'IPv4',
      'UDP',
      'VXLAN (port: IANA)',
      'Ethernet II (inner)',
      expect.stringMatching(/^(ARP|IPv4) \(inner\)$/),
      ...names.slice(6),
    ]);
    const vni = field(outer!.frame!.layers, 'VXLAN (port: IANA)', 'VXLAN Network Identifier (VNI)');
    expect(vni).toMatchObject({ value: '100', offset: 14 + 20 + 8 + 4, length: 3 });
    expect(field(outer!.frame!.layers, 'UDP', 'Destination port').value).toMatch(/4789/);
    expect(field(outer!.frame!.layers, 'Ethernet II (inner)', 'Source').offset).toBe(14 + 20 + 8 + 8 + 6);
  });
});
