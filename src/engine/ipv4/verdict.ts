// A netfilter verdict at an IPv4 hook: DROP is traced, REJECT answers as ipt_REJECT does
// (nf_reject_ipv4.c: nf_send_reset, nf_send_unreach).

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import type { Verdict } from '../netfilter/netfilter.ts';
import { msg } from '../trace/messages.ts';
import { ICMP_DEST_UNREACH, type Ipv4Packet, TCP_RST } from '../wire/packet.ts';
import { describePacket } from './describe.ts';
import { icmpSend } from './icmp.ts';
import type { Ipv4Stack } from './stack.ts';

/** REJECT --reject-with names and their ICMP destination-unreachable codes. */
const REJECT_CODES: Record<string, number> = {
  'icmp-net-unreachable': 0,
  'icmp-host-unreachable': 1,
  'icmp-proto-unreachable': 2,
  'icmp-port-unreachable': 3,
  'icmp-net-prohibited': 9,
  'icmp-host-prohibited': 10,
  'icmp-admin-prohibited': 13,
};

/** Handles a netfilter DROP or REJECT; returns true when the packet must go no further. */
export function verdictDropped(
  st: Ipv4Stack,
  v: Verdict,
  pkt: Ipv4Packet,
  dev: Device,
  skb: Skb | undefined,
  hook: string,
): boolean {
  if (v.verdict === 'accept') return false;
  const w = st.world;
  if (v.verdict === 'drop') {
    w.trace(st.ns, 'drop', w.tracing ? msg('nf.drop', { hook, pkt: describePacket(pkt) }) : '', skb, dev);
    return true;
  }
  w.trace(
    st.ns,
    'drop',
    w.tracing ? msg('nf.reject', { hook, with: v.with, pkt: describePacket(pkt) }) : '',
    skb,
    dev,
  );
  if (v.with === 'tcp-reset') {
    // nf_send_reset: a RST as if from the destination (never in answer to a RST).
    if (pkt.payload.kind === 'tcp' && !(pkt.payload.flags & TCP_RST))
      st.tcp.sendReset(pkt, pkt.payload, true);
    return true;
  }
  icmpSend(
    st,
    pkt,
    ICMP_DEST_UNREACH,
    REJECT_CODES[v.with] ?? 3,
    dev,
    skb?.packetId ?? st.world.newPacketId(),
    {},
    true,
  );
  return true;
}
