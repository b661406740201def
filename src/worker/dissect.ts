// A small Wireshark: names every header field of a frame's real bytes, with its offset, so the packet
// view can show layers and highlight bytes: Ethernet, ARP, IPv4, ICMP (with the quoted packet of an
// error), UDP and TCP with its options. It reads the bytes the engine's wire emitters produce rather
// than the engine's packet objects, so what it shows is what a capture would hold.

import { offloadChecksum, pseudoHeaderSum } from '../engine/wire/checksum.ts';
import type { WireField, WireLayer } from './step-api.ts';

const ETHERTYPES: Record<number, string> = { 2048: 'IPv4', 2054: 'ARP', 34525: 'IPv6' };
const PROTOCOLS: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP' };
const ICMP_TYPES: Record<number, string> = {
  0: 'Echo (ping) reply',
  3: 'Destination unreachable',
  5: 'Redirect',
  8: 'Echo (ping) request',
  11: 'Time-to-live exceeded',
};
const UNREACH_CODES: Record<number, string> = {
  0: 'Network unreachable',
  1: 'Host unreachable',
  3: 'Port unreachable',
  4: 'Fragmentation needed',
};

const hex = (n: number, digits: number) => `0x${n.toString(16).padStart(digits, '0')}`;
const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
const ip = (b: Uint8Array, o: number) => `${b[o]}.${b[o + 1]}.${b[o + 2]}.${b[o + 3]}`;
const mac = (b: Uint8Array, o: number) =>
  Array.from(b.subarray(o, o + 6), (x) => x.toString(16).padStart(2, '0')).join(':');
const named = (names: Record<number, string>, n: number, text = String(n)) =>
  names[n] ? `${names[n]} (${text})` : text;

class LayerBuilder {
  readonly fields: WireField[] = [];
  constructor(
    readonly name: string,
    readonly offset: number,
  ) {}
  add(name: string, value: string, at: number, length: number): this {
    this.fields.push({ name, value, offset: this.offset + at, length });
    return this;
  }
  done(length: number): WireLayer {
    return { name: this.name, offset: this.offset, length, fields: this.fields };
  }
}

export interface Dissection {
  layers: WireLayer[];
  summary: string;
}

/** Dissects an Ethernet frame (`from: 'eth'`) or a bare IPv4 packet (`from: 'ipv4'`, as NAT steps carry). */
export function dissect(bytes: Uint8Array, from: 'eth' | 'ipv4' = 'eth'): Dissection {
  const layers: WireLayer[] = [];
  const summary = from === 'eth' ? ethernet(bytes, layers) : ipv4(bytes, 0, bytes.length, layers);
  return { layers, summary };
}

function ethernet(b: Uint8Array, out: WireLayer[]): string {
  if (b.length < 14) return 'truncated frame';
  const type = u16(b, 12);
  out.push(
    new LayerBuilder('Ethernet II', 0)
      .add('Destination', mac(b, 0), 0, 6)
      .add('Source', mac(b, 6), 6, 6)
      .add('Type', named(ETHERTYPES, type, hex(type, 4)), 12, 2)
      .done(14),
  );
  let end = b.length;
  let summary = `ethertype ${hex(type, 4)}`;
  if (type === 0x0806 && b.length >= 42) {
    summary = arp(b, 14, out);
    end = 42;
  } else if (type === 0x0800 && b.length >= 34) {
    end = Math.min(b.length, 14 + u16(b, 16));
    summary = ipv4(b, 14, end, out);
  }
  if (end < b.length) out.push(padding(b, end));
  return summary;
}

function padding(b: Uint8Array, at: number): WireLayer {
  const l = new LayerBuilder('Padding', at).add(
    'Padding',
    `${b.length - at} bytes (Ethernet minimum is 60)`,
    0,
    b.length - at,
  );
  return l.done(b.length - at);
}

function arp(b: Uint8Array, o: number, out: WireLayer[]): string {
  const op = u16(b, o + 6);
  const opName = op === 1 ? 'request' : op === 2 ? 'reply' : 'unknown';
  out.push(
    new LayerBuilder('ARP', o)
      .add('Hardware type', named({ 1: 'Ethernet' }, u16(b, o)), 0, 2)
      .add('Protocol type', named(ETHERTYPES, u16(b, o + 2), hex(u16(b, o + 2), 4)), 2, 2)
      .add('Hardware size', String(b[o + 4]), 4, 1)
      .add('Protocol size', String(b[o + 5]), 5, 1)
      .add('Opcode', `${opName} (${op})`, 6, 2)
      .add('Sender MAC address', mac(b, o + 8), 8, 6)
      .add('Sender IP address', ip(b, o + 14), 14, 4)
      .add('Target MAC address', mac(b, o + 18), 18, 6)
      .add('Target IP address', ip(b, o + 24), 24, 4)
      .done(28),
  );
  return op === 1
    ? `ARP, Request who-has ${ip(b, o + 24)} tell ${ip(b, o + 14)}`
    : `ARP, Reply ${ip(b, o + 14)} is-at ${mac(b, o + 8)}`;
}

