// IPv4 output (net/ipv4/ip_output.c; route.c ip_route_output_key): the route and source address of
// a locally generated packet, OUTPUT and POSTROUTING, then loopback, broadcast or the next hop's
// neighbour (neigh_output).

import type { Device } from '../link/device.ts';
import { type FibError, type Route, RT_TABLE_MAIN } from '../route/fib.ts';
import type { Fnhe } from '../route/fnhe.ts';
import { msg } from '../trace/messages.ts';
import { BROADCAST_MAC, type Ip4, ip4ToString, isLoopbackIp, type Mac, ZERO_MAC } from '../wire/addr.ts';
import {
  ETH_P_IP,
  ICMP_DEST_UNREACH,
  ICMP_HOST_UNREACH,
  IPPROTO_ICMP,
  IPPROTO_TCP,
  IPPROTO_UDP,
  IPV4_HEADER_LEN,
  type Ipv4Packet,
  ipv4Length,
  type L4Packet,
  l4Length,
} from '../wire/packet.ts';
import { describePacket, formatRouteBrief } from './describe.ts';
import { inetSelectAddr } from './devinet.ts';
import { fragment } from './fragment.ts';
import { icmpSend } from './icmp.ts';
import type { Ipv4Stack } from './stack.ts';
import { verdictDropped } from './verdict.ts';

export type OutputResult =
  | { ok: true; src: Ip4 }
  /** `rerouted`: the route lookup after OUTPUT changed the packet failed (and was traced). */
  | { ok: false; errno: FibError | 'EPERM' | 'ENOBUFS'; rerouted?: true }
  /** ip_local_error: too big for the path; `mtu` is what the socket's error queue reports. */
  | { ok: false; errno: 'EMSGSIZE'; mtu: number };

export interface RouteOutput {
  route: Route;
  src: Ip4;
  /** The next hop's gateway: a redirect's, else the route's. */
  gw?: Ip4;
  /** The next-hop exception in force for this destination, if any. */
  fnhe?: Fnhe;
  /** ipv4_mtu: the learned path MTU, else the route's mtu, else the device's. */
  mtu: number;
  /** dst_metric_locked(RTAX_MTU): DF is never set for IP_PMTUDISC_WANT. */
  mtuLocked: boolean;
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
  /** IP_TOS of the sending socket (icmp_send: IPTOS_PREC_INTERNETCONTROL, 0xc0, for errors). */
  tos?: number;
  /**
   * The sending socket has a destination (inet_daddr: a TCP connection, a connected UDP socket): its
   * IP ids count up from a random start. Without one, ip_select_ident gives a DF packet id 0 unless
   * the socket lets it be fragmented anyway (ignore_df: IP_PMTUDISC_WANT or DONT), and otherwise a
   * hashed id; so ping's "-M do" probes carry 0 and its default ones do not.
   */
  connected?: boolean;
  /** ip_build_and_send_pkt (a SYN-ACK) and ip_send_unicast_reply (resets, time-wait ACKs): id 0 with DF. */
  zeroIdWithDf?: boolean;
  /** An ICMP error from a REJECT: it carries the rejected packet's connection (see Ipv4Packet). */
  ctRelated?: boolean;
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
  // __ip_route_output_key: a source address must be one of ours.
  if (opts.src !== undefined && opts.src !== 0 && !st.isLocal(opts.src)) return { error: 'ENETUNREACH' };
  const flow = { dst, src: opts.src, oif: opts.oif, mark: opts.mark, tos: opts.tos };
  // The limited broadcast from a socket bound to a device leaves by it, without a route.
  if (dst === 0xffffffff && opts.oif) {
    const r = { ...onLinkRoute(opts.oif, dst), type: 'broadcast' as const };
    const src = opts.src ?? inetSelectAddr(opts.oif, 0, 'link') ?? 0;
    return { route: r, src, mtu: opts.oif.mtu, mtuLocked: false };
  }
  let res = st.fib.resolve(flow);
  if (res.error && opts.oif && res.error === 'ENETUNREACH') {
    // "Apparently, routing tables are wrong. Assume, that the destination is on link."
    res = { route: onLinkRoute(opts.oif, dst) };
  }
  if (res.error) return { error: res.error };
  const r = res.route;
  const fnhe = r.type === 'unicast' ? st.fib.exceptions.find(dst, r, st.world.clock.now) : undefined;
  const dev = r.type === 'local' ? st.ns.lo : r.dev!;
  const pmtu = fnhe?.pmtu;
  const mtu = pmtu ?? r.mtu ?? dev.mtu;
  const mtuLocked = pmtu !== undefined ? fnhe!.lock : !!r.mtuLock;
  // __mkroute_output: a loopback source may leave only by a loopback device (unless the device has
  // route_localnet), so a 127.0.0.1 socket's packet DNATed away fails its reroute and is dropped.
  if (
    opts.src !== undefined &&
    isLoopbackIp(opts.src) &&
    dev.kind !== 'loopback' &&
    !dev.conf.v.route_localnet
  )
    return { error: 'EINVAL' };
  // One object, built once (every packet sent comes through here).
  const src =
    opts.src !== undefined && opts.src !== 0
      ? opts.src
      : r.type === 'local'
        ? (r.prefsrc ?? dst)
        : r.prefsrc !== undefined
          ? r.prefsrc
          : (inetSelectAddr(r.dev!, r.gw ?? dst, r.gw ? 'link' : r.scope === 'host' ? 'host' : 'link') ?? 0);
  return { route: r, gw: fnhe?.gw ?? r.gw, fnhe, mtu, mtuLocked, src };
}

