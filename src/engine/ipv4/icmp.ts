// ICMP (net/ipv4/icmp.c icmp_rcv, icmp_echo, icmp_send) and the ping sockets (ping.c) echo replies
// and errors are handed to.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import { REDIRECT_TIMEOUT } from '../route/fnhe.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, inPrefix, ip4ToString, isMulticastIp } from '../wire/addr.ts';
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
import { describePacket, icmpType } from './describe.ts';
import { icmpMaskAllow } from './inetpeer.ts';
import { ipOutput, type OutputResult } from './output.ts';
import type { Ipv4Stack } from './stack.ts';

/** icmp_rcv: echo requests are answered, replies and errors go to the socket they are about. */
export function icmpRcv(
  st: Ipv4Stack,
  dev: Device,
  pkt: Ipv4Packet,
  icmp: IcmpPacket,
  skb: Skb,
  broadcast: boolean,
): void {
  const w = st.world;
  if (icmp.type === ICMP_ECHO) {
    if (st.ns.ipv4.icmp_echo_ignore_all) {
      w.trace(st.ns, 'drop', w.tracing ? msg('icmp.echo-ignored') : '', skb, dev);
      return;
    }
    if (broadcast && st.ns.ipv4.icmp_echo_ignore_broadcasts) {
      w.trace(st.ns, 'drop', w.tracing ? msg('icmp.echo-broadcast-ignored') : '', skb, dev);
      return;
    }
    w.trace(
      st.ns,
      'deliver',
      w.tracing ? msg('icmp.echo-answered', { pkt: describePacket(pkt) }) : '',
      skb,
      dev,
    );
    const reply: IcmpPacket = { ...icmp, type: ICMP_ECHOREPLY };
    // icmp_reply goes out through the namespace's ICMP socket: IP_PMTUDISC_DONT, so never DF.
    // A reply to a broadcast request comes from the address the route back chooses (fib_compute_spec_dst).
    const src = broadcast ? undefined : pkt.dst;
    const sent = ipOutput(st, {
      src,
      dst: pkt.src,
      payload: reply,
      packetId: skb.packetId,
      pmtudisc: 'dont',
    });
    // icmp_reply: no route back (ip_route_output_key fails) and the reply is silently not sent.
    if (unroutable(sent))
      w.trace(
        st.ns,
        'drop',
        w.tracing
          ? msg('icmp.reply-unroutable', {
              pkt: describePacket({ ...pkt, src: pkt.dst, dst: pkt.src, payload: reply }),
              dst: ip4ToString(pkt.src),
              errno: sent.errno,
            })
          : '',
        skb,
        dev,
      );
    return;
  }
  if (icmp.type === ICMP_ECHOREPLY) {
    const s = st.pingSockets.get(icmp.id);
    w.trace(
      st.ns,
      'deliver',
      w.tracing
        ? msg(s ? 'icmp.echo-reply-to-ping' : 'icmp.echo-reply-no-socket', { pkt: describePacket(pkt) })
        : '',
      skb,
      dev,
    );
    s?.onReply(pkt);
    return;
  }
  if (icmp.type === ICMP_REDIRECT && icmp.inner) {
    icmpRedirect(st, dev, pkt, icmp, skb);
    return;
  }
  if ((icmp.type === ICMP_DEST_UNREACH || icmp.type === ICMP_TIME_EXCEEDED) && icmp.inner) {
    const inner = icmp.inner;
    if (icmp.type === ICMP_DEST_UNREACH && icmp.code === ICMP_FRAG_NEEDED && st.isLocal(inner.src))
      updatePmtu(st, pkt.src, inner, icmp.mtu ?? 0, skb, dev);
    if (inner.payload.kind !== 'icmp') st.transport(inner.protocol)?.err(pkt.src, icmp);
    else if (inner.payload.type === ICMP_ECHO) {
      const echo = inner.payload;
      const s = st.pingSockets.get(echo.id);
      w.trace(
        st.ns,
        'icmp',
        w.tracing
          ? msg('icmp.error-to-ping', { type: icmpType(icmp), from: ip4ToString(pkt.src), seq: echo.seq })
          : '',
        skb,
        dev,
      );
      s?.onError(pkt.src, icmp);
    }
  }
}

/**
 * ipv4_update_pmtu → __ip_rt_update_pmtu: "Fragmentation needed" about a packet we sent lowers the
 * path MTU to its destination (never raises it; a locked route MTU is kept). A value below
 * route/min_pmtu is raised to it and locked. The exception lasts route/mtu_expires seconds.
 */