function ipv4(b: Uint8Array, o: number, end: number, out: WireLayer[], quoted = false): string {
  const ihl = (b[o] & 15) * 4;
  const flags = u16(b, o + 6);
  const flagNames = [flags & 0x4000 ? 'DF' : '', flags & 0x2000 ? 'MF' : ''].filter(Boolean).join(', ');
  const proto = b[o + 9];
  out.push(
    new LayerBuilder(quoted ? 'IPv4 (quoted)' : 'IPv4', o)
      .add('Version', String(b[o] >> 4), 0, 1)
      .add('Header length', `${ihl} bytes`, 0, 1)
      .add('Type of service', hex(b[o + 1], 2), 1, 1)
      .add('Total length', String(u16(b, o + 2)), 2, 2)
      .add('Identification', `${hex(u16(b, o + 4), 4)} (${u16(b, o + 4)})`, 4, 2)
      .add('Flags', `${hex(flags >> 13, 1)}${flagNames ? ` (${flagNames})` : ''}`, 6, 2)
      .add('Fragment offset', String(flags & 0x1fff), 6, 2)
      .add('Time to live', String(b[o + 8]), 8, 1)
      .add('Protocol', named(PROTOCOLS, proto), 9, 1)
      .add('Header checksum', hex(u16(b, o + 10), 4), 10, 2)
      .add('Source address', ip(b, o + 12), 12, 4)
      .add('Destination address', ip(b, o + 16), 16, 4)
      .done(ihl),
  );
  const src = ip(b, o + 12);
  const dst = ip(b, o + 16);
  const p = o + ihl;
  if (p >= end) return `IP ${src} > ${dst}`;
  // An ICMP error quotes only the first 8 bytes of the transport header: ports (and TCP's sequence).
  const pseudo = quoted ? undefined : { src: u32(b, o + 12), dst: u32(b, o + 16) };
  if (proto === 1 && !quoted) return `IP ${src} > ${dst}: ${icmp(b, p, end, out)}`;
  if (proto === 1 && end - p >= 8) {
    // The quoted echo an error is about: type, code and its identifier and sequence.
    out.push(
      new LayerBuilder('ICMP (quoted)', p)
        .add('Type', named(ICMP_TYPES, b[p]), 0, 1)
        .add('Code', String(b[p + 1]), 1, 1)
        .add('Checksum', hex(u16(b, p + 2), 4), 2, 2)
        .add('Identifier', `${hex(u16(b, p + 4), 4)} (${u16(b, p + 4)})`, 4, 2)
        .add('Sequence number', String(u16(b, p + 6)), 6, 2)
        .done(8),
    );
    if (end > p + 8) out.push(data(p + 8, end));
    return `IP ${src} > ${dst}: ICMP type ${b[p]}`;
  }
  if (proto === 17 && end - p >= 8)
    return `IP ${src}.${u16(b, p)} > ${dst}.${u16(b, p + 2)}: ${udp(b, p, end, out, pseudo)}`;
  if (proto === 6 && end - p >= 8)
    return `IP ${src}.${u16(b, p)} > ${dst}.${u16(b, p + 2)}: ${tcp(b, p, end, out, pseudo)}`;
  out.push(data(p, end));
  return `IP ${src} > ${dst}: protocol ${proto}`;
}

function data(o: number, end: number): WireLayer {
  return new LayerBuilder('Data', o).add('Data', `${end - o} bytes`, 0, end - o).done(end - o);
}

function icmp(b: Uint8Array, o: number, end: number, out: WireLayer[]): string {
  const type = b[o];
  const code = b[o + 1];
  const l = new LayerBuilder('ICMP', o)
    .add('Type', named(ICMP_TYPES, type), 0, 1)
    .add('Code', type === 3 ? named(UNREACH_CODES, code) : String(code), 1, 1)
    .add('Checksum', hex(u16(b, o + 2), 4), 2, 2);
  if (type === 0 || type === 8) {
    l.add('Identifier', `${hex(u16(b, o + 4), 4)} (${u16(b, o + 4)})`, 4, 2);
    l.add('Sequence number', String(u16(b, o + 6)), 6, 2);
    if (end > o + 8) l.add('Data', `${end - o - 8} bytes`, 8, end - o - 8);
    out.push(l.done(end - o));
    return `ICMP echo ${type === 8 ? 'request' : 'reply'}, id ${u16(b, o + 4)}, seq ${u16(b, o + 6)}, length ${end - o}`;
  }
  l.add('Unused', hex(u32(b, o + 4), 8), 4, 4);
  out.push(l.done(8));
  // An error quotes the offending packet's header and first 8 bytes of its payload.
  if (end >= o + 28) ipv4(b, o + 8, end, out, true);
  const what = type === 3 ? (UNREACH_CODES[code] ?? `code ${code}`).toLowerCase() : ICMP_TYPES[type];
  return `ICMP ${what ?? `type ${type}`}, length ${end - o}`;
}

