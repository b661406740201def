import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLab } from '../../worker/lab.ts';
import type { StepEvent, WireLayer } from '../../worker/step-api.ts';
import { packetTag } from './packet.ts';
import { outerLayers, tunnelOf } from './tunnel.ts';

// Flannel's VXLAN backend as the kernel scenario builds it, and what tcpdump -e -v printed on node2's
// underlay when pod1 pinged pod2 (conformance/scenarios/vx05-flannel-vxlan.*, recorded on the kernel).
const DIR = join(import.meta.dirname, '../../../conformance/scenarios');
const script = readFileSync(join(DIR, 'vx05-flannel-vxlan.sh'), 'utf8');
const SETUP = script.slice(0, script.indexOf('ip -n node1 -d link show'));
const golden = readFileSync(join(DIR, 'vx05-flannel-vxlan.kernel.txt'), 'utf8');
const captured = golden.slice(golden.indexOf('$ cat otv-v.txt\n')).split('\n').slice(1, 5);

/** The kernel's capture of the first request on node2's eth0, field by field. */
function kernelCapture() {
  const outer =
    /^\S+ (\S+) > (\S+), ethertype IPv4 \(0x0800\), length (\d+): \(tos 0x0, ttl (\d+), id \d+, offset 0, flags \[(\w+)\], proto UDP \(17\), length (\d+)\)$/.exec(
      captured[0],
    );
  const udp = /^\s+(\S+)\.(\d+) > (\S+)\.(\d+): OTV, flags \[I\] \((0x08)\), overlay 0, instance (\d+)$/.exec(
    captured[1],
  );
  const inner =
    /^(\S+) > (\S+), ethertype IPv4 \(0x0800\), length (\d+): \(tos 0x0, ttl (\d+), id \d+, offset 0, flags \[(\w+)\], proto ICMP \(1\), length (\d+)\)$/.exec(
      captured[2],
    );
  const icmp = /^\s+(\S+) > (\S+): ICMP echo request/.exec(captured[3]);
  if (!outer || !udp || !inner || !icmp) throw new Error(`unexpected capture:\n${captured.join('\n')}`);
  return { outer, udp, inner, icmp };
}

const field = (layers: WireLayer[], layer: string, name: string) =>
  layers.find((l) => l.name === layer)?.fields.find((f) => f.name === name)?.value;

async function pinged(): Promise<StepEvent[]> {
  const lab = createLab();
  await lab.run(SETUP);
  const before = await lab.trace();
  await lab.run('ip netns exec pod1 ping -c 1 10.244.1.2');
  return (await lab.trace(before.nextSeq)).events;
}

