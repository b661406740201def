// IPv4 input (net/ipv4/ip_input.c ip_rcv, ip_rcv_finish, ip_local_deliver; route.c
// ip_route_input_slow and fib_validate_source): martian checks, reverse-path filtering, PREROUTING,
// the input route lookup, then local delivery by protocol or forwarding.

import type { Device } from '../link/device.ts';
import type { PktType, Skb } from '../link/skb.ts';
import type { FibError, Route } from '../route/fib.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, inPrefix, ip4ToString, isLoopbackIp, isMulticastIp } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_EXC_FRAGTIME,
  ICMP_HOST_UNREACH,
  ICMP_NET_UNREACH,
  ICMP_PKT_FILTERED,
  ICMP_TIME_EXCEEDED,
  type Ipv4Packet,
} from '../wire/packet.ts';
import { describePacket } from './describe.ts';
import { ipForward } from './forward.ts';
import type { Reassembled } from './fragment.ts';
import { icmpRcv, icmpSend } from './icmp.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

/** ip_rcv → ip_rcv_finish → ip_route_input_slow. */
export function ipRcv(st: Ipv4Stack, dev: Device, pkt: Ipv4Packet, pktType: PktType, skb: Skb): void {
  const nf = st.ns.nf;
  if (pktType === 'otherhost') {
    st.world.trace(
      st.ns,
      'drop',
      st.world.tracing ? msg('ip.otherhost', { dev: dev.name, mac: skb.frame.dst }) : '',
      skb,
      dev,
    );
    return;
  }
  if (dev.kind === 'loopback') {
    // Looped-back packets were tracked and NATed on their way out; only the INPUT filter remains,
    // and it sees the connection they were tracked as (loopback keeps skb->_nfct).
    const v = nf.input(pkt, dev, skb.nfct, true);
    if (verdictDropped(st, v, pkt, dev, skb, 'INPUT')) return;
    localDeliver(st, dev, pkt, skb);
    return;
  }
  if (isMulticastIp(pkt.src) || pkt.src === 0xffffffff) {
    st.world.trace(
      st.ns,
      'drop',
      st.world.tracing ? msg('ip.martian-source', { src: ip4ToString(pkt.src), dev: dev.name }) : '',
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
    st.world.trace(st.ns, 'drop', st.world.tracing ? msg('ip.no-config', { dev: dev.name }) : '', skb, dev);
    return;
  }
  if (!validateSource(st, dev, pkt.src)) {
    st.world.trace(
      st.ns,
      'drop',
      st.world.tracing
        ? msg('ip.rp-filter', { dev: dev.name, mode: rpFilter(st, dev), src: ip4ToString(pkt.src) })
        : '',
      skb,
      dev,
    );
    return;
  }
  // nf_defrag_ipv4: where conntrack runs, fragments are reassembled before PREROUTING.
  let fragMax: number | undefined;
  if (pkt.frag && nf.conntrackOn) {
    const whole = reassemble(st, dev, pkt, skb);
    if (!whole) return;
    pkt = whole.pkt;
    fragMax = whole.fragMax;
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
        st.world.tracing ? msg('ip.martian-local-source', { src: ip4ToString(pkt.src), dev: dev.name }) : '',
        skb,
        dev,
      );
      return;
    }
    if ((isLoopbackIp(pkt.dst) || isLoopbackIp(pkt.src)) && !dev.conf.v.route_localnet) {
      st.world.trace(
        st.ns,
        'drop',
        st.world.tracing ? msg('ip.martian-loopback', { dev: dev.name }) : '',
        skb,
        dev,
      );
      return;
    }
    st.world.trace(
      st.ns,
      'route',
      st.world.tracing ? msg('route.input-local', { dst: ip4ToString(pkt.dst) }) : '',
      skb,
      dev,
    );
    // ip_local_deliver: a fragment waits for the rest of its datagram before INPUT.
    if (pkt.frag) {
      const whole = reassemble(st, dev, pkt, skb);
      if (!whole) return;
      pkt = whole.pkt;
    }
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
      st.world.tracing ? msg('ip.forwarding-off', { dst: ip4ToString(pkt.dst), dev: dev.name }) : '',
      skb,
      dev,
    );
    return;
  }
  if (res.error || r?.type !== 'unicast') {
    ipError(st, dev, pkt, res.error ?? 'ENETUNREACH', skb);
    return;
  }
  const gw = st.fib.exceptions.find(pkt.dst, r, st.world.clock.now)?.gw ?? r.gw;
  // A frame br_netfilter DNATed to a neighbour on the same bridge is bridged there (bridged_dnat),
  // never forwarded, so it earns no redirect.
  const redirect = !skb.brNf?.dnat && wantsRedirect(st, dev, pkt.src, r);
  ipForward(st, dev, pkt, r, skb, ctx, { gw, redirect, fragMax });
}