/** The route an output lookup bound to `dev` makes up when the tables have none. */
function onLinkRoute(dev: Device, dst: Ip4): Route {
  return {
    table: RT_TABLE_MAIN,
    type: 'unicast',
    dst,
    len: 32,
    metric: 0,
    dev,
    onlink: false,
    scope: 'link',
    proto: 'boot',
  };
}

/**
 * ip_route_connect: a socket without a bound source looks the route up, takes the source it gives,
 * and looks up again with that source (policy rules may match on it).
 */
export function routeConnect(
  st: Ipv4Stack,
  dst: Ip4,
  opts: OutputKey = {},
): RouteOutput | { error: FibError; route?: undefined } {
  const first = routeOutputKey(st, dst, opts);
  if (first.error || opts.src !== undefined) return first;
  return routeOutputKey(st, dst, { ...opts, src: first.src });
}

/** routeOutputKey for callers that only need to know whether there is a route. */
export function routeOutput(st: Ipv4Stack, dst: Ip4, opts: OutputKey = {}): RouteOutput | undefined {
  const ro = routeOutputKey(st, dst, opts);
  return ro.error ? undefined : ro;
}

/**
 * ip_append_data + ip_local_out: sends a locally generated packet. The socket's IP_MTU_DISCOVER
 * decides DF and what happens to a datagram larger than the path MTU; OUTPUT may re-route it
 * (ip_route_me_harder after DNAT or a new mark, keeping the source chosen first); after POSTROUTING
 * it leaves whole or in fragments.
 */
