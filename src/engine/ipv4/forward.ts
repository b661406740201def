// IPv4 forwarding (net/ipv4/ip_forward.c ip_forward): TTL check and decrement, FORWARD and
// POSTROUTING, then the next hop's neighbour.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import type { NfCtx } from '../netfilter/netfilter.ts';
import type { Route } from '../route/fib.ts';
import { msg } from '../trace/messages.ts';
import { ip4ToString } from '../wire/addr.ts';
import { ICMP_TIME_EXCEEDED, type Ipv4Packet } from '../wire/packet.ts';
import { describePacket, formatRouteBrief } from './describe.ts';
import { icmpSend } from './icmp.ts';
import { neighOutput } from './output.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

/** ip_forward. */
export function ipForward(
  st: Ipv4Stack,
  inDev: Device,
  pkt: Ipv4Packet,
  r: Route,
  skb: Skb,
  ctx: NfCtx | undefined,
): void {
  if (pkt.ttl <= 1) {
    st.world.trace(
      st.ns,
      'drop',
      () => msg('ip.ttl-exceeded', { pkt: describePacket(pkt), src: ip4ToString(pkt.src) }),
      skb,
      inDev,
    );
    icmpSend(st, pkt, ICMP_TIME_EXCEEDED, 0, inDev, skb.packetId);
    return;
  }
  const out = { ...pkt, ttl: pkt.ttl - 1 };
  const dev = r.dev!;
  const nh = r.gw ?? pkt.dst;
  st.world.trace(
    st.ns,
    'forward',
    () =>
      msg('ip.forward', {
        pkt: describePacket(pkt),
        route: formatRouteBrief(r),
        dev: dev.name,
        via: r.gw ? msg('ip.forward-via', { gw: ip4ToString(r.gw) }) : '',
        ttl: pkt.ttl,
        newTtl: pkt.ttl - 1,
      }),
    skb,
    inDev,
  );
  const v = st.ns.nf.forward(out, inDev, dev, ctx);
  if (verdictDropped(st, v, out, inDev, skb, 'FORWARD')) return;
  const posted = st.ns.nf.postrouting(out, dev, nh, ctx);
  if (!posted) {
    st.world.trace(
      st.ns,
      'drop',
      () => msg('ip.mangle-postrouting-drop', { pkt: describePacket(out) }),
      skb,
      dev,
    );
    return;
  }
  neighOutput(st, dev, nh, posted, skb.packetId);
}
