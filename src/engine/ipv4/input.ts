// IPv4 input (net/ipv4/ip_input.c ip_rcv, ip_rcv_finish, ip_local_deliver; route.c
// ip_route_input_slow and fib_validate_source): martian checks, reverse-path filtering, PREROUTING,
// the input route lookup, then local delivery by protocol or forwarding.

import type { Device } from '../link/device.ts';
import type { PktType, Skb } from '../link/skb.ts';
import type { FibError } from '../route/fib.ts';
import { msg } from '../trace/messages.ts';
import { type Ip4, ip4ToString, isLoopbackIp, isMulticastIp } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_HOST_UNREACH,
  ICMP_NET_UNREACH,
  ICMP_PKT_FILTERED,
  type Ipv4Packet,
} from '../wire/packet.ts';
import { ipForward } from './forward.ts';
import { icmpRcv, icmpSend } from './icmp.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

/** ip_rcv → ip_rcv_finish → ip_route_input_slow. */
export function ipRcv(st: Ipv4Stack, dev: Device, pkt: Ipv4Packet, pktType: PktType, skb: Skb): void {
  const nf = st.ns.nf;
  if (pktType === 'otherhost') {
    st.world.trace(st.ns, 'drop', () => msg('ip.otherhost', { dev: dev.name, mac: skb.frame.dst }), skb, dev);
    return;
  }
  if (dev.kind === 'loopback') {
    // Looped-back packets were tracked and NATed on their way out; only the INPUT filter remains.
    const v = nf.input(pkt, dev, undefined);
    if (verdictDropped(st, v, pkt, dev, skb, 'INPUT')) return;
    localDeliver(st, dev, pkt, skb);
    return;
  }
  if (isMulticastIp(pkt.src) || pkt.src === 0xffffffff) {
    st.world.trace(
      st.ns,
      'drop',
      () => msg('ip.martian-source', { src: ip4ToString(pkt.src), dev: dev.name }),
      skb,
      dev,
    );
    return;
  }
  if (pkt.dst === 0xffffffff) {
    localDeliver(st, dev, pkt, skb, true);
    return;
  }
  if (dev.addrs.length === 0 && dev.kind !== 'bridge' && !st.anyAddr()) {
    st.world.trace(st.ns, 'drop', () => msg('ip.no-config', { dev: dev.name }), skb, dev);
    return;
  }
  if (!validateSource(st, dev, pkt.src)) {
    st.world.trace(
      st.ns,
      'drop',
      () => msg('ip.rp-filter', { dev: dev.name, mode: rpFilter(st, dev), src: ip4ToString(pkt.src) }),
      skb,
      dev,
    );
    return;
  }
  const pre = skb.brNf
    ? { pkt, ctx: skb.brNf.ctx, verdict: { verdict: 'accept' as const, pkt } }
    : nf.prerouting(pkt, dev);
  if (verdictDropped(st, pre.verdict, pkt, dev, skb, 'PREROUTING')) return;
  const ctx = pre.ctx;
  pkt = pre.pkt;
  const res = st.fib.resolve({ dst: pkt.dst, src: pkt.src, iif: dev, mark: pkt.mark, tos: pkt.tos });
  const r = res.route;
  if (r?.type === 'local') {
    if (st.isLocal(pkt.src) && !dev.conf.v.accept_local) {
      st.world.trace(
        st.ns,
        'drop',
        () => msg('ip.martian-local-source', { src: ip4ToString(pkt.src), dev: dev.name }),
        skb,
        dev,
      );
      return;
    }
    if ((isLoopbackIp(pkt.dst) || isLoopbackIp(pkt.src)) && !dev.conf.v.route_localnet) {
      st.world.trace(st.ns, 'drop', () => msg('ip.martian-loopback', { dev: dev.name }), skb, dev);
      return;
    }
    st.world.trace(st.ns, 'route', () => msg('route.input-local', { dst: ip4ToString(pkt.dst) }), skb, dev);
    const v = nf.input(pkt, dev, ctx);
    if (verdictDropped(st, v, pkt, dev, skb, 'INPUT') || v.verdict !== 'accept') return;
    localDeliver(st, dev, v.pkt, skb);
    return;
  }
  if (r?.type === 'broadcast') {
    localDeliver(st, dev, pkt, skb, true);
    return;
  }
  if (isMulticastIp(pkt.dst)) return;
  if (!dev.conf.v.forwarding) {
    st.world.trace(
      st.ns,
      'drop',
      () => msg('ip.forwarding-off', { dst: ip4ToString(pkt.dst), dev: dev.name }),
      skb,
      dev,
    );
    return;
  }
  if (res.error || r?.type !== 'unicast') {
    ipError(st, dev, pkt, res.error ?? 'ENETUNREACH', skb);
    return;
  }
  ipForward(st, dev, pkt, r, skb, ctx);
}