export function ipOutput(st: Ipv4Stack, p: OutputRequest): OutputResult {
  const first = routeOutputKey(st, p.dst, { src: p.src, oif: p.oif, mark: p.mark });
  if (first.error) return { ok: false, errno: first.error };
  let ro: RouteOutput = first;
  const disc = p.pmtudisc ?? 'want';
  const len = IPV4_HEADER_LEN + l4Length(p.payload);
  // __ip_append_data: IP_PMTUDISC_DO never fragments; nothing may exceed 64 KiB.
  if (len > 0xffff || (disc === 'do' && len > ro.mtu)) return { ok: false, errno: 'EMSGSIZE', mtu: ro.mtu };
  let pkt: Ipv4Packet = {
    kind: 'ipv4',
    src: ro.src,
    dst: p.dst,
    ttl: p.ttl ?? st.ns.ipv4.ip_default_ttl,
    protocol: p.payload.kind === 'icmp' ? IPPROTO_ICMP : p.payload.kind === 'tcp' ? IPPROTO_TCP : IPPROTO_UDP,
    id: 0,
    tos: p.tos ?? 0,
    payload: p.payload,
  };
  if (disc === 'do' || (disc === 'want' && len <= ro.mtu && !ro.mtuLocked)) pkt.df = true;
  // ip_select_ident: a connected socket's counter; 0 for DF that may not be ignored; else hashed
  // (netns-lab counts, so ids are unique per namespace; the kernel's are random either way).
  const zero = pkt.df && (p.zeroIdWithDf || (!p.connected && disc === 'do'));
  if (!zero) pkt.id = st.nextIpId();
  if (p.mark) pkt.mark = p.mark;
  if (p.ctRelated) pkt.ctRelated = true;
  const packetId = p.packetId ?? st.world.newPacketId();
  // OUTPUT: conntrack, nat (DNAT), filter; a rewritten destination is routed again (ip_route_me_harder).
  // (No closures below: they would allocate a context for every packet sent.)
  const markBefore = pkt.mark ?? 0;
  const out = st.ns.nf.output(pkt, outDevOf(st, ro.route));
  if (out.verdict.verdict !== 'accept') {
    // The sender is not told: ping just sees no reply (or the REJECT's ICMP error).
    verdictDropped(st, out.verdict, pkt, outDevOf(st, ro.route), undefined, 'OUTPUT');
    return { ok: true, src: ro.src };
  }
  const after = out.verdict.pkt;
  if (after.dst !== pkt.dst || (after.mark ?? 0) !== markBefore) {
    const again = routeOutputKey(st, after.dst, { src: pkt.src, oif: p.oif, mark: after.mark });
    if (again.error) {
      // nf_nat_ipv4_local_fn: NF_DROP_ERR; the entry is never confirmed (conntrack -L lacks it).
      if (again.error === 'EINVAL' && isLoopbackIp(pkt.src)) {
        const dev = routeOutputKey(st, after.dst, { oif: p.oif, mark: after.mark });
        const devName = dev.error ? '' : (dev.route.type === 'local' ? st.ns.lo : dev.route.dev!).name;
        st.world.trace(
          st.ns,
          'drop',
          st.world.tracing
            ? msg('route.reroute-failed', {
                pkt: describePacket(after),
                src: ip4ToString(pkt.src),
                dev: devName,
              })
            : '',
          undefined,
          dev.error ? undefined : outDevOf(st, dev.route),
        );
      } else
        st.world.trace(
          st.ns,
          'drop',
          st.world.tracing
            ? msg('route.reroute-error', {
                pkt: describePacket(after),
                dst: ip4ToString(after.dst),
                errno: again.error,
              })
            : '',
          undefined,
          undefined,
        );
      return { ok: false, errno: again.error, rerouted: true };
    }
    ro = again;
    if ((after.mark ?? 0) !== markBefore) traceRerouteMark(st, after, pkt.src, outDevOf(st, ro.route));
  }
  pkt = after;
  const r = ro.route;
  const dev = outDevOf(st, r);
  const nexthop = ro.gw ?? pkt.dst;
  const posted = st.ns.nf.postrouting(pkt, dev, nexthop, out.ctx);
  if (!posted) return { ok: true, src: ro.src };
  pkt = posted;
  if (r.type === 'local') {
    traceOutputLocal(st, pkt);
    const skb = st.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId);
    if (out.ctx) skb.nfct = { ...out.ctx, isNew: false };
    st.ns.lo.xmit(skb);
    return { ok: true, src: ro.src };
  }
  traceOutput(st, pkt, r, dev, ro.gw, ro.src);
  // __mkroute_output: the limited broadcast goes out as a broadcast whatever route carried it.
  const broadcast = r.type === 'broadcast' || pkt.dst === 0xffffffff;
  let sent = true;
  if (ipv4Length(pkt) <= ro.mtu) sent = sendPiece(st, dev, nexthop, pkt, packetId, broadcast);
  else
    for (const piece of fragmentFor(st, pkt, ro.mtu, dev))
      sent = sendPiece(st, dev, nexthop, piece, packetId, broadcast) && sent;
  // A driver that dropped the frame on the spot (NET_XMIT_DROP) is ENOBUFS to the sender.
  return sent ? { ok: true, src: ro.src } : { ok: false, errno: 'ENOBUFS' };
}

