// drivers/net/vxlan (vxlan_core.c): an Ethernet device whose "wire" is UDP over the IPv4 network of
// the namespace it was created in (its underlay, vxlan->net; the device itself may be moved to
// another namespace, as Docker's overlay driver does).
//
//   transmit (vxlan_xmit):  inner frame → FDB lookup of its destination MAC (else the all-zeros
//     default entry: head-end replication to every remote listed) → per remote VTEP
//     (vxlan_xmit_one): route to the VTEP in the underlay, flow-hash source port, outer
//     IPv4/UDP/VXLAN headers → ip_local_out (OUTPUT, POSTROUTING, fragments, ARP for the next hop).
//   receive (vxlan_rcv, the UDP socket's encap_rcv): VXLAN header → the device with that VNI on the
//     socket's port → learn the inner source MAC against the outer source address (vxlan_snoop) →
//     the inner frame arrives on the device (a bridge port, or the IPv4 stack).
//
// One UDP socket per port and underlay namespace is shared by every VXLAN device using that port
// while it is up (vxlan_sock_add); it shows in `ss -uan` as 0.0.0.0:PORT.

import type { Netns } from '../netns/netns.ts';
import { SEC, type Timer } from '../sim/clock.ts';
import { msg } from '../trace/messages.ts';
import { type Ip4, ip4ToString, isMulticastIp, isMulticastMac, type Mac, ZERO_MAC } from '../wire/addr.ts';
import {
  ETH_P_IP,
  type EthFrame,
  frameLength,
  ICMP_DEST_UNREACH,
  ICMP_FRAG_NEEDED,
  ICMP_REDIRECT,
  ICMP_TIME_EXCEEDED,
  IPPROTO_ICMP,
  type Ipv4Packet,
  ipv4Length,
  type UdpDatagram,
} from '../wire/packet.ts';
import { VXLAN_FLAG_VNI, VXLAN_HEADROOM, VXLAN_HLEN } from '../wire/vxlan.ts';
import { Device, type OperState } from './device.ts';
import { flowSrcPort } from './flow-hash.ts';
import type { Skb } from './skb.ts';
import {
  NTF_SELF,
  NUD_NOARP,
  NUD_PERMANENT,
  NUD_REACHABLE,
  VxlanFdb,
  type VxlanFdbEntry,
  type VxlanRdst,
} from './vxlan-fdb.ts';

/** struct vxlan_config, the part netns-lab models. */
export interface VxlanConfig {
  vni: number;
  /** default_dst.remote_ip: `remote IP` (0: none). */
  remote: Ip4;
  /** cfg.saddr: `local IP` (0: the route's source). */
  local: Ip4;
  /** remote_ifindex: `dev DEV`, in the underlay namespace. */
  lower?: Device;
  dstPort: number;
  /** `srcport MIN MAX` (0 0: the local port range). */
  portMin: number;
  portMax: number;
  learning: boolean;
  /** 0 is "auto": the route's hop limit (64). */
  ttl: number;
  /** FDB ageing, seconds. */
  ageing: number;
  /** `maxaddress`: most FDB entries (0: no limit). */
  maxAddress: number;
}

/** icmp_is_err: destination unreachable, source quench, redirect, time exceeded, parameter problem. */
const ICMP_ERRORS = [ICMP_DEST_UNREACH, 4, ICMP_REDIRECT, ICMP_TIME_EXCEEDED, 12];

/** FDB_AGE_INTERVAL: the cleanup timer's period. */
const AGE_INTERVAL = 10 * SEC;

interface VxlanSock {
  port: number;
  devs: Set<Vxlan>;
  close(): void;
}

/** vxlan_net: the sockets of each underlay namespace, by port. */
const socksOf = new WeakMap<Netns, Map<number, VxlanSock>>();

export class Vxlan extends Device {
  readonly kind = 'vxlan' as const;
  readonly cfg: VxlanConfig;
  /** vxlan->net: the namespace whose routes, neighbours and UDP socket carry the tunnel. */
  readonly underlay: Netns;
  readonly fdb = new VxlanFdb();
  /** Counters rtnl_link_stats64 keeps beyond Device.stats. */
  readonly errors = { txErrors: 0, txCarrierErrors: 0, collisions: 0, rxErrors: 0 };
  private ageTimer?: Timer;