describe('the packet of a VXLAN step', () => {
  it('encapsulating, shows the outer headers and the inner frame as the kernel put them on the wire', async () => {
    const events = await pinged();
    const at = events.findIndex((e) => e.code === 'vxlan.encap' && e.ns === 'node1');
    expect(at).toBeGreaterThan(0);
    // The event itself carries the inner frame; the step shows the datagram it becomes.
    expect(events[at].frame?.layers.map((l) => l.name)).toEqual(['Ethernet II', 'IPv4', 'ICMP']);
    const tunnel = tunnelOf(events, at)!;
    expect(tunnel.role).toBe('encap');
    expect(tunnel.at.ns).toBe('node1');
    expect(tunnel.at.dev).toBe('eth0');
    const { layers, bytes } = tunnel.frame;
    expect(layers.map((l) => l.name)).toEqual([
      'Ethernet II',
      'IPv4',
      'UDP',
      "VXLAN (port: Linux's default)",
      'Ethernet II (inner)',
      'IPv4 (inner)',
      'ICMP (inner)',
    ]);
    expect([...outerLayers(layers)].map((l) => l.name)).toEqual(layers.slice(0, 4).map((l) => l.name));
    const k = kernelCapture();
    // Outer Ethernet: the underlay's two MACs; the frame's length.
    expect(field(layers, 'Ethernet II', 'Source')).toBe(k.outer[1]);
    expect(field(layers, 'Ethernet II', 'Destination')).toBe(k.outer[2]);
    expect(bytes.length).toBe(Number(k.outer[3]));
    // Outer IPv4 between the VTEPs: TTL, no DF (flags [none]), its length.
    expect(field(layers, 'IPv4', 'Time to live')).toBe(k.outer[4]);
    expect(k.outer[5]).toBe('none');
    expect(field(layers, 'IPv4', 'Flags')).toBe('0x0');
    expect(field(layers, 'IPv4', 'Total length')).toBe(k.outer[6]);
    expect(field(layers, 'IPv4', 'Source address')).toBe(k.udp[1]);
    expect(field(layers, 'IPv4', 'Destination address')).toBe(k.udp[3]);
    // UDP: the device's dstport; the source port a flow hash in the ephemeral range (the kernel's is
    // per boot, so only its range is compared).
    expect(field(layers, 'UDP', 'Destination port')).toBe(k.udp[4]);
    const sport = Number(field(layers, 'UDP', 'Source port'));
    expect(sport).toBeGreaterThanOrEqual(32768);
    expect(sport).toBeLessThanOrEqual(60999);
    // VXLAN: flags 0x08 (I), the VNI.
    expect(field(layers, "VXLAN (port: Linux's default)", 'Flags')).toBe(`${k.udp[5]} (I: VNI valid)`);
    expect(field(layers, "VXLAN (port: Linux's default)", 'VXLAN Network Identifier (VNI)')).toBe(k.udp[6]);
    // The inner frame: the two flannel.1 MACs, TTL 63 after node1's routing, DF, the pods' addresses.
    expect(field(layers, 'Ethernet II (inner)', 'Source')).toBe(k.inner[1]);
    expect(field(layers, 'Ethernet II (inner)', 'Destination')).toBe(k.inner[2]);
    expect(field(layers, 'IPv4 (inner)', 'Time to live')).toBe(k.inner[4]);
    expect(k.inner[5]).toBe('DF');
    expect(field(layers, 'IPv4 (inner)', 'Flags')).toBe('0x2 (DF)');
    expect(field(layers, 'IPv4 (inner)', 'Total length')).toBe(k.inner[6]);
    expect(field(layers, 'IPv4 (inner)', 'Source address')).toBe(k.icmp[1]);
    expect(field(layers, 'IPv4 (inner)', 'Destination address')).toBe(k.icmp[2]);
    expect(field(layers, 'ICMP (inner)', 'Type')).toBe('Echo (ping) request (8)');
    // The envelope on the canvas names the tunnel and its VTEPs.
    expect(packetTag(tunnel.frame)).toEqual({
      proto: 'udp',
      title: { key: 'envelope.vxlan', params: { vni: '1' } },
      detail: `${k.udp[1]} → ${k.udp[3]}`,
    });
  });

  it('decapsulating, shows the frame as it arrived, whose outer layers the step strips', async () => {
    const events = await pinged();
    const at = events.findIndex((e) => e.code === 'vxlan.decap' && e.ns === 'node2');
    const tunnel = tunnelOf(events, at)!;
    expect(tunnel.role).toBe('decap');
    expect(tunnel.at.seq).toBeLessThan(events[at].seq);
    expect(tunnel.at.dev).toBe('eth0');
    const k = kernelCapture();
    expect(field(tunnel.frame.layers, 'Ethernet II', 'Source')).toBe(k.outer[1]);
    expect([...outerLayers(tunnel.frame.layers)].map((l) => l.name)).toEqual([
      'Ethernet II',
      'IPv4',
      'UDP',
      "VXLAN (port: Linux's default)",
    ]);
    // The reply is encapsulated with the same source port: the flow hash is symmetric, as the kernel's
    // capture shows (both directions from 49954 there).
    const reply = tunnelOf(
      events,
      events.findIndex((e) => e.code === 'vxlan.encap' && e.ns === 'node2'),
    )!;
    expect(field(reply.frame.layers, 'UDP', 'Source port')).toBe(
      field(tunnel.frame.layers, 'UDP', 'Source port'),
    );
    expect(golden).toMatch(
      /192\.168\.50\.1\.(\d+) > 192\.168\.50\.2\.8472[^\n]*\n[^\n]*\n[^\n]*192\.168\.50\.2\.\1 > /,
    );
  });

  it('is nothing for a step that is not a VXLAN one', async () => {
    const events = await pinged();
    const plain = events.findIndex((e) => e.kind === 'frame-tx' && e.ns === 'pod1');
    expect(tunnelOf(events, plain)).toBeUndefined();
  });
});
