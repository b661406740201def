// How trace sentences name packets and routes.

import type { Route } from '../route/fib.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { ip4ToString } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_FRAG_NEEDED,
  ICMP_REDIRECT,
  ICMP_TIME_EXCEEDED,
  type IcmpPacket,
  type Ipv4Packet,
} from '../wire/packet.ts';
import { describeTcp } from './tcp.ts';
import { describeUdp } from './udp.ts';

/** An ICMP type as a sentence names it ("echo request seq 1", "time exceeded"). */
export function icmpType(icmp: IcmpPacket): TraceMsg {
  switch (icmp.type) {
    case ICMP_ECHOREPLY:
      return msg('icmptype.echo-reply', { seq: icmp.seq });
    case ICMP_ECHO:
      return msg('icmptype.echo-request', { seq: icmp.seq });
    case ICMP_DEST_UNREACH:
      if (icmp.code === ICMP_FRAG_NEEDED) return msg('icmptype.frag-needed', { mtu: icmp.mtu ?? 0 });
      return msg('icmptype.dest-unreach');
    case ICMP_REDIRECT:
      return msg('icmptype.redirect');
    case ICMP_TIME_EXCEEDED:
      return msg('icmptype.time-exceeded');
    default:
      return msg('icmptype.other', { type: icmp.type });
  }
}

/** A packet as a trace sentence names it: "10.0.0.1 → 10.0.0.2 ICMP echo request seq 1", "UDP …". */
export function describePacket(p: Ipv4Packet): TraceMsg {
  const l4 = p.payload;
  if (l4.kind === 'tcp') return describeTcp(p, l4);
  if (l4.kind === 'udp') return describeUdp(p, l4);
  return msg('pkt.icmp', { src: ip4ToString(p.src), dst: ip4ToString(p.dst), type: icmpType(l4) });
}

/**
 * The last quote of each route, with what it was made from: every packet routed quotes its route in
 * the trace, and one shared string per route keeps that from allocating (and from being kept once
 * per trace event). A route's destination, gateway or device may change (a rename), so each is checked.
 */
const briefs = new WeakMap<Route, { dst: number; len: number; gw?: number; dev?: string; text: string }>();

/** A route as a sentence quotes it: "10.0.0.0/24 via 10.0.0.1 dev eth0". */
export function formatRouteBrief(r: Route): string {
  const dev = r.dev?.name;
  const b = briefs.get(r);
  if (b && b.dst === r.dst && b.len === r.len && b.gw === r.gw && b.dev === dev) return b.text;
  const dst = r.len === 0 ? 'default' : `${ip4ToString(r.dst)}/${r.len}`;
  const text = `"${dst}${r.gw ? ` via ${ip4ToString(r.gw)}` : ''}${dev !== undefined ? ` dev ${dev}` : ''}"`;
  briefs.set(r, { dst: r.dst, len: r.len, gw: r.gw, dev, text });
  return text;
}