  constructor(
    netns: Netns,
    underlay: Netns,
    name: string,
    ifindex: number,
    mac: Mac,
    macSet: boolean,
    cfg: VxlanConfig,
  ) {
    super(netns, name, ifindex, mac, macSet);
    this.underlay = underlay;
    this.cfg = cfg;
  }

  /** A VXLAN device has carrier whenever it is up and never gets a linkwatch event: UNKNOWN. */
  get carrier(): boolean {
    return this.up;
  }
  override computeOperstate(): OperState {
    return this.up ? 'UNKNOWN' : 'DOWN';
  }
  override operstate(): OperState {
    return this.computeOperstate();
  }

  private get world() {
    return this.netns.world;
  }

  /** vxlan_find_mac: the lookup refreshes `used`, which ageing counts from. */
  lookup(mac: Mac): VxlanFdbEntry | undefined {
    const e = this.fdb.get(mac);
    if (e) e.used = this.world.clock.now;
    return e;
  }

  // --- up and down ------------------------------------------------------------------------------

  /** vxlan_open: join (or open) the underlay's UDP socket for our port; start the ageing timer. */
  open(): void {
    let socks = socksOf.get(this.underlay);
    if (!socks) {
      socks = new Map();
      socksOf.set(this.underlay, socks);
    }
    let vs = socks.get(this.cfg.dstPort);
    if (!vs) vs = openSock(this.underlay, this.cfg.dstPort, socks);
    vs.devs.add(this);
    this.scheduleCleanup(AGE_INTERVAL);
  }

  /** vxlan_stop: leave the socket (closed with its last device) and flush what is not permanent. */
  stop(): void {
    this.ageTimer?.cancel();
    this.ageTimer = undefined;
    this.fdb.removeWhere((e) => !(e.state & (NUD_PERMANENT | NUD_NOARP)) && e.mac !== ZERO_MAC);
    const socks = socksOf.get(this.underlay);
    const vs = socks?.get(this.cfg.dstPort);
    if (!vs) return;
    vs.devs.delete(this);
    if (vs.devs.size === 0) vs.close();
  }

  private scheduleCleanup(delay: number): void {
    this.ageTimer?.cancel();
    this.ageTimer = this.world.clock.schedule(delay, () => this.cleanup());
  }

  /** vxlan_cleanup: entries unused for `ageing` seconds go; the timer comes back for the next one due. */
  private cleanup(): void {
    this.ageTimer = undefined;
    if (!this.up) return;
    const now = this.world.clock.now;
    const ageing = this.cfg.ageing * SEC;
    let next = now + AGE_INTERVAL;
    for (const e of this.fdb.all()) {
      if (e.state & (NUD_PERMANENT | NUD_NOARP)) continue;
      const due = e.used + ageing;
      if (due <= now) {
        this.fdb.delete(e.mac);
        const w = this.world;
        w.trace(
          this.netns,
          'fdb-age',
          w.tracing
            ? msg('vxlan.aged', {
                dev: this.name,
                mac: e.mac,
                dst: ip4ToString(e.remotes[0]?.ip ?? 0),
                secs: this.cfg.ageing,
              })
            : '',
        );
      } else if (due < next) next = due;
    }
    this.scheduleCleanup(next - now);
  }

  // --- transmit ---------------------------------------------------------------------------------

  /** vxlan_xmit: pick the remotes from the FDB and send a copy to each. */
  protected startXmit(skb: Skb): boolean {
    if (!this.up) return true;
    const dst = skb.frame.dst;
    let f = this.lookup(dst);
    if (f) this.traceHit(skb, f);
    else {
      f = this.lookup(ZERO_MAC);
      if (!f) {
        this.stats.txDropped++;
        const w = this.world;
        w.trace(
          this.netns,
          'drop',
          w.tracing ? msg('vxlan.no-fdb', { dev: this.name, mac: dst }) : '',
          skb,
          this,
        );
        return true;
      }
      this.traceFlood(skb, f);
    }
    for (const rd of [...f.remotes]) this.xmitOne(skb, rd);
    return true;
  }

