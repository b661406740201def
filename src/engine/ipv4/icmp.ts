// ICMP (net/ipv4/icmp.c icmp_rcv, icmp_echo, icmp_send) and the ping sockets (ping.c) echo replies
// and errors are handed to.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import { msg } from '../trace/messages.ts';
import { type Ip4, ip4ToString, isMulticastIp } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_TIME_EXCEEDED,
  type IcmpPacket,
  type Ipv4Packet,
} from '../wire/packet.ts';
import { describePacket, icmpType } from './describe.ts';
import { icmpMaskAllow } from './inetpeer.ts';
import { ipOutput } from './output.ts';
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
  if (icmp.type === ICMP_ECHO) {
    if (st.ns.ipv4.icmp_echo_ignore_all) {
      st.world.trace(st.ns, 'drop', () => msg('icmp.echo-ignored'), skb, dev);
      return;
    }
    if (broadcast && st.ns.ipv4.icmp_echo_ignore_broadcasts) {
      st.world.trace(st.ns, 'drop', () => msg('icmp.echo-broadcast-ignored'), skb, dev);
      return;
    }
    st.world.trace(st.ns, 'deliver', () => msg('icmp.echo-answered', { pkt: describePacket(pkt) }), skb, dev);
    const reply: IcmpPacket = { ...icmp, type: ICMP_ECHOREPLY };
    ipOutput(st, { src: pkt.dst, dst: pkt.src, payload: reply, packetId: skb.packetId });
    return;
  }
  if (icmp.type === ICMP_ECHOREPLY) {
    const s = st.pingSockets.get(icmp.id);
    st.world.trace(
      st.ns,
      'deliver',
      () => msg(s ? 'icmp.echo-reply-to-ping' : 'icmp.echo-reply-no-socket', { pkt: describePacket(pkt) }),
      skb,
      dev,
    );
    s?.onReply(pkt);
    return;
  }
  if ((icmp.type === ICMP_DEST_UNREACH || icmp.type === ICMP_TIME_EXCEEDED) && icmp.inner) {
    const inner = icmp.inner;
    if (inner.payload.kind === 'tcp') st.tcp.err(pkt.src, icmp);
    else if (inner.payload.kind === 'udp') st.udp.err(pkt.src, icmp);
    else if (inner.payload.type === ICMP_ECHO) {
      const echo = inner.payload;
      const s = st.pingSockets.get(echo.id);
      st.world.trace(
        st.ns,
        'icmp',
        () => msg('icmp.error-to-ping', { type: icmpType(icmp), from: ip4ToString(pkt.src), seq: echo.seq }),
        skb,
        dev,
      );
      s?.onError(pkt.src, icmp);
    }
  }
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
  ipOutput(st, {
    src,
    dst: orig.src,
    payload: { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner: orig, ...info },
    packetId,
    pmtudisc: 'dont',
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
  const why = () =>
    msg('icmp.ratelimited', {
      type: icmpType({ kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0 }),
      dst: ip4ToString(orig.src),
    });
  if (!st.peers.globalAllow(v4.icmp_msgs_per_sec, v4.icmp_msgs_burst, now)) {
    st.world.trace(st.ns, 'drop', () => msg('icmp.ratelimited-global', { why: why() }), undefined, inDev);
    return false;
  }
  const timeout = v4.icmp_ratelimit * 1000;
  // No per-destination limit when the error goes out through lo (to this namespace itself).
  const back = st.routeOutput(orig.src, { src });
  if (timeout > 0 && back?.route.type !== 'local' && !st.peers.xrlimAllow(orig.src, timeout, now)) {
    st.world.trace(st.ns, 'drop', why, undefined, inDev);
    return false;
  }
  st.peers.globalConsume();
  return true;
}