function updatePmtu(st: Ipv4Stack, from: Ip4, inner: Ipv4Packet, mtu: number, skb: Skb, dev: Device): void {
  const ro = st.routeOutput(inner.dst, { src: inner.src });
  if (!ro || ro.route.type !== 'unicast' || ro.mtuLocked) return;
  if (ro.mtu < mtu) return;
  let pmtu = mtu;
  let lock = false;
  const min = st.ns.route.min_pmtu;
  if (pmtu < min) {
    lock = true;
    pmtu = Math.min(ro.mtu, min);
  }
  const now = st.world.clock.now;
  const expires = st.ns.route.mtu_expires * 1_000_000;
  st.fib.exceptions.update(inner.dst, ro.route, { pmtu, lock, expires: now + expires });
  const w = st.world;
  w.trace(
    st.ns,
    'route',
    w.tracing
      ? msg('icmp.pmtu-learned', {
          from: ip4ToString(from),
          dst: ip4ToString(inner.dst),
          mtu,
          pmtu,
          secs: st.ns.route.mtu_expires,
        })
      : '',
    skb,
    dev,
  );
}

/**
 * icmp_redirect → ipv4_redirect → __ip_do_redirect: a redirect from our current gateway for a packet
 * we sent. Accepted when accept_redirects allows it (any of all/DEV on a host, both on a router), the
 * new gateway is acceptable (on the link; with shared_media off, a default gateway when
 * secure_redirects) and already resolved — else only an ARP request goes out. Ping sees it too.
 */
function icmpRedirect(st: Ipv4Stack, dev: Device, pkt: Ipv4Packet, icmp: IcmpPacket, skb: Skb): void {
  const inner = icmp.inner!;
  const gw = icmp.gw ?? 0;
  const from = pkt.src;
  if (inner.payload.kind === 'icmp' && inner.payload.type === ICMP_ECHO)
    st.pingSockets.get(inner.payload.id)?.onRedirect?.(from, icmp);
  if ((icmp.code & 7) > 3 || !st.isLocal(inner.src)) return;
  const ro = st.routeOutput(inner.dst, { src: inner.src });
  if (!ro || ro.route.type !== 'unicast' || ro.gw !== from) return;
  const out = ro.route.dev!;
  const why = redirectRejected(st, out, from, gw);
  const w = st.world;
  if (why) {
    w.trace(st.ns, 'icmp', w.tracing ? redirectIgnored(from, inner.dst, gw, why) : '', skb, dev);
    return;
  }
  const n = st.neigh.lookup(out, gw);
  if (
    !n ||
    !(
      n.state === 'REACHABLE' ||
      n.state === 'STALE' ||
      n.state === 'DELAY' ||
      n.state === 'PROBE' ||
      n.state === 'PERMANENT' ||
      n.state === 'NOARP'
    )
  ) {
    w.trace(
      st.ns,
      'icmp',
      w.tracing ? redirectIgnored(from, inner.dst, gw, 'icmp.redirect-why-neigh') : '',
      skb,
      dev,
    );
    st.neigh.resolve(out, gw);
    return;
  }
  st.fib.exceptions.update(inner.dst, ro.route, { gw, expires: st.world.clock.now + REDIRECT_TIMEOUT });
  w.trace(
    st.ns,
    'icmp',
    w.tracing ? msg('icmp.redirect-accepted', redirectWords(from, inner.dst, gw)) : '',
    skb,
    dev,
  );
}

function redirectWords(from: Ip4, dst: Ip4, gw: Ip4) {
  return { from: ip4ToString(from), dst: ip4ToString(dst), gw: ip4ToString(gw) };
}

/** The trace's sentence for a redirect ignored, and why. */
function redirectIgnored(
  from: Ip4,
  dst: Ip4,
  gw: Ip4,
  why: RedirectRejected | 'icmp.redirect-why-neigh',
): TraceMsg {
  return msg('icmp.redirect-ignored', {
    ...redirectWords(from, dst, gw),
    why: why === 'icmp.redirect-why-sysctl' ? msg(why) : msg(why, { gw: ip4ToString(gw) }),
  });
}

/** Why a redirect is ignored (the trace words it), or undefined when it is accepted. */
type RedirectRejected = 'icmp.redirect-why-sysctl' | 'icmp.redirect-why-other' | 'icmp.redirect-why-secure';