  private traceHit(skb: Skb, f: VxlanFdbEntry): void {
    const w = this.world;
    w.trace(
      this.netns,
      'frame-tx',
      w.tracing
        ? msg('vxlan.fdb-hit', {
            dev: this.name,
            mac: f.mac,
            dsts: f.remotes.map((r) => ip4ToString(r.ip)).join(', '),
          })
        : '',
      skb,
      this,
    );
  }

  private traceFlood(skb: Skb, f: VxlanFdbEntry): void {
    const w = this.world;
    w.trace(
      this.netns,
      'flood',
      w.tracing
        ? msg(isMulticastMac(skb.frame.dst) ? 'vxlan.flood-broadcast' : 'vxlan.flood', {
            dev: this.name,
            mac: skb.frame.dst,
            dsts: f.remotes.map((r) => ip4ToString(r.ip)).join(', '),
          })
        : '',
      skb,
      this,
    );
  }

  /** vxlan_xmit_one: one copy of the frame to one remote VTEP. */
  private xmitOne(skb: Skb, rd: VxlanRdst): void {
    const world = this.world;
    const net = this.underlay;
    const frame = skb.frame;
    if (rd.ip === 0) {
      this.stats.txDropped++;
      world.trace(
        this.netns,
        'drop',
        world.tracing ? msg('vxlan.no-remote', { dev: this.name, mac: frame.dst }) : '',
        skb,
        this,
      );
      return;
    }
    const dport = rd.port || this.cfg.dstPort;
    const vni = rd.vni;
    const oif = rd.ifindex ? net.devByIndex(rd.ifindex) : undefined;
    const ttl = this.cfg.ttl || (isMulticastIp(rd.ip) ? 1 : undefined);
    const sport = flowSrcPort(world.hashSeed, frame, this.cfg.portMin, this.cfg.portMax);
    const ro = net.stack.routeOutputKey(rd.ip, { src: this.cfg.local || undefined, oif });
    if (ro.error) {
      // vxlan_get_route: "no route to" — tx_carrier_errors.
      this.errors.txErrors++;
      this.errors.txCarrierErrors++;
      world.trace(
        this.netns,
        'drop',
        world.tracing ? msg('vxlan.no-route', { dev: this.name, dst: ip4ToString(rd.ip) }) : '',
        skb,
        this,
      );
      return;
    }
    const outDev = ro.route.type === 'local' ? net.lo : ro.route.dev;
    if (outDev === this) {
      this.errors.txErrors++;
      this.errors.collisions++;
      world.trace(
        this.netns,
        'drop',
        world.tracing ? msg('vxlan.circular', { dev: this.name, dst: ip4ToString(rd.ip) }) : '',
        skb,
        this,
      );
      return;
    }
    if (ro.route.type === 'local') {
      this.bypass(skb, vni, dport, rd.ip);
      return;
    }
    // skb_tunnel_check_pmtu: does the inner packet fit the path once 50 bytes are added?
    const innerLen = frameLength(frame) - 14;
    const room = ro.mtu - VXLAN_HEADROOM;
    if (innerLen > room && this.pmtuReply(skb, room)) return;
    const payload: UdpDatagram = {
      kind: 'udp',
      sport,
      dport,
      dataLen: VXLAN_HLEN + frameLength(frame),
      vxlan: { flags: VXLAN_FLAG_VNI, vni, inner: frame },
    };
    world.trace(
      this.netns,
      'frame-tx',
      world.tracing
        ? msg('vxlan.encap', {
            dev: this.name,
            src: ip4ToString(ro.src),
            sport,
            dst: ip4ToString(rd.ip),
            dport,
            vni,
          })
        : '',
      skb,
      this,
    );
    this.countTx(innerLen);
    const r = net.stack.output({
      src: this.cfg.local || undefined,
      dst: rd.ip,
      ttl,
      payload,
      oif,
      packetId: skb.packetId,
      pmtudisc: 'dont',
    });
    if (!r.ok) this.errors.txErrors++;
  }

