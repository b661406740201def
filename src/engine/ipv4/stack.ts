// One namespace's IPv4 stack: ARP (net/ipv4/arp.c), input and local delivery (ip_input.c, route.c
// ip_route_input_slow), forwarding (ip_forward.c), output (ip_output.c, route.c ip_route_output_key),
// ICMP (icmp.c) and the ping sockets. Each decision emits a trace event that says why.

import type { Device } from '../link/device.ts';
import type { PktType, Skb } from '../link/skb.ts';
import { type Neighbour, NeighTable } from '../neigh/neigh.ts';
import type { NfCtx, Verdict } from '../netfilter/netfilter.ts';
import type { Netns } from '../netns/netns.ts';
import type { Route } from '../route/fib.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import {
  BROADCAST_MAC,
  type Ip4,
  ip4ToString,
  isLoopbackIp,
  isMulticastIp,
  type Mac,
  ZERO_MAC,
} from '../wire/addr.ts';
import {
  ARPOP_REPLY,
  ARPOP_REQUEST,
  type ArpPacket,
  ETH_P_ARP,
  ETH_P_IP,
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  ICMP_HOST_UNREACH,
  ICMP_NET_UNREACH,
  ICMP_TIME_EXCEEDED,
  type IcmpPacket,
  IPPROTO_ICMP,
  type Ipv4Packet,
  ipv4Length,
  type L4Packet,
  TCP_RST,
} from '../wire/packet.ts';
import { inetSelectAddr } from './devinet.ts';
import { describeTcp, TcpTable } from './tcp.ts';
import { describeUdp, UdpTable } from './udp.ts';

export interface PingSocket {
  id: number;
  onReply(pkt: Ipv4Packet): void;
  onError(from: Ip4, icmp: IcmpPacket): void;
}

export type OutputResult = { ok: true; src: Ip4 } | { ok: false; errno: 'ENETUNREACH' | 'EINVAL' | 'EPERM' };

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