function redirectRejected(st: Ipv4Stack, dev: Device, oldGw: Ip4, newGw: Ip4): RedirectRejected | undefined {
  const all = st.ns.confAll.v;
  const c = dev.conf.v;
  const forwarding = c.forwarding;
  const accept = forwarding
    ? all.accept_redirects && c.accept_redirects
    : all.accept_redirects || c.accept_redirects;
  if (!accept) return 'icmp.redirect-why-sysctl';
  if (newGw === oldGw || isMulticastIp(newGw) || newGw === 0xffffffff || newGw >>> 24 === 0)
    return 'icmp.redirect-why-other';
  if (!(all.shared_media || c.shared_media)) {
    const onlink = dev.addrs.some(
      (a) => inPrefix(newGw, a.local, a.prefixLen) && inPrefix(oldGw, a.local, a.prefixLen),
    );
    if (!onlink) return 'icmp.redirect-why-other';
    const isDefaultGw = st.fib
      .tableIds()
      .some((t) => st.fib.table(t).some((r) => r.len === 0 && r.gw === newGw && r.dev === dev));
    if ((all.secure_redirects || c.secure_redirects) && !isDefaultGw) return 'icmp.redirect-why-secure';
  } else if (st.fib.lookup(newGw)?.type !== 'unicast') return 'icmp.redirect-why-other';
  return undefined;
}

/** icmp_send: an error about `orig` back to its source, unless a rate limit holds it back. */
export function icmpSend(
  st: Ipv4Stack,
  orig: Ipv4Packet,
  type: number,
  code: number,
  inDev: Device | undefined,
  packetId: number,
  info: { mtu?: number; gw?: Ip4 } = {},
  ctRelated = false,
): void {
  // Never about an ICMP error (only echo among the ICMP messages netns-lab carries).
  if (orig.payload.kind === 'icmp' && orig.payload.type !== ICMP_ECHO && orig.payload.type !== ICMP_ECHOREPLY)
    return;
  if (orig.src === 0 || isMulticastIp(orig.dst) || orig.dst === 0xffffffff) return;
  // Only the first fragment is answered.
  if (orig.frag && orig.frag.offset > 0) return;
  let src: Ip4 | undefined;
  if (st.isLocal(orig.dst)) src = orig.dst;
  if (!icmpRateAllow(st, orig, type, code, inDev, src)) return;
  const payload: IcmpPacket = { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner: orig, ...info };
  const sent = ipOutput(st, {
    src,
    dst: orig.src,
    payload,
    packetId,
    pmtudisc: 'dont',
    // icmp_send: the error's TOS is the offending packet's with IPTOS_PREC_INTERNETCONTROL.
    tos: (orig.tos & 0x1e) | 0xc0,
    ...(ctRelated ? { ctRelated: true } : {}),
  });
  // __icmp_send: icmp_route_lookup fails and nothing is sent.
  const w = st.world;
  if (unroutable(sent))
    w.trace(
      st.ns,
      'drop',
      w.tracing
        ? msg('icmp.error-unroutable', {
            pkt: describePacket({ ...orig, src: src ?? 0, dst: orig.src, payload }),
            dst: ip4ToString(orig.src),
            errno: sent.errno,
          })
        : '',
      undefined,
      inDev,
    );
}

/**
 * The ICMP message's own route lookup refused it (not a full queue or an oversized datagram, and
 * not the lookup again after OUTPUT, which traced its own failure).
 */
function unroutable(sent: OutputResult): sent is Extract<OutputResult, { ok: false }> {
  if (sent.ok || ('rerouted' in sent && sent.rerouted)) return false;
  const e = sent.errno;
  return e === 'ENETUNREACH' || e === 'EHOSTUNREACH' || e === 'EACCES' || e === 'EINVAL';
}

function ratelimitedMsg(orig: Ipv4Packet, type: number, code: number): TraceMsg {
  return msg('icmp.ratelimited', {
    type: icmpType({ kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0 }),
    dst: ip4ToString(orig.src),
  });
}

/** icmpv4_global_allow + icmpv4_xrlim_allow: the namespace-wide and the per-destination limits. */
function icmpRateAllow(
  st: Ipv4Stack,
  orig: Ipv4Packet,
  type: number,
  code: number,
  inDev: Device | undefined,
  src: Ip4 | undefined,
): boolean {
  const v4 = st.ns.ipv4;
  const now = st.world.clock.now;
  if (inDev?.kind === 'loopback' || icmpMaskAllow(v4.icmp_ratemask, type, code)) return true;
  const w = st.world;
  if (!st.peers.globalAllow(v4.icmp_msgs_per_sec, v4.icmp_msgs_burst, now)) {
    w.trace(
      st.ns,
      'drop',
      w.tracing ? msg('icmp.ratelimited-global', { why: ratelimitedMsg(orig, type, code) }) : '',
      undefined,
      inDev,
    );
    return false;
  }
  const timeout = v4.icmp_ratelimit * 1000;
  // No per-destination limit when the error goes out through lo (to this namespace itself).
  const back = st.routeOutput(orig.src, { src });
  if (timeout > 0 && back?.route.type !== 'local' && !st.peers.xrlimAllow(orig.src, timeout, now)) {
    w.trace(st.ns, 'drop', w.tracing ? ratelimitedMsg(orig, type, code) : '', undefined, inDev);
    return false;
  }
  st.peers.globalConsume();
  return true;
}