  /**
   * skb_tunnel_check_pmtu's reply: a VXLAN bridge port cannot send a forwarded frame that will not
   * fit, so it answers the inner sender itself with Fragmentation needed (iptunnel_pmtud_build_icmp)
   * and the answer comes back in through the device (vxlan_encap_bypass). True when it did.
   */
  private pmtuReply(skb: Skb, mtu: number): boolean {
    const f = skb.frame;
    const ip = f.payload;
    const local =
      this.master && (f.src === this.master.mac || this.netns.devices().some((d) => d.mac === f.src));
    if (!this.master || local || f.type !== ETH_P_IP || ip.kind !== 'ipv4') return false;
    if (mtu < 576 || !ip.df || ip.frag) return false;
    if (isMulticastIp(ip.dst) || ip.dst === 0xffffffff || ip.src === 0 || ip.src >>> 24 === 127) return false;
    // icmp_is_err: no error about an error.
    const icmp = ip.payload;
    if (icmp.kind === 'icmp' && ICMP_ERRORS.includes(icmp.type)) return false;
    const reply: Ipv4Packet = {
      kind: 'ipv4',
      src: ip.dst,
      dst: ip.src,
      ttl: ip.ttl,
      protocol: IPPROTO_ICMP,
      id: 0,
      tos: 0,
      df: true,
      payload: {
        kind: 'icmp',
        type: ICMP_DEST_UNREACH,
        code: ICMP_FRAG_NEEDED,
        id: 0,
        seq: 0,
        dataLen: 0,
        inner: ip,
        mtu,
      },
    };
    const w = this.world;
    w.trace(
      this.netns,
      'icmp',
      w.tracing
        ? msg('vxlan.pmtu-reply', { dev: this.name, len: ipv4Length(ip), mtu, src: ip4ToString(ip.src) })
        : '',
      skb,
      this,
    );
    const back: EthFrame = { dst: f.src, src: f.dst, type: ETH_P_IP, payload: reply };
    this.receive({ frame: back, packetId: skb.packetId, lineage: skb.lineage });
    return true;
  }

  /** encap_bypass_if_local: a VTEP address of our own namespace gets the frame without encapsulation. */
  private bypass(skb: Skb, vni: number, port: number, remote: Ip4): void {
    const w = this.world;
    const devs = socksOf.get(this.underlay)?.get(port)?.devs;
    const target = devs && [...devs].find((v) => v.cfg.vni === vni);
    if (!target) {
      this.errors.txErrors++;
      w.trace(
        this.netns,
        'drop',
        w.tracing ? msg('vxlan.bypass-none', { dev: this.name, dst: ip4ToString(remote), vni, port }) : '',
        skb,
        this,
      );
      return;
    }
    w.trace(
      this.netns,
      'frame-tx',
      w.tracing ? msg('vxlan.bypass', { dev: this.name, dst: ip4ToString(remote), peer: target.name }) : '',
      skb,
      this,
    );
    const len = frameLength(skb.frame) - 14;
    this.countTx(len);
    if (!target.up) {
      target.stats.rxDropped++;
      return;
    }
    if (target.cfg.learning) target.snoop(0x7f000001, skb);
    target.countRx(len);
    target.receive({ frame: skb.frame, packetId: skb.packetId, lineage: skb.lineage });
  }

  // --- receive ----------------------------------------------------------------------------------

  /** vxlan_rcv after the device is found: checks, learning, then the frame arrives on this device. */
  rcv(outer: Ipv4Packet, frame: EthFrame, skb: Skb): void {
    const world = this.world;
    const inner: Skb = { frame, packetId: skb.packetId, lineage: skb.lineage };
    // vxlan_set_mac: our own MAC as the source is a loop; a multicast or zero source is invalid.
    if (frame.src === this.mac || isMulticastMac(frame.src) || frame.src === ZERO_MAC) {
      world.trace(
        this.netns,
        'drop',
        world.tracing ? msg('vxlan.bad-source', { dev: this.name, mac: frame.src }) : '',
        inner,
        this,
      );
      return;
    }
    if (this.cfg.learning && !this.snoop(outer.src, inner)) return;
    if (!this.up) {
      this.stats.rxDropped++;
      return;
    }
    this.countRx(frameLength(frame) - 14);
    world.trace(
      this.netns,
      'frame-rx',
      world.tracing
        ? msg('vxlan.decap', {
            owner:
              this.netns.name === ''
                ? msg('vxlan.owner-host')
                : msg('vxlan.owner-ns', { ns: this.netns.name }),
            dev: this.name,
            vni: this.cfg.vni,
            src: ip4ToString(outer.src),
          })
        : '',
      inner,
      this,
    );
    this.receive(inner);
  }