/** Addresses for the pseudo-header checksum; absent for a header quoted (truncated) in an ICMP error. */
interface Pseudo {
  src: number;
  dst: number;
}

/** "0x1c2d (correct)": the segment's checksum verified over the IPv4 pseudo-header, as Wireshark does. */
function checksum(b: Uint8Array, o: number, end: number, at: number, proto: number, pseudo?: Pseudo): string {
  const value = hex(u16(b, o + at), 4);
  if (!pseudo) return value;
  const ok = pseudoHeaderSum(b.subarray(o, end), pseudo.src, pseudo.dst, proto) === 0;
  // A socket's segment carries only the pseudo-header sum until a NIC completes it (CHECKSUM_PARTIAL).
  const partial = !ok && u16(b, o + at) === offloadChecksum(pseudo.src, pseudo.dst, proto, end - o);
  return `${value} (${ok ? 'correct' : partial ? 'partial, checksum offload' : 'incorrect'})`;
}

function udp(b: Uint8Array, o: number, end: number, out: WireLayer[], pseudo?: Pseudo): string {
  out.push(
    new LayerBuilder(pseudo ? 'UDP' : 'UDP (quoted)', o)
      .add('Source port', port(u16(b, o), 'udp'), 0, 2)
      .add('Destination port', port(u16(b, o + 2), 'udp'), 2, 2)
      .add('Length', String(u16(b, o + 4)), 4, 2)
      .add('Checksum', checksum(b, o, end, 6, 17, pseudo), 6, 2)
      .done(8),
  );
  const sport = u16(b, o);
  const dport = u16(b, o + 2);
  const vxlanPort = VXLAN_PORTS[dport] ?? VXLAN_PORTS[sport];
  if (pseudo && vxlanPort && end - o >= 8 + 8 + 14) return `UDP, ${vxlan(b, o + 8, end, out, vxlanPort)}`;
  if (end > o + 8) out.push(data(o + 8, end));
  return `UDP, length ${Math.max(0, (pseudo ? end : o + u16(b, o + 4)) - o - 8)}`;
}

/** UDP ports whose payload is VXLAN: IANA's, and the one Linux uses by default. */
const VXLAN_PORTS: Record<number, string> = { 4789: 'IANA', 8472: "Linux's default" };

/** RFC 7348's header, then the frame it carries, its layers marked "(inner)". */
function vxlan(b: Uint8Array, o: number, end: number, out: WireLayer[], portNote: string): string {
  const flags = b[o];
  const vni = (b[o + 4] << 16) | (b[o + 5] << 8) | b[o + 6];
  out.push(
    new LayerBuilder(`VXLAN (port: ${portNote})`, o)
      .add('Flags', `${hex(flags, 2)}${flags & 0x08 ? ' (I: VNI valid)' : ''}`, 0, 1)
      .add('Reserved', hex((b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3], 6), 1, 3)
      .add('VXLAN Network Identifier (VNI)', String(vni), 4, 3)
      .add('Reserved', hex(b[o + 7], 2), 7, 1)
      .done(8),
  );
  const inner: WireLayer[] = [];
  const summary = ethernet(b.subarray(o + 8, end), inner);
  const at = o + 8;
  for (const l of inner)
    out.push({
      ...l,
      name: `${l.name} (inner)`,
      offset: l.offset + at,
      fields: l.fields.map((f) => ({ ...f, offset: f.offset + at })),
    });
  return `VXLAN, vni ${vni}: ${summary}`;
}

/** Well-known ports a learner meets in the lab, named as /etc/services names them. */
const SERVICES: Record<string, string> = {
  'tcp/22': 'ssh',
  'tcp/53': 'domain',
  'tcp/80': 'http',
  'tcp/443': 'https',
  'tcp/8080': 'http-alt',
  'udp/53': 'domain',
  'udp/67': 'bootps',
  'udp/68': 'bootpc',
  'udp/123': 'ntp',
  'udp/4789': 'vxlan',
};

const port = (n: number, proto: 'tcp' | 'udp') => {
  const name = SERVICES[`${proto}/${n}`];
  return name ? `${n} (${name})` : String(n);
};

/** The flag bits of byte 13, low to high (RFC 9293; ECE and CWR from RFC 3168). */
const TCP_FLAGS = ['FIN', 'SYN', 'RST', 'PSH', 'ACK', 'URG', 'ECE', 'CWR'];