/** An ICMP type as a sentence names it ("echo request seq 1", "time exceeded"). */
function icmpType(icmp: IcmpPacket): TraceMsg {
  switch (icmp.type) {
    case ICMP_ECHOREPLY:
      return msg('icmptype.echo-reply', { seq: icmp.seq });
    case ICMP_ECHO:
      return msg('icmptype.echo-request', { seq: icmp.seq });
    case ICMP_DEST_UNREACH:
      return msg('icmptype.dest-unreach');
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

export class Ipv4Stack {
  readonly neigh: NeighTable;
  readonly pingSockets = new Map<number, PingSocket>();
  readonly tcp: TcpTable;
  readonly udp: UdpTable;
  private ipId = 0;

  private nextIpId(): number {
    this.ipId = (this.ipId + 1) & 0xffff;
    return this.ipId;
  }

  constructor(private readonly ns: Netns) {
    this.tcp = new TcpTable(ns);
    this.udp = new UdpTable(ns);
    this.neigh = new NeighTable({
      solicit: (n, unicastTo) => this.arpSolicit(n, unicastTo),
      trace: (n, text) => this.world.trace(this.ns, 'neigh-state', text, undefined, n.dev),
    });
  }

  private get world() {
    return this.ns.world;
  }

  private get fib() {
    return this.ns.fib;
  }

  // --- receive -------------------------------------------------------------------------------

  receive(dev: Device, skb: Skb, pktType: PktType): void {
    const f = skb.frame;
    if (f.type === ETH_P_ARP && f.payload.kind === 'arp') this.arpRcv(dev, f.payload, pktType, skb);
    else if (f.type === ETH_P_IP && f.payload.kind === 'ipv4') this.ipRcv(dev, f.payload, pktType, skb);
  }

  /** A local address of this namespace (any device): the weak host model. */
  isLocal(ip: Ip4): boolean {
    if (!this.fib.maybeLocal(ip)) return false;
    const r = this.fib.lookup(ip);
    return r?.type === 'local';
  }

  private ipRcv(dev: Device, pkt: Ipv4Packet, pktType: PktType, skb: Skb): void {
    const nf = this.ns.nf;
    if (pktType === 'otherhost') {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.otherhost', { dev: dev.name, mac: skb.frame.dst }),
        skb,
        dev,
      );
      return;
    }
    if (dev.kind === 'loopback') {
      // Looped-back packets were tracked and NATed on their way out; only the INPUT filter remains.
      const v = nf.input(pkt, dev, undefined);
      if (this.verdictDropped(v, pkt, dev, skb, 'INPUT')) return;
      this.localDeliver(dev, pkt, skb);
      return;
    }
    if (isMulticastIp(pkt.src) || pkt.src === 0xffffffff) {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.martian-source', { src: ip4ToString(pkt.src), dev: dev.name }),
        skb,
        dev,
      );
      return;
    }
    if (pkt.dst === 0xffffffff) {
      this.localDeliver(dev, pkt, skb, true);
      return;
    }
    if (dev.addrs.length === 0 && dev.kind !== 'bridge' && !this.anyAddr()) {
      this.world.trace(this.ns, 'drop', () => msg('ip.no-config', { dev: dev.name }), skb, dev);
      return;
    }
    if (!this.validateSource(dev, pkt.src)) {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.rp-filter', { dev: dev.name, mode: this.rpFilter(dev), src: ip4ToString(pkt.src) }),
        skb,
        dev,
      );
      return;
    }
    const pre = skb.brNf
      ? { pkt, ctx: skb.brNf.ctx, verdict: { verdict: 'accept' as const, pkt } }
      : nf.prerouting(pkt, dev);
    if (this.verdictDropped(pre.verdict, pkt, dev, skb, 'PREROUTING')) return;
    const ctx = pre.ctx;
    pkt = pre.pkt;
    const r = this.fib.lookup(pkt.dst);
    if (r?.type === 'local') {
      if (this.isLocal(pkt.src) && !dev.conf.v.accept_local) {
        this.world.trace(
          this.ns,
          'drop',
          () => msg('ip.martian-local-source', { src: ip4ToString(pkt.src), dev: dev.name }),
          skb,
          dev,
        );
        return;
      }
      if ((isLoopbackIp(pkt.dst) || isLoopbackIp(pkt.src)) && !dev.conf.v.route_localnet) {
        this.world.trace(this.ns, 'drop', () => msg('ip.martian-loopback', { dev: dev.name }), skb, dev);
        return;
      }
      this.world.trace(
        this.ns,
        'route',
        () => msg('route.input-local', { dst: ip4ToString(pkt.dst) }),
        skb,
        dev,
      );
      const v = nf.input(pkt, dev, ctx);
      if (this.verdictDropped(v, pkt, dev, skb, 'INPUT') || v.verdict !== 'accept') return;
      this.localDeliver(dev, v.pkt, skb);
      return;
    }
    if (r?.type === 'broadcast') {
      this.localDeliver(dev, pkt, skb, true);
      return;
    }
    if (isMulticastIp(pkt.dst)) return;
    if (!dev.conf.v.forwarding) {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.forwarding-off', { dst: ip4ToString(pkt.dst), dev: dev.name }),
        skb,
        dev,
      );
      return;
    }
    if (r?.type !== 'unicast') {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.no-route', { dst: ip4ToString(pkt.dst), src: ip4ToString(pkt.src) }),
        skb,
        dev,
      );
      this.icmpSend(pkt, ICMP_DEST_UNREACH, ICMP_NET_UNREACH, dev, skb.packetId);
      return;
    }
    this.forward(dev, pkt, r, skb, ctx);
  }

  /** Handles a netfilter DROP or REJECT; returns true when the packet must go no further. */
  private verdictDropped(
    v: Verdict,
    pkt: Ipv4Packet,
    dev: Device,
    skb: Skb | undefined,
    hook: string,
  ): boolean {
    if (v.verdict === 'accept') return false;
    if (v.verdict === 'drop') {
      this.world.trace(this.ns, 'drop', () => msg('nf.drop', { hook, pkt: describePacket(pkt) }), skb, dev);
      return true;
    }
    this.world.trace(
      this.ns,
      'drop',
      () => msg('nf.reject', { hook, with: v.with, pkt: describePacket(pkt) }),
      skb,
      dev,
    );
    if (v.with === 'tcp-reset') {
      // nf_send_reset: a RST as if from the destination (never in answer to a RST).
      if (pkt.payload.kind === 'tcp' && !(pkt.payload.flags & TCP_RST)) this.tcp.sendReset(pkt, pkt.payload);
      return true;
    }
    this.icmpSend(
      pkt,
      ICMP_DEST_UNREACH,
      REJECT_CODES[v.with] ?? 3,
      dev,
      skb?.packetId ?? this.world.newPacketId(),
    );
    return true;
  }

  /** The effective rp_filter: max(conf/all, conf/DEV). */
  private rpFilter(dev: Device): number {
    return Math.max(this.ns.confAll.v.rp_filter, dev.conf.v.rp_filter);
  }

  /** fib_validate_source's reverse-path check: strict (1) needs the route back to leave by `dev`, loose (2) any route. */
  private validateSource(dev: Device, src: Ip4): boolean {
    const mode = this.rpFilter(dev);
    if (mode === 0 || src === 0) return true;
    const back = this.fib.lookup(src);
    if (!back || (back.type !== 'unicast' && back.type !== 'local')) return false;
    return mode === 2 || back.dev === dev;
  }

  private anyAddr(): boolean {
    for (const d of this.ns.devices()) if (d.addrs.length) return true;
    return false;
  }

  /** ip_forward. */
  private forward(inDev: Device, pkt: Ipv4Packet, r: Route, skb: Skb, ctx: NfCtx | undefined): void {
    if (pkt.ttl <= 1) {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.ttl-exceeded', { pkt: describePacket(pkt), src: ip4ToString(pkt.src) }),
        skb,
        inDev,
      );
      this.icmpSend(pkt, ICMP_TIME_EXCEEDED, 0, inDev, skb.packetId);
      return;
    }
    const out = { ...pkt, ttl: pkt.ttl - 1 };
    const dev = r.dev!;
    const nh = r.gw ?? pkt.dst;
    this.world.trace(
      this.ns,
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
    const v = this.ns.nf.forward(out, inDev, dev, ctx);
    if (this.verdictDropped(v, out, inDev, skb, 'FORWARD')) return;
    const posted = this.ns.nf.postrouting(out, dev, nh, ctx);
    if (!posted) {
      this.world.trace(
        this.ns,
        'drop',
        () => msg('ip.mangle-postrouting-drop', { pkt: describePacket(out) }),
        skb,
        dev,
      );
      return;
    }
    this.neighOutput(dev, nh, posted, skb.packetId);
  }

  private localDeliver(dev: Device, pkt: Ipv4Packet, skb: Skb, broadcast = false): void {
    if (pkt.payload.kind === 'tcp') {
      if (!broadcast) this.tcp.rcv(dev, pkt, skb);
      return;
    }
    if (pkt.payload.kind === 'udp') {
      this.udp.rcv(dev, pkt, skb, broadcast);
      return;
    }
    const icmp = pkt.payload;
    if (icmp.type === ICMP_ECHO) {
      if (this.ns.ipv4.icmp_echo_ignore_all) {
        this.world.trace(this.ns, 'drop', () => msg('icmp.echo-ignored'), skb, dev);
        return;
      }
      if (broadcast && this.ns.ipv4.icmp_echo_ignore_broadcasts) {
        this.world.trace(this.ns, 'drop', () => msg('icmp.echo-broadcast-ignored'), skb, dev);
        return;
      }
      this.world.trace(
        this.ns,
        'deliver',
        () => msg('icmp.echo-answered', { pkt: describePacket(pkt) }),
        skb,
        dev,
      );
      const reply: IcmpPacket = { ...icmp, type: ICMP_ECHOREPLY };
      this.output({ src: pkt.dst, dst: pkt.src, payload: reply, packetId: skb.packetId });
      return;
    }
    if (icmp.type === ICMP_ECHOREPLY) {
      const s = this.pingSockets.get(icmp.id);
      this.world.trace(
        this.ns,
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
      if (inner.payload.kind === 'tcp') this.tcp.err(pkt.src, icmp);
      else if (inner.payload.kind === 'udp') this.udp.err(pkt.src, icmp);
      else if (inner.payload.type === ICMP_ECHO) {
        const echo = inner.payload;
        const s = this.pingSockets.get(echo.id);
        this.world.trace(
          this.ns,
          'icmp',
          () =>
            msg('icmp.error-to-ping', { type: icmpType(icmp), from: ip4ToString(pkt.src), seq: echo.seq }),
          skb,
          dev,
        );
        s?.onError(pkt.src, icmp);
      }
    }
  }

  // --- output --------------------------------------------------------------------------------

  /** Route lookup for a locally generated packet (ip_route_output_key): returns the route and source. */
  routeOutput(dst: Ip4, opts: { src?: Ip4; oif?: Device } = {}): { route: Route; src: Ip4 } | undefined {
    const r = this.fib.lookup(dst, { oif: opts.oif });
    if (!r || (r.type !== 'unicast' && r.type !== 'local' && r.type !== 'broadcast')) return undefined;
    if (opts.src !== undefined) return { route: r, src: opts.src };
    if (r.type === 'local') return { route: r, src: r.prefsrc ?? dst };
    if (r.prefsrc !== undefined) return { route: r, src: r.prefsrc };
    const src = inetSelectAddr(r.dev!, r.gw ?? dst, r.gw ? 'link' : r.scope === 'host' ? 'host' : 'link');
    return { route: r, src: src ?? 0 };
  }

  /** Sends a locally generated ICMP packet. */
  output(p: {
    src?: Ip4;
    dst: Ip4;
    ttl?: number;
    payload: L4Packet;
    oif?: Device;
    packetId?: number;
  }): OutputResult {
    let ro = this.routeOutput(p.dst, { src: p.src, oif: p.oif });
    if (!ro) return { ok: false, errno: 'ENETUNREACH' };
    let pkt: Ipv4Packet = {
      kind: 'ipv4',
      src: ro.src,
      dst: p.dst,
      ttl: p.ttl ?? this.ns.ipv4.ip_default_ttl,
      protocol: p.payload.kind === 'icmp' ? IPPROTO_ICMP : p.payload.kind === 'tcp' ? 6 : 17,
      id: this.nextIpId(),
      tos: 0,
      payload: p.payload,
    };
    const packetId = p.packetId ?? this.world.newPacketId();
    const outDevOf = (r: Route) => (r.type === 'local' ? this.ns.lo : r.dev!);
    // OUTPUT: conntrack, nat (DNAT), filter; a rewritten destination is routed again (ip_route_me_harder).
    const out = this.ns.nf.output(pkt, outDevOf(ro.route));
    if (out.verdict.verdict !== 'accept') {
      // The sender is not told: ping just sees no reply (or the REJECT's ICMP error).
      this.verdictDropped(out.verdict, pkt, outDevOf(ro.route), undefined, 'OUTPUT');
      return { ok: true, src: ro.src };
    }
    if (out.verdict.pkt.dst !== pkt.dst) {
      const again = this.routeOutput(out.verdict.pkt.dst, { src: pkt.src, oif: p.oif });
      if (!again) return { ok: false, errno: 'ENETUNREACH' };
      ro = again;
    }
    pkt = out.verdict.pkt;
    const r = ro.route;
    const dev = outDevOf(r);
    const nexthop = r.gw ?? pkt.dst;
    const posted = this.ns.nf.postrouting(pkt, dev, nexthop, out.ctx);
    if (!posted) return { ok: true, src: ro.src };
    pkt = posted;
    if (r.type === 'local') {
      this.world.trace(
        this.ns,
        'route',
        () => msg('route.output-local', { dst: ip4ToString(pkt.dst), pkt: describePacket(pkt) }),
        undefined,
        this.ns.lo,
      );
      this.ns.lo.xmit(
        this.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId),
      );
      return { ok: true, src: ro.src };
    }
    this.world.trace(
      this.ns,
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
      dev.xmit(this.world.skb({ dst: BROADCAST_MAC, src: dev.mac, type: ETH_P_IP, payload: pkt }, packetId));
      return { ok: true, src: ro.src };
    }
    this.neighOutput(dev, nexthop, pkt, packetId);
    return { ok: true, src: ro.src };
  }

  /** neigh_output: resolve the next hop on `dev`, queueing while ARP runs. */
  private neighOutput(dev: Device, nexthop: Ip4, pkt: Ipv4Packet, packetId: number): void {
    if (dev.kind === 'loopback') {
      dev.xmit(this.world.skb({ dst: ZERO_MAC, src: ZERO_MAC, type: ETH_P_IP, payload: pkt }, packetId));
      return;
    }
    this.neigh.output(dev, nexthop, {
      bytes: ipv4Length(pkt),
      src: pkt.src,
      send: (mac: Mac) =>
        dev.xmit(this.world.skb({ dst: mac, src: dev.mac, type: ETH_P_IP, payload: pkt }, packetId)),
      fail: () => {
        this.world.trace(
          this.ns,
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
        this.icmpSend(pkt, ICMP_DEST_UNREACH, ICMP_HOST_UNREACH, undefined, packetId);
      },
    });
  }

  /** icmp_send: an error about `orig` back to its source. */
  icmpSend(orig: Ipv4Packet, type: number, code: number, inDev: Device | undefined, packetId: number): void {
    // Never about an ICMP error (only echo among the ICMP messages netns-lab carries).
    if (
      orig.payload.kind === 'icmp' &&
      orig.payload.type !== ICMP_ECHO &&
      orig.payload.type !== ICMP_ECHOREPLY
    )
      return;
    if (orig.src === 0 || isMulticastIp(orig.dst) || orig.dst === 0xffffffff) return;
    let src: Ip4 | undefined;
    if (this.isLocal(orig.dst)) src = orig.dst;
    else if (inDev) src = undefined;
    this.output({
      src,
      dst: orig.src,
      payload: { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner: orig },
      packetId,
    });
  }

  // --- ARP -----------------------------------------------------------------------------------

  /** arp_solicit. */
  private arpSolicit(n: Neighbour, unicastTo: Mac | undefined): void {
    const dev = n.dev;
    const queued = n.queue[0]?.src;
    const announce = Math.max(this.ns.confAll.v.arp_announce, dev.conf.v.arp_announce);
    let saddr: Ip4 | undefined;
    if (queued !== undefined && announce < 2 && this.isLocal(queued)) {
      saddr = queued;
      if (
        announce === 1 &&
        !dev.addrs.some((a) => ((a.local ^ n.ip) & maskOf(a.prefixLen)) === 0 && a.local === queued)
      )
        saddr = undefined;
    }
    if (saddr === undefined) saddr = inetSelectAddr(dev, n.ip, 'link') ?? 0;
    const arp: ArpPacket = {
      kind: 'arp',
      op: ARPOP_REQUEST,
      sha: dev.mac,
      spa: saddr,
      tha: unicastTo ?? ZERO_MAC,
      tpa: n.ip,
    };
    this.world.trace(
      this.ns,
      'arp-request',
      () =>
        unicastTo
          ? msg('arp.probe', {
              dev: dev.name,
              ip: ip4ToString(n.ip),
              mac: unicastTo,
              src: ip4ToString(arp.spa),
            })
          : msg('arp.request', { dev: dev.name, ip: ip4ToString(n.ip), src: ip4ToString(arp.spa) }),
      undefined,
      dev,
    );
    dev.xmit(
      this.world.skb({ dst: unicastTo ?? BROADCAST_MAC, src: dev.mac, type: ETH_P_ARP, payload: arp }),
    );
  }

  private arpSend(
    dev: Device,
    op: number,
    dstIp: Ip4,
    srcIp: Ip4,
    dstHw: Mac,
    targetHw: Mac,
    skb?: Skb,
  ): void {
    const arp: ArpPacket = { kind: 'arp', op, sha: dev.mac, spa: srcIp, tha: targetHw, tpa: dstIp };
    this.world.trace(
      this.ns,
      'arp-reply',
      () => msg('arp.reply', { dev: dev.name, ip: ip4ToString(srcIp), mac: dev.mac, to: ip4ToString(dstIp) }),
      skb,
      dev,
    );
    dev.xmit(this.world.skb({ dst: dstHw, src: dev.mac, type: ETH_P_ARP, payload: arp }, skb?.packetId));
  }

  /** arp_rcv + arp_process. */
  private arpRcv(dev: Device, arp: ArpPacket, pktType: PktType, skb: Skb, locallyEnqueued = false): void {
    if (pktType === 'otherhost' || dev.kind === 'loopback') return;
    if (dev.addrs.length === 0 && !this.anyAddr()) return;
    const { sha, spa: sip, tpa: tip } = arp;
    if (isMulticastIp(tip) || isLoopbackIp(tip) || isMulticastIp(sip)) return;

    if (arp.op === ARPOP_REQUEST && sip !== 0) {
      // Most flooded requests are for someone else: skip the route lookup unless it can matter.
      const proxy = this.ns.confAll.v.proxy_arp || dev.conf.v.proxy_arp;
      const r = proxy || this.fib.maybeLocal(tip) ? this.fib.lookup(tip) : undefined;
      if (r?.type === 'local') {
        if (this.arpIgnore(dev, sip, tip)) {
          this.world.trace(
            this.ns,
            'drop',
            () => msg('arp.ignore', { dev: dev.name, ip: ip4ToString(tip), mode: this.arpIgnoreMode(dev) }),
            skb,
            dev,
          );
        } else {
          this.neighEventNs(dev, sip, sha);
          this.arpSend(dev, ARPOP_REPLY, sip, tip, sha, sha, skb);
        }
        return;
      }
      if (
        r?.type === 'unicast' &&
        dev.conf.v.forwarding &&
        r.dev !== dev &&
        (this.ns.confAll.v.proxy_arp || dev.conf.v.proxy_arp)
      ) {
        this.neighEventNs(dev, sip, sha);
        const delay = dev.conf.neigh.proxy_delay;
        if (locallyEnqueued || pktType === 'host' || delay === 0) {
          this.world.trace(
            this.ns,
            'arp-reply',
            () => msg('arp.proxy-reply', { dev: dev.name, ip: ip4ToString(tip), via: r.dev!.name }),
            skb,
            dev,
          );
          this.arpSend(dev, ARPOP_REPLY, sip, tip, sha, sha, skb);
        } else {
          const wait = this.world.rng.int(0, delay) * 10_000;
          this.world.trace(
            this.ns,
            'arp-request',
            () => msg('arp.proxy-delay', { dev: dev.name, ip: ip4ToString(tip), ms: wait / 1000 }),
            skb,
            dev,
          );
          this.world.clock.schedule(wait, () => this.arpRcv(dev, arp, pktType, skb, true));
        }
        return;
      }
    }

    // Update our tables from what we saw; unsolicited information creates nothing (arp_accept = 0).
    let n = this.neigh.lookup(dev, sip);
    const isGarp = sip === tip;
    const accept = Math.max(this.ns.confAll.v.arp_accept, dev.conf.v.arp_accept);
    if (!n && accept && (isGarp || arp.op === ARPOP_REPLY)) n = this.neigh.create(dev, sip);
    if (!n) return;
    const now = this.world.clock.now;
    const override = now > n.updated + dev.conf.neigh.locktime * 10_000 || isGarp;
    const state = arp.op === ARPOP_REPLY && pktType === 'host' ? 'REACHABLE' : 'STALE';
    this.neigh.update(n, sha, state, {
      override,
      why: () =>
        state === 'REACHABLE'
          ? msg('neigh.why.arp-reply', { mac: sha })
          : msg(arp.op === ARPOP_REPLY ? 'neigh.why.arp-broadcast-reply' : 'neigh.why.arp-request', {
              ip: ip4ToString(sip),
            }),
    });
  }

  /** neigh_event_ns: a requester is learned as STALE. */
  private neighEventNs(dev: Device, sip: Ip4, sha: Mac): void {
    const n = this.neigh.create(dev, sip);
    this.neigh.update(n, sha, 'STALE', {
      override: true,
      why: () => msg('neigh.why.requester', { ip: ip4ToString(sip) }),
    });
  }

  private arpIgnoreMode(dev: Device): number {
    return Math.max(this.ns.confAll.v.arp_ignore, dev.conf.v.arp_ignore);
  }

  /** arp_ignore(): true when the request must not be answered. */
  private arpIgnore(dev: Device, sip: Ip4, tip: Ip4): boolean {
    const mode = this.arpIgnoreMode(dev);
    switch (mode) {
      case 0:
        return false;
      case 1:
        return !dev.addrs.some((a) => a.local === tip);
      case 2:
        return !dev.addrs.some((a) => a.local === tip && ((a.local ^ sip) & maskOf(a.prefixLen)) === 0);
      case 8:
        return true;
      default:
        return mode >= 4;
    }
  }
}

function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) | 0;
}

export function formatRouteBrief(r: Route): string {
  const dst = r.len === 0 ? 'default' : `${ip4ToString(r.dst)}/${r.len}`;
  return `"${dst}${r.gw ? ` via ${ip4ToString(r.gw)}` : ''}${r.dev ? ` dev ${r.dev.name}` : ''}"`;
}