  /** vxlan_snoop: learn (or move) the inner source MAC against the outer source. False: drop it. */
  snoop(src: Ip4, skb: Skb): boolean {
    const mac = skb.frame.src;
    const world = this.world;
    const f = this.lookup(mac);
    if (f) {
      const rd = f.remotes[0];
      if (rd && rd.ip === src && rd.ifindex === 0) return true;
      const old = rd?.ip ?? 0;
      if (f.state & (NUD_PERMANENT | NUD_NOARP)) {
        world.trace(
          this.netns,
          'drop',
          world.tracing
            ? msg('vxlan.static-conflict', {
                dev: this.name,
                mac,
                src: ip4ToString(src),
                old: ip4ToString(old),
              })
            : '',
          skb,
          this,
        );
        return false;
      }
      if (rd) rd.ip = src;
      f.updated = world.clock.now;
      world.trace(
        this.netns,
        'fdb-learn',
        world.tracing
          ? msg('vxlan.migrate', { dev: this.name, mac, old: ip4ToString(old), dst: ip4ToString(src) })
          : '',
        skb,
        this,
      );
      return true;
    }
    if (!this.up) return true;
    if (this.cfg.maxAddress && this.fdb.size >= this.cfg.maxAddress) return true;
    const now = world.clock.now;
    this.fdb.set({
      mac,
      remotes: [{ ip: src, port: this.cfg.dstPort, vni: this.cfg.vni, ifindex: 0 }],
      state: NUD_REACHABLE,
      flags: NTF_SELF,
      addedByUser: false,
      used: now,
      updated: now,
    });
    world.trace(
      this.netns,
      'fdb-learn',
      world.tracing ? msg('vxlan.learn', { dev: this.name, mac, dst: ip4ToString(src) }) : '',
      skb,
      this,
    );
    return true;
  }
}

/** vxlan_socket_create: a UDP socket bound to 0.0.0.0:port whose datagrams go to vxlan_rcv. */
function openSock(net: Netns, port: number, socks: Map<number, VxlanSock>): VxlanSock {
  const udp = net.stack.udp;
  const s = udp.bind(0, port);
  if (typeof s === 'string') throw new VxlanSockError(s);
  const vs: VxlanSock = {
    port,
    devs: new Set(),
    close: () => {
      udp.close(s);
      socks.delete(port);
    },
  };
  s.encapRcv = (dev, pkt, skb) => encapRcv(net, vs, dev, pkt, skb);
  socks.set(port, vs);
  return vs;
}

/** The socket could not be bound (a user socket holds the port). */
export class VxlanSockError extends Error {
  constructor(readonly errno: 'EADDRINUSE' | 'EADDRNOTAVAIL') {
    super(errno);
  }
}

/** vxlan_rcv: the header, then the device with that VNI among those sharing the socket. */
function encapRcv(net: Netns, vs: VxlanSock, dev: Device, pkt: Ipv4Packet, skb: Skb): void {
  const world = net.world;
  const d = pkt.payload as UdpDatagram;
  const v = d.vxlan;
  if (!v || !(v.flags & VXLAN_FLAG_VNI) || v.flags !== VXLAN_FLAG_VNI) {
    world.trace(
      net,
      'drop',
      world.tracing ? msg('vxlan.bad-header', { src: ip4ToString(pkt.src), port: vs.port }) : '',
      skb,
      dev,
    );
    return;
  }
  const vx = [...vs.devs].find((x) => x.cfg.vni === v.vni);
  if (!vx) {
    world.trace(
      net,
      'drop',
      world.tracing ? msg('vxlan.no-vni', { src: ip4ToString(pkt.src), port: vs.port, vni: v.vni }) : '',
      skb,
      dev,
    );
    return;
  }
  vx.rcv(pkt, v.inner, skb);
}

/** The VXLAN devices that would clash with `cfg` in `net` (vxlan_vni_in_use): same VNI and port. */
export function vniInUse(vxlans: Iterable<Vxlan>, net: Netns, cfg: VxlanConfig, self?: Vxlan): boolean {
  for (const v of vxlans)
    if (v !== self && v.underlay === net && v.cfg.vni === cfg.vni && v.cfg.dstPort === cfg.dstPort)
      return true;
  return false;
}