/**
 * ip_error: a packet to forward whose lookup ended in an error. A blackhole (EINVAL) drops it
 * silently; unreachable, prohibit and no route answer with Host unreachable, Packet filtered and
 * Net unreachable, at most one a second per source after a burst of five (ip_rt_error_cost/burst).
 */
function ipError(st: Ipv4Stack, dev: Device, pkt: Ipv4Packet, error: FibError, skb: Skb): void {
  const code =
    error === 'EHOSTUNREACH'
      ? ICMP_HOST_UNREACH
      : error === 'ENETUNREACH'
        ? ICMP_NET_UNREACH
        : error === 'EACCES'
          ? ICMP_PKT_FILTERED
          : undefined;
  const dst = ip4ToString(pkt.dst);
  const src = ip4ToString(pkt.src);
  if (code === undefined) {
    st.world.trace(st.ns, 'drop', () => msg('ip.blackhole', { dst }), skb, dev);
    return;
  }
  const reason = msg(
    error === 'ENETUNREACH'
      ? 'ip.why-no-route'
      : error === 'EACCES'
        ? 'ip.why-prohibit'
        : 'ip.why-unreachable',
  );
  if (!st.peers.errorAllow(pkt.src, st.world.clock.now)) {
    st.world.trace(st.ns, 'drop', () => msg('ip.route-error-limited', { dst, src, reason }), skb, dev);
    return;
  }
  st.world.trace(st.ns, 'drop', () => msg('ip.route-error', { dst, src, reason }), skb, dev);
  icmpSend(st, pkt, ICMP_DEST_UNREACH, code, dev, skb.packetId);
}

/** The effective rp_filter: max(conf/all, conf/DEV). */
function rpFilter(st: Ipv4Stack, dev: Device): number {
  return Math.max(st.ns.confAll.v.rp_filter, dev.conf.v.rp_filter);
}

/** fib_validate_source's reverse-path check: strict (1) needs the route back to leave by `dev`, loose (2) any route. */
function validateSource(st: Ipv4Stack, dev: Device, src: Ip4): boolean {
  const mode = rpFilter(st, dev);
  if (mode === 0 || src === 0) return true;
  const back = st.fib.lookup(src);
  if (!back || (back.type !== 'unicast' && back.type !== 'local')) return false;
  return mode === 2 || back.dev === dev;
}

/** ip_local_deliver_finish: hand the packet to its protocol. */
function localDeliver(st: Ipv4Stack, dev: Device, pkt: Ipv4Packet, skb: Skb, broadcast = false): void {
  if (pkt.payload.kind === 'tcp') {
    if (!broadcast) st.tcp.rcv(dev, pkt, skb);
    return;
  }
  if (pkt.payload.kind === 'udp') {
    st.udp.rcv(dev, pkt, skb, broadcast);
    return;
  }
  icmpRcv(st, dev, pkt, pkt.payload, skb, broadcast);
}
