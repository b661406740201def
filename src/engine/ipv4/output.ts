// IPv4 output (net/ipv4/ip_output.c; route.c ip_route_output_key): the route and source address of
// a locally generated packet, OUTPUT and POSTROUTING, then loopback, broadcast or the next hop's
// neighbour (neigh_output).

import type { Device } from '../link/device.ts';
import type { FibError, Route } from '../route/fib.ts';
import { msg } from '../trace/messages.ts';
import { BROADCAST_MAC, type Ip4, ip4ToString, type Mac, ZERO_MAC } from '../wire/addr.ts';
import {
  ETH_P_IP,
  ICMP_DEST_UNREACH,
  ICMP_HOST_UNREACH,
  IPPROTO_ICMP,
  type Ipv4Packet,
  ipv4Length,
  type L4Packet,
} from '../wire/packet.ts';
import { describePacket, formatRouteBrief } from './describe.ts';
import { inetSelectAddr } from './devinet.ts';
import { icmpSend } from './icmp.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

export type OutputResult =
  | { ok: true; src: Ip4 }
  | { ok: false; errno: FibError | 'EPERM' | 'EMSGSIZE' | 'ENOBUFS' };

export interface RouteOutput {
  route: Route;
  src: Ip4;
  error?: undefined;
}

/** The key of an output route lookup (struct flowi4 for ip_route_output_key). */
export interface OutputKey {
  src?: Ip4;
  oif?: Device;
  mark?: number;
  tos?: number;
}

export interface OutputRequest {
  src?: Ip4;
  dst: Ip4;
  ttl?: number;
  payload: L4Packet;
  oif?: Device;
  packetId?: number;
  /** SO_MARK of the sending socket. */
  mark?: number;
  /**
   * IP_MTU_DISCOVER of the sending socket: `want` (the default) sets DF when the packet fits the path
   * MTU and fragments it otherwise; `do` always sets DF and refuses what does not fit (EMSGSIZE);
   * `dont` never sets DF. The kernel's own ICMP socket uses `dont`.
   */
  pmtudisc?: PmtuDisc;
}

export type PmtuDisc = 'want' | 'do' | 'dont';

/**
 * ip_route_output_key: the route for a locally generated packet and its source address, or the error
 * connect() and sendmsg() return (blackhole EINVAL, unreachable EHOSTUNREACH, prohibit EACCES, no route
 * ENETUNREACH).
 */
export function routeOutputKey(
  st: Ipv4Stack,
  dst: Ip4,
  opts: OutputKey = {},
): RouteOutput | { error: FibError; route?: undefined } {
  const res = st.fib.resolve({ dst, src: opts.src, oif: opts.oif, mark: opts.mark, tos: opts.tos });
  if (res.error) return { error: res.error };
  const r = res.route;
  if (opts.src !== undefined) return { route: r, src: opts.src };
  if (r.type === 'local') return { route: r, src: r.prefsrc ?? dst };
  if (r.prefsrc !== undefined) return { route: r, src: r.prefsrc };
  const src = inetSelectAddr(r.dev!, r.gw ?? dst, r.gw ? 'link' : r.scope === 'host' ? 'host' : 'link');
  return { route: r, src: src ?? 0 };
}

/** routeOutputKey for callers that only need to know whether there is a route. */
export function routeOutput(st: Ipv4Stack, dst: Ip4, opts: OutputKey = {}): RouteOutput | undefined {
  const ro = routeOutputKey(st, dst, opts);
  return ro.error ? undefined : ro;
}

/** ip_local_out: sends a locally generated packet. */
export function ipOutput(st: Ipv4Stack, p: OutputRequest): OutputResult {
  const first = routeOutputKey(st, p.dst, { src: p.src, oif: p.oif, mark: p.mark });
  if (first.error) return { ok: false, errno: first.error };
  let ro: RouteOutput = first;
  let pkt: Ipv4Packet = {
    kind: 'ipv4',
    src: ro.src,
    dst: p.dst,
    ttl: p.ttl ?? st.ns.ipv4.ip_default_ttl,
    protocol: p.payload.kind === 'icmp' ? IPPROTO_ICMP : p.payload.kind === 'tcp' ? 6 : 17,
    id: st.nextIpId(),
    tos: 0,
    payload: p.payload,
  };
  const packetId = p.packetId ?? st.world.newPacketId();
  const outDevOf = (r: Route) => (r.type === 'local' ? st.ns.lo : r.dev!);
  // OUTPUT: conntrack, nat (DNAT), filter; a rewritten destination is routed again (ip_route_me_harder).
  const out = st.ns.nf.output(pkt, outDevOf(ro.route));
  if (out.verdict.verdict !== 'accept') {
    // The sender is not told: ping just sees no reply (or the REJECT's ICMP error).
    verdictDropped(st, out.verdict, pkt, outDevOf(ro.route), undefined, 'OUTPUT');
    return { ok: true, src: ro.src };
  }
  if (out.verdict.pkt.dst !== pkt.dst) {
    const again = routeOutputKey(st, out.verdict.pkt.dst, { src: pkt.src, oif: p.oif });
    if (again.error) return { ok: false, errno: again.error };
    ro = again;
  }
  pkt = out.verdict.pkt;
  const r = ro.route;
  const dev = outDevOf(r);
  const nexthop = r.gw ?? pkt.dst;
  const posted = st.ns.nf.postrouting(pkt, dev, nexthop, out.ctx);
  if (!posted) return { ok: true, src: ro.src };
  pkt = posted;
  if (r.type === 'local') {
    st.world.trace(
      st.ns,
      'route',
      () => msg('route.output-local', { dst: ip4ToString(pkt.dst), pkt: describePacket(pkt) }),
      undefined,
      st.ns.lo,
    );
    st.ns.lo.xmit(st.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId));
    return { ok: true, src: ro.src };
  }
  st.world.trace(
    st.ns,
    'route',
    () =>
      msg('route.output', {
        dst: ip4ToString(pkt.dst),
        route: formatRouteBrief(r),
        dev: dev.name,
        via: r.gw ? msg('route.via-gateway', { gw: ip4ToString(r.gw) }) : '',
        src: ip4ToString(ro!.src),
      }),
    undefined,
    dev,
  );
  if (r.type === 'broadcast') {
    dev.xmit(st.world.skb({ dst: BROADCAST_MAC, src: dev.mac, type: ETH_P_IP, payload: pkt }, packetId));
    return { ok: true, src: ro.src };
  }
  neighOutput(st, dev, nexthop, pkt, packetId);
  return { ok: true, src: ro.src };
}

/** neigh_output: resolve the next hop on `dev`, queueing while ARP runs. */
export function neighOutput(
  st: Ipv4Stack,
  dev: Device,
  nexthop: Ip4,
  pkt: Ipv4Packet,
  packetId: number,
): void {
  if (dev.kind === 'loopback') {
    dev.xmit(st.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId));
    return;
  }
  st.neigh.output(dev, nexthop, {
    bytes: ipv4Length(pkt),
    src: pkt.src,
    send: (mac: Mac) =>
      dev.xmit(st.world.skb({ dst: mac, src: dev.mac, type: ETH_P_IP, payload: pkt }, packetId)),
    fail: () => {
      st.world.trace(
        st.ns,
        'drop',
        () =>
          msg('arp.failed', {
            ip: ip4ToString(nexthop),
            dev: dev.name,
            pkt: describePacket(pkt),
            src: ip4ToString(pkt.src),
          }),
        undefined,
        dev,
      );
      icmpSend(st, pkt, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, undefined, packetId);
    },
  });
}