export function tcpFlagNames(bits: number): string[] {
  return TCP_FLAGS.filter((_, i) => bits & (1 << i));
}

/**
 * The options between the fixed header and the data (tcp_options_write's layout on Linux: MSS,
 * SACK-permitted folded with timestamps, NOP + window scale), each as a field with its own bytes.
 * Returns the summary's option list, tcpdump-style.
 */
function tcpOptions(b: Uint8Array, from: number, to: number, l: LayerBuilder): string[] {
  const summary: string[] = [];
  let nop = 0;
  for (let i = from; i < to; ) {
    const at = i - l.offset;
    const kind = b[i];
    if (kind === 0) {
      l.add('Option: End of list', 'EOL', at, to - i);
      summary.push('eol');
      break;
    }
    if (kind === 1) {
      l.add(`Option: No-operation #${++nop}`, 'NOP (padding)', at, 1);
      summary.push('nop');
      i++;
      continue;
    }
    const len = b[i + 1];
    if (len < 2 || i + len > to) {
      l.add('Option: malformed', `kind ${kind}`, at, to - i);
      break;
    }
    if (kind === 2 && len === 4) {
      l.add('Option: Maximum segment size', `${u16(b, i + 2)} bytes`, at, 4);
      summary.push(`mss ${u16(b, i + 2)}`);
    } else if (kind === 3 && len === 3) {
      l.add('Option: Window scale', `${b[i + 2]} (multiply by ${2 ** b[i + 2]})`, at, 3);
      summary.push(`wscale ${b[i + 2]}`);
    } else if (kind === 4 && len === 2) {
      l.add('Option: SACK permitted', 'yes', at, 2);
      summary.push('sackOK');
    } else if (kind === 8 && len === 10) {
      l.add('Option: Timestamps', `TSval ${u32(b, i + 2)}, TSecr ${u32(b, i + 6)}`, at, 10);
      summary.push(`TS val ${u32(b, i + 2)} ecr ${u32(b, i + 6)}`);
    } else {
      l.add(`Option: kind ${kind}`, `${len} bytes`, at, len);
      summary.push(`unknown-${kind}`);
    }
    i += len;
  }
  return summary;
}

function tcp(b: Uint8Array, o: number, end: number, out: WireLayer[], pseudo?: Pseudo): string {
  const l = new LayerBuilder(pseudo ? 'TCP' : 'TCP (quoted)', o)
    .add('Source port', port(u16(b, o), 'tcp'), 0, 2)
    .add('Destination port', port(u16(b, o + 2), 'tcp'), 2, 2)
    .add('Sequence number', String(u32(b, o + 4)), 4, 4);
  const seq = u32(b, o + 4);
  if (!pseudo || end - o < 20) {
    out.push(l.done(8));
    return `Flags [?], seq ${seq}`;
  }
  const off = (b[o + 12] >> 4) * 4;
  const bits = b[o + 13];
  const flags = tcpFlagNames(bits);
  const ack = u32(b, o + 8);
  const window = u16(b, o + 14);
  l.add('Acknowledgment number', bits & 0x10 ? String(ack) : `${ack} (not used: no ACK flag)`, 8, 4)
    .add('Header length', `${off} bytes (${off >> 2})`, 12, 1)
    .add('Flags', `${hex(bits, 2)} (${flags.join(', ') || 'none'})`, 13, 1)
    .add('Window', String(window), 14, 2)
    .add('Checksum', checksum(b, o, end, 16, 6, pseudo), 16, 2)
    .add('Urgent pointer', String(u16(b, o + 18)), 18, 2);
  const options = off > 20 ? tcpOptions(b, o + 20, Math.min(o + off, end), l) : [];
  out.push(l.done(off));
  if (end > o + off) out.push(data(o + off, end));
  const parts = [`Flags [${flags.join(', ')}]`, `seq ${seq}`];
  if (bits & 0x10) parts.push(`ack ${ack}`);
  parts.push(`win ${window}`);
  if (options.length) parts.push(`options [${options.join(',')}]`);
  parts.push(`length ${Math.max(0, end - o - off)}`);
  return parts.join(', ');
}

/** Fields whose value differs between two dissections of the same packet (matched by layer and name). */
export function fieldChanges(
  before: WireLayer[],
  after: WireLayer[],
): { layer: string; name: string; old: string; new: string }[] {
  const old = new Map<string, string>();
  for (const l of before) for (const f of l.fields) old.set(`${l.name}\u0000${f.name}`, f.value);
  const out: { layer: string; name: string; old: string; new: string }[] = [];
  for (const l of after)
    for (const f of l.fields) {
      const was = old.get(`${l.name}\u0000${f.name}`);
      if (was !== undefined && was !== f.value)
        out.push({ layer: l.name, name: f.name, old: was, new: f.value });
    }
  return out;
}
