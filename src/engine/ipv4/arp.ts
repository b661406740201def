// ARP (net/ipv4/arp.c): arp_solicit for the neighbour table, arp_rcv/arp_process answering for
// local addresses (arp_ignore) and as a proxy (proxy_arp, proxy_delay), and learning from what is
// seen (neigh_event_ns, arp_accept).

import type { Device } from '../link/device.ts';
import type { PktType, Skb } from '../link/skb.ts';
import type { Neighbour } from '../neigh/neigh.ts';
import { msg } from '../trace/messages.ts';
import {
  BROADCAST_MAC,
  type Ip4,
  ip4ToString,
  isLoopbackIp,
  isMulticastIp,
  type Mac,
  ZERO_MAC,
} from '../wire/addr.ts';
import { ARPOP_REPLY, ARPOP_REQUEST, type ArpPacket, ETH_P_ARP } from '../wire/packet.ts';
import { inetSelectAddr } from './devinet.ts';
import type { Ipv4Stack } from './stack.ts';

/** arp_solicit. */
export function arpSolicit(st: Ipv4Stack, n: Neighbour, unicastTo: Mac | undefined): void {
  const dev = n.dev;
  const queued = n.queue[0]?.src;
  const announce = Math.max(st.ns.confAll.v.arp_announce, dev.conf.v.arp_announce);
  let saddr: Ip4 | undefined;
  if (queued !== undefined && announce < 2 && st.isLocal(queued)) {
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
    // arp_send_dst with target_hw NULL: a unicast probe goes to the known MAC but asks with zeros.
    tha: ZERO_MAC,
    tpa: n.ip,
  };
  const w = st.world;
  w.trace(
    st.ns,
    'arp-request',
    !w.tracing
      ? ''
      : unicastTo
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
  dev.xmit(st.world.skb({ dst: unicastTo ?? BROADCAST_MAC, src: dev.mac, type: ETH_P_ARP, payload: arp }));
}

/** arp_send. */
function arpSend(
  st: Ipv4Stack,
  dev: Device,
  op: number,
  dstIp: Ip4,
  srcIp: Ip4,
  dstHw: Mac,
  targetHw: Mac,
  skb?: Skb,
): void {
  const arp: ArpPacket = { kind: 'arp', op, sha: dev.mac, spa: srcIp, tha: targetHw, tpa: dstIp };
  const w = st.world;
  w.trace(
    st.ns,
    'arp-reply',
    w.tracing
      ? msg('arp.reply', { dev: dev.name, ip: ip4ToString(srcIp), mac: dev.mac, to: ip4ToString(dstIp) })
      : '',
    skb,
    dev,
  );
  dev.xmit(st.world.skb({ dst: dstHw, src: dev.mac, type: ETH_P_ARP, payload: arp }, skb?.packetId));
}

/**
 * arp_rcv + arp_process. Every port of a bridge sees each flooded request, so this runs for every
 * namespace on the segment: it creates no closure (no context is allocated on entry); the branches
 * that trace or schedule are the functions below.
 */
export function arpRcv(
  st: Ipv4Stack,
  dev: Device,
  arp: ArpPacket,
  pktType: PktType,
  skb: Skb,
  locallyEnqueued = false,
): void {
  if (pktType === 'otherhost' || dev.kind === 'loopback') return;
  if (dev.addrs.length === 0 && !st.anyAddr()) return;
  const { sha, spa: sip, tpa: tip } = arp;
  if (isMulticastIp(tip) || isLoopbackIp(tip) || isMulticastIp(sip)) return;

  if (arp.op === ARPOP_REQUEST && sip !== 0) {
    // Most flooded requests are for someone else: skip the route lookup unless it can matter.
    const proxy = st.ns.confAll.v.proxy_arp || dev.conf.v.proxy_arp;
    const r = proxy || st.fib.maybeLocal(tip) ? st.fib.lookup(tip) : undefined;
    if (r?.type === 'local') {
      if (arpIgnore(st, dev, sip, tip)) traceArpIgnored(st, dev, tip, skb);
      else {
        neighEventNs(st, dev, sip, sha);
        arpSend(st, dev, ARPOP_REPLY, sip, tip, sha, sha, skb);
      }
      return;
    }
    if (r?.type === 'unicast' && dev.conf.v.forwarding && r.dev !== dev && proxy) {
      arpProxy(st, dev, arp, pktType, skb, locallyEnqueued, r.dev!);
      return;
    }
  }

  // Update our tables from what we saw; unsolicited information creates nothing (arp_accept = 0).
  let n = st.neigh.lookup(dev, sip);
  const isGarp = sip === tip;
  const accept = Math.max(st.ns.confAll.v.arp_accept, dev.conf.v.arp_accept);
  if (!n && accept && (isGarp || arp.op === ARPOP_REPLY)) n = st.neigh.create(dev, sip);
  if (!n) return;
  const now = st.world.clock.now;
  const override = now > n.updated + dev.conf.neigh.locktime * 10_000 || isGarp;
  arpUpdateNeigh(st, n, arp, arp.op === ARPOP_REPLY && pktType === 'host' ? 'REACHABLE' : 'STALE', override);
}

function traceArpIgnored(st: Ipv4Stack, dev: Device, tip: Ip4, skb: Skb): void {
  const w = st.world;
  w.trace(
    st.ns,
    'drop',
    w.tracing ? msg('arp.ignore', { dev: dev.name, ip: ip4ToString(tip), mode: arpIgnoreMode(st, dev) }) : '',
    skb,
    dev,
  );
}

/** Proxy ARP (arp_process's pneigh branch): answer for `tip` reached through `via`, now or after proxy_delay. */
function arpProxy(
  st: Ipv4Stack,
  dev: Device,
  arp: ArpPacket,
  pktType: PktType,
  skb: Skb,
  locallyEnqueued: boolean,
  via: Device,
): void {
  const { sha, spa: sip, tpa: tip } = arp;
  neighEventNs(st, dev, sip, sha);
  const delay = dev.conf.neigh.proxy_delay;
  const w = st.world;
  if (locallyEnqueued || pktType === 'host' || delay === 0) {
    w.trace(
      st.ns,
      'arp-reply',
      w.tracing ? msg('arp.proxy-reply', { dev: dev.name, ip: ip4ToString(tip), via: via.name }) : '',
      skb,
      dev,
    );
    arpSend(st, dev, ARPOP_REPLY, sip, tip, sha, sha, skb);
  } else {
    const wait = w.rng.int(0, delay) * 10_000;
    w.trace(
      st.ns,
      'arp-request',
      w.tracing ? msg('arp.proxy-delay', { dev: dev.name, ip: ip4ToString(tip), ms: wait / 1000 }) : '',
      skb,
      dev,
    );
    w.clock.schedule(wait, () => arpRcv(st, dev, arp, pktType, skb, true));
  }
}

function arpUpdateNeigh(
  st: Ipv4Stack,
  n: Neighbour,
  arp: ArpPacket,
  state: 'REACHABLE' | 'STALE',
  override: boolean,
): void {
  st.neigh.update(
    n,
    arp.sha,
    state,
    !st.world.tracing
      ? untraced(override)
      : {
          override,
          why: () =>
            state === 'REACHABLE'
              ? msg('neigh.why.arp-reply', { mac: arp.sha })
              : msg(arp.op === ARPOP_REPLY ? 'neigh.why.arp-broadcast-reply' : 'neigh.why.arp-request', {
                  ip: ip4ToString(arp.spa),
                }),
        },
  );
}

/** neigh_event_ns: a requester is learned as STALE. */
function neighEventNs(st: Ipv4Stack, dev: Device, sip: Ip4, sha: Mac): void {
  const n = st.neigh.create(dev, sip);
  st.neigh.update(
    n,
    sha,
    'STALE',
    !st.world.tracing
      ? untraced(true)
      : { override: true, why: () => msg('neigh.why.requester', { ip: ip4ToString(sip) }) },
  );
}

/**
 * A neighbour update's options when the trace keeps nothing: no reason to word, so nothing is built
 * for it (every ARP packet a host receives updates a neighbour).
 */
const untraced = (override: boolean) => (override ? UNTRACED_OVERRIDE : UNTRACED_KEEP);
const UNTRACED_OVERRIDE = { override: true };
const UNTRACED_KEEP = { override: false };

function arpIgnoreMode(st: Ipv4Stack, dev: Device): number {
  return Math.max(st.ns.confAll.v.arp_ignore, dev.conf.v.arp_ignore);
}

/** arp_ignore(): true when the request must not be answered. */
function arpIgnore(st: Ipv4Stack, dev: Device, sip: Ip4, tip: Ip4): boolean {
  const mode = arpIgnoreMode(st, dev);
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

function maskOf(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) | 0;
}