/** ip_defrag: queue a fragment; the whole datagram once every piece is in. */
function reassemble(st: Ipv4Stack, dev: Device, frag: Ipv4Packet, skb: Skb): Reassembled | undefined {
  const world = st.world;
  const whole = st.reasm.add(
    frag,
    world.clock.now,
    (at, fn) => world.clock.schedule(at - world.clock.now, fn),
    (first) => {
      world.trace(
        st.ns,
        'drop',
        world.tracing ? msg('ip.frag-timeout', { src: ip4ToString(frag.src), id: frag.id }) : '',
        undefined,
        dev,
      );
      // ip_expire: only a queue that has the first fragment can say which datagram it was.
      if (first) icmpSend(st, first, ICMP_TIME_EXCEEDED, ICMP_EXC_FRAGTIME, dev, skb.packetId);
    },
  );
  if (!whole) {
    const f = frag.frag!;
    world.trace(
      st.ns,
      'deliver',
      world.tracing ? msg('ip.frag-queued', { pkt: describePacket(frag), len: f.len, offset: f.offset }) : '',
      skb,
      dev,
    );
    return undefined;
  }
  world.trace(
    st.ns,
    'deliver',
    world.tracing ? msg('ip.reassembled', { pkt: describePacket(whole.pkt) }) : '',
    skb,
    dev,
  );
  return whole;
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
  const w = st.world;
  if (code === undefined) {
    w.trace(st.ns, 'drop', w.tracing ? msg('ip.blackhole', { dst: ip4ToString(pkt.dst) }) : '', skb, dev);
    return;
  }
  const limited = !st.peers.errorAllow(pkt.src, w.clock.now);
  w.trace(st.ns, 'drop', w.tracing ? routeErrorMsg(pkt, error, limited) : '', skb, dev);
  if (limited) return;
  icmpSend(st, pkt, ICMP_DEST_UNREACH, code, dev, skb.packetId);
}

function routeErrorMsg(pkt: Ipv4Packet, error: FibError, limited: boolean): TraceMsg {
  const dst = ip4ToString(pkt.dst);
  const src = ip4ToString(pkt.src);
  const reason = msg(
    error === 'ENETUNREACH'
      ? 'ip.why-no-route'
      : error === 'EACCES'
        ? 'ip.why-prohibit'
        : 'ip.why-unreachable',
  );
  return msg(limited ? 'ip.route-error-limited' : 'ip.route-error', { dst, src, reason });
}

export type RouteInput =
  | { route: Route; gw?: Ip4; redirect: boolean; error?: undefined }
  | { error: FibError | 'EXDEV'; route?: undefined };

/**
 * ip_route_input_slow for `ip route get … iif DEV`: the martian checks, the policy lookup with the
 * input device, local and broadcast delivery, the forwarding switch, the reverse-path check, and
 * whether forwarding back out of the same link would send a redirect (RTCF_DOREDIRECT).
 */
export function routeInput(
  st: Ipv4Stack,
  flow: { dst: Ip4; src: Ip4; iif: Device; mark?: number; tos?: number },
): RouteInput {
  const { dst, src, iif: dev } = flow;
  if (isMulticastIp(src) || src === 0xffffffff) return { error: 'EINVAL' };
  if (src === 0 || dst === 0) return { error: 'EINVAL' };
  const res = st.fib.resolve(flow);
  if (res.error) return { error: dev.conf.v.forwarding ? res.error : 'EHOSTUNREACH' };
  const r = res.route;
  if (r.type === 'local' || r.type === 'broadcast') {
    if (st.isLocal(src) && !dev.conf.v.accept_local) return { error: 'EINVAL' };
    if (!validateSource(st, dev, src)) return { error: 'EXDEV' };
    return { route: r, redirect: false };
  }
  if (!dev.conf.v.forwarding) return { error: 'EHOSTUNREACH' };
  if (r.type !== 'unicast') return { error: 'EINVAL' };
  if (st.isLocal(src) && !dev.conf.v.accept_local) return { error: 'EINVAL' };
  if (!validateSource(st, dev, src)) return { error: 'EXDEV' };
  const gw = st.fib.exceptions.find(dst, r, st.world.clock.now)?.gw ?? r.gw;
  return { route: r, gw, redirect: wantsRedirect(st, dev, src, r) };
}

/**
 * __mkroute_input: a packet that leaves by the link it came in on, from a sender on that link, earns
 * the sender a redirect (send_redirects on all or the device; shared_media, or the sender and the
 * gateway on one subnet).
 */
export function wantsRedirect(st: Ipv4Stack, dev: Device, src: Ip4, r: Route): boolean {
  if (r.dev !== dev) return false;
  if (!(st.ns.confAll.v.send_redirects || dev.conf.v.send_redirects)) return false;
  const back = st.fib.lookup(src);
  if (!back || back.type !== 'unicast' || back.dev !== dev || back.scope === 'global') return false;
  if (st.ns.confAll.v.shared_media || dev.conf.v.shared_media) return true;
  return dev.addrs.some(
    (a) =>
      inPrefix(src, a.local, a.prefixLen) && (r.gw === undefined || inPrefix(r.gw, a.local, a.prefixLen)),
  );
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
  if (pkt.payload.kind === 'icmp') {
    icmpRcv(st, dev, pkt, pkt.payload, skb, broadcast);
    return;
  }
  st.transport(pkt.protocol)?.rcv(dev, pkt, skb, broadcast);
}