/** The device a route sends by: loopback for a local route. */
function outDevOf(st: Ipv4Stack, r: Route): Device {
  return r.type === 'local' ? st.ns.lo : r.dev!;
}

/** One datagram (or fragment) to the wire: broadcast, or through the next hop's neighbour. */
function sendPiece(
  st: Ipv4Stack,
  dev: Device,
  nexthop: Ip4,
  pkt: Ipv4Packet,
  packetId: number,
  broadcast: boolean,
): boolean {
  if (broadcast) return xmitTo(st, dev, BROADCAST_MAC, pkt, packetId);
  return neighOutput(st, dev, nexthop, pkt, packetId);
}

/** The IPv4 packet in an Ethernet frame from `dev` to `mac`, handed to the device (dev_queue_xmit). */
function xmitTo(st: Ipv4Stack, dev: Device, mac: Mac, pkt: Ipv4Packet, packetId: number): boolean {
  return dev.xmit(st.world.skb({ dst: mac, src: dev.mac, type: ETH_P_IP, payload: pkt }, packetId));
}

function traceRerouteMark(st: Ipv4Stack, after: Ipv4Packet, src: Ip4, dev: Device): void {
  const w = st.world;
  w.trace(
    st.ns,
    'route',
    w.tracing
      ? msg('route.reroute-mark', { mark: `0x${(after.mark ?? 0).toString(16)}`, src: ip4ToString(src) })
      : '',
    undefined,
    dev,
  );
}

function traceOutputLocal(st: Ipv4Stack, pkt: Ipv4Packet): void {
  const w = st.world;
  w.trace(
    st.ns,
    'route',
    w.tracing ? msg('route.output-local', { dst: ip4ToString(pkt.dst), pkt: describePacket(pkt) }) : '',
    undefined,
    st.ns.lo,
  );
}

/** Every packet sent says this. */
function traceOutput(
  st: Ipv4Stack,
  pkt: Ipv4Packet,
  r: Route,
  dev: Device,
  gw: Ip4 | undefined,
  src: Ip4,
): void {
  st.world.trace(
    st.ns,
    'route',
    st.world.tracing
      ? msg('route.output', {
          dst: ip4ToString(pkt.dst),
          route: formatRouteBrief(r),
          dev: dev.name,
          via: gw ? msg('route.via-gateway', { gw: ip4ToString(gw) }) : '',
          src: ip4ToString(src),
        })
      : '',
    undefined,
    dev,
  );
}

/** ip_finish_output: a datagram larger than the MTU leaves in fragments (fragment.ts). */
export function fragmentFor(st: Ipv4Stack, pkt: Ipv4Packet, mtu: number, dev: Device): Ipv4Packet[] {
  if (ipv4Length(pkt) <= mtu) return [pkt];
  const pieces = fragment(pkt, mtu);
  const w = st.world;
  w.trace(
    st.ns,
    'route',
    w.tracing ? msg('ip.fragment', { pkt: describePacket(pkt), n: pieces.length, mtu, dev: dev.name }) : '',
    undefined,
    dev,
  );
  return pieces;
}

/** neigh_output: resolve the next hop on `dev`, queueing while ARP runs. */
export function neighOutput(
  st: Ipv4Stack,
  dev: Device,
  nexthop: Ip4,
  pkt: Ipv4Packet,
  packetId: number,
): boolean {
  if (dev.kind === 'loopback')
    return dev.xmit(st.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId));
  const mac = st.neigh.ready(dev, nexthop);
  if (mac !== undefined) return xmitTo(st, dev, mac, pkt, packetId);
  let sent = true;
  st.neigh.output(dev, nexthop, {
    bytes: ipv4Length(pkt),
    src: pkt.src,
    send: (mac: Mac) => {
      sent = xmitTo(st, dev, mac, pkt, packetId);
    },
    fail: () => {
      const w = st.world;
      w.trace(
        st.ns,
        'drop',
        w.tracing
          ? msg('arp.failed', {
              ip: ip4ToString(nexthop),
              dev: dev.name,
              pkt: describePacket(pkt),
              src: ip4ToString(pkt.src),
            })
          : '',
        undefined,
        dev,
      );
      icmpSend(st, pkt, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, undefined, packetId);
    },
  });
  return sent;
}
