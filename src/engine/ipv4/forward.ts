// IPv4 forwarding (net/ipv4/ip_forward.c ip_forward): TTL check, the MTU check of a DF packet
// (Fragmentation needed), TTL decrement, a redirect when the packet leaves by the link it came in on
// (route.c ip_rt_send_redirect), FORWARD and POSTROUTING, then the next hop's neighbour, in
// fragments when it does not fit.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import type { NfCtx } from '../netfilter/netfilter.ts';
import type { Route } from '../route/fib.ts';
import { msg } from '../trace/messages.ts';
import { type Ip4, ip4ToString } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_FRAG_NEEDED,
  ICMP_REDIR_HOST,
  ICMP_REDIRECT,
  ICMP_TIME_EXCEEDED,
  type Ipv4Packet,
  ipv4Length,
} from '../wire/packet.ts';
import { describePacket, formatRouteBrief } from './describe.ts';
import { fragment } from './fragment.ts';
import { icmpSend } from './icmp.ts';
import { fragmentFor, neighOutput } from './output.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

/** How the input route left the packet (ip_route_input_slow): its gateway and the redirect flag. */
export interface ForwardInfo {
  gw?: Ip4;
  redirect: boolean;
  /** IPCB frag_max_size: the largest fragment a reassembled packet came in. */
  fragMax?: number;
}

/** ip_forward. */
export function ipForward(
  st: Ipv4Stack,
  inDev: Device,
  pkt: Ipv4Packet,
  r: Route,
  skb: Skb,
  ctx: NfCtx | undefined,
  info: ForwardInfo = { gw: r.gw, redirect: false },
): void {
  const w = st.world;
  if (pkt.ttl <= 1) {
    w.trace(
      st.ns,
      'drop',
      w.tracing ? msg('ip.ttl-exceeded', { pkt: describePacket(pkt), src: ip4ToString(pkt.src) }) : '',
      skb,
      inDev,
    );
    icmpSend(st, pkt, ICMP_TIME_EXCEEDED, 0, inDev, skb.packetId);
    return;
  }
  const dev = r.dev!;
  // ip_dst_mtu_maybe_forward: the route's mtu, else the device's (a learned PMTU is for local senders).
  let mtu = r.mtu ?? dev.mtu;
  const size = info.fragMax ?? ipv4Length(pkt);
  if (pkt.df && size > mtu) {
    w.trace(
      st.ns,
      'drop',
      w.tracing
        ? msg('ip.frag-needed', { pkt: describePacket(pkt), dev: dev.name, mtu, src: ip4ToString(pkt.src) })
        : '',
      skb,
      inDev,
    );
    icmpSend(st, pkt, ICMP_DEST_UNREACH, ICMP_FRAG_NEEDED, inDev, skb.packetId, { mtu });
    return;
  }
  if (info.fragMax) mtu = Math.min(mtu, info.fragMax);
  const out = { ...pkt, ttl: pkt.ttl - 1 };
  const nh = info.gw ?? pkt.dst;
  if (info.redirect && st.peers.redirectAllow(pkt.src, st.world.clock.now)) {
    w.trace(
      st.ns,
      'icmp',
      w.tracing
        ? msg('icmp.redirect-sent', {
            pkt: describePacket(pkt),
            dev: dev.name,
            gw: ip4ToString(nh),
            src: ip4ToString(pkt.src),
          })
        : '',
      skb,
      inDev,
    );
    icmpSend(st, out, ICMP_REDIRECT, ICMP_REDIR_HOST, inDev, skb.packetId, { gw: nh });
  }
  w.trace(
    st.ns,
    'forward',
    w.tracing
      ? msg('ip.forward', {
          pkt: describePacket(pkt),
          route: formatRouteBrief(r),
          dev: dev.name,
          via: r.gw ? msg('ip.forward-via', { gw: ip4ToString(r.gw) }) : '',
          ttl: pkt.ttl,
          newTtl: pkt.ttl - 1,
        })
      : '',
    skb,
    inDev,
  );
  const v = st.ns.nf.forward(out, inDev, dev, ctx);
  if (verdictDropped(st, v, out, inDev, skb, 'FORWARD')) return;
  const posted = st.ns.nf.postrouting(out, dev, nh, ctx);
  if (!posted) {
    w.trace(
      st.ns,
      'drop',
      w.tracing ? msg('ip.mangle-postrouting-drop', { pkt: describePacket(out) }) : '',
      skb,
      dev,
    );
    return;
  }
  // Fragments are cut after POSTROUTING (ip_finish_output); a reassembled packet leaves in pieces no
  // larger than it came in. Most packets fit: they go as they are, without a list of one.
  if (ipv4Length(posted) <= mtu) {
    neighOutput(st, dev, nh, posted, skb.packetId);
    return;
  }
  for (const piece of info.fragMax ? fragment(posted, mtu) : fragmentFor(st, posted, mtu, dev))
    neighOutput(st, dev, nh, piece, skb.packetId);
}
