// struct net_device: what every link type shares. A device lives in one namespace, has an ifindex
// there, a MAC, admin state (IFF_UP) and carrier (IFF_LOWER_UP), IPv4 addresses (in_device) and
// per-device IPv4 sysctls. Link types override transmit and carrier.

import type { DevConf } from '../ipv4/devconf.ts';
import { type InAddr, InDevice } from '../ipv4/devinet.ts';
import type { Netns } from '../netns/netns.ts';
import { isMulticastMac, type Mac } from '../wire/addr.ts';
import type { Bridge } from './bridge.ts';
import type { PacketTap, TapPktType } from './packet-tap.ts';
import type { PktType, Skb } from './skb.ts';

export type DeviceKind = 'loopback' | 'veth' | 'bridge' | 'macvlan' | 'vxlan';
export type OperState = 'UP' | 'DOWN' | 'UNKNOWN' | 'LOWERLAYERDOWN';

export abstract class Device {
  abstract readonly kind: DeviceKind;
  name: string;
  ifindex: number;
  netns: Netns;
  mac: Mac;
  /** NET_ADDR_SET: the MAC was given explicitly (a bridge then stops following its ports). */
  macSet: boolean;
  mtu = 1500;
  up = false;
  master?: Bridge;
  /** IPv4 addresses (struct in_device); `addrs` is their list in dump order. */
  readonly inet = new InDevice();
  get addrs(): readonly InAddr[] {
    return this.inet.addrs;
  }
  conf: DevConf;
  txQueueLen = 1000;
  /** Per-device neighbour parameters (reachable time is drawn per device, as neigh_parms is). */
  reachableTime = 0;
  reachableDrawnAt = Number.NEGATIVE_INFINITY;

  constructor(netns: Netns, name: string, ifindex: number, mac: Mac, macSet: boolean) {
    this.netns = netns;
    this.name = name;
    this.ifindex = ifindex;
    this.mac = mac;
    this.macSet = macSet;
    this.conf = netns.confDefault.clone();
  }

  /** IFF_LOWER_UP. */
  abstract get carrier(): boolean;

  /** netif_carrier_ok: the carrier bit, which a device that is down may still have (a new bridge). */
  carrierOk(): boolean {
    return this.carrier;
  }

  /**
   * The carrier bit as netif_carrier_on/off keep it, for IFLA_CARRIER_CHANGES: on for a device whose
   * driver never turns it off (lo, VXLAN); veth, bridge and macvlan override it.
   */
  carrierBit(): boolean {
    return true;
  }
  /** IFLA_CARRIER_CHANGES (`transns` of `ip -s -s link`): flips of the bit since registration. */
  carrierChanges = 0;
  /** The bit when last looked at (undefined until registration). */
  carrierSeen?: boolean;

  /** Counts a flip of the carrier bit; every place the bit can change calls it. */
  noteCarrier(): void {
    const bit = this.carrierBit();
    if (this.carrierSeen !== undefined && bit !== this.carrierSeen) this.carrierChanges++;
    this.carrierSeen = bit;
  }

  /** The peer or parent whose index iproute2 shows after "@" (dev_get_iflink); own index otherwise. */
  iflink(): number {
    return this.ifindex;
  }

  /**
   * The operstate last computed by linkwatch (IF_OPER_UNKNOWN until a carrier event). Linkwatch runs
   * only when carrier changes, so a device brought up without a carrier change keeps what was
   * computed before; rtnetlink reports DOWN for any device that is not running.
   */
  private oper: OperState = 'UNKNOWN';
  /** Carrier as linkwatch last saw it (to notice a loss). */
  linkwatchCarrier = false;
  /** Secondary unicast addresses (dev->uc): `bridge fdb add MAC dev X self` on a non-bridge device. */
  readonly ucAddrs: readonly string[] = [];
  /** Once a device has been up it keeps its noqueue qdisc; never-up devices show noop. */
  everUp = false;
  /** ptype_all entries bound to this device: packet sockets such as `tcpdump -i DEV`. */
  readonly taps: readonly PacketTap[] = [];
  /**
   * dev->promiscuity: while > 0 IFF_PROMISC is set (a capture asked for it); a bridge then passes
   * every frame up. Both change only through world.rtnl (packetOpen, packetClose).
   */
  readonly promiscuity: number = 0;
  /** IFF_PROMISC asked for by `ip link set DEV promisc on` (dev->gflags): shown in the link flags. */
  readonly promiscFlag: boolean = false;

  operstate(): OperState {
    return this.up ? this.oper : 'DOWN';
  }

  /**
   * rfc2863_policy + default_operstate (net/core/link_watch.c), run when linkwatch handles this device.
   * Without carrier: LOWERLAYERDOWN if the device at our iflink index in this namespace has no carrier
   * either (at this moment: masters such as a bridge update their carrier only afterwards), else DOWN.
   */
  computeOperstate(): OperState {
    if (!this.carrier) {
      const link = this.iflink();
      if (link === this.ifindex) return 'DOWN';
      const peer = this.netns.devByIndex(link);
      if (!peer) return 'DOWN';
      return peer.carrierOk() ? 'DOWN' : 'LOWERLAYERDOWN';
    }
    return 'UP';
  }

  setOperstate(o: OperState): void {
    this.oper = o;
  }

  /**
   * Sends a frame out of this device (dev_queue_xmit): the taps see it, then the driver sends it.
   * False when the driver dropped it on the spot (NET_XMIT_DROP), which a local sender sees as ENOBUFS.
   */
  xmit(skb: Skb): boolean {
    if (this.up) this.nit(skb, 'outgoing');
    return this.startXmit(skb);
  }

  /** The link type's transmit (ndo_start_xmit). */
  protected abstract startXmit(skb: Skb): boolean;

  /** struct rtnl_link_stats64: what `ip -s link` and ifconfig print (bytes include the Ethernet header). */
  readonly stats = { rxBytes: 0, rxPackets: 0, rxDropped: 0, txBytes: 0, txPackets: 0, txDropped: 0 };

  countTx(bytes: number): void {
    this.stats.txBytes += bytes;
    this.stats.txPackets++;
  }

  countRx(bytes: number): void {
    this.stats.rxBytes += bytes;
    this.stats.rxPackets++;
  }

  /**
   * dev_queue_xmit_nit on transmit, the ptype_all loop of __netif_receive_skb_core on receive: every
   * packet socket bound to this device, or to "any" in its namespace, sees the frame before anything
   * else touches it.
   */
  nit(skb: Skb, pktType: TapPktType): void {
    const any = this.netns.taps;
    if (this.taps.length === 0 && any.length === 0) return;
    for (const t of this.taps) t.frame(this, skb, pktType);
    for (const t of any) t.frame(this, skb, pktType);
  }

  /** A frame arrives on this device from its link (netif_receive_skb). */
  receive(skb: Skb): void {
    if (!this.up) return;
    this.nit(skb, this.pktType(skb.frame.dst));
    if (this.master) {
      this.master.handleFrame(this, skb);
      return;
    }
    if (this.rxHandler?.(skb)) return;
    this.netns.stack.receive(this, skb, this.pktType(skb.frame.dst));
  }

  /** macvlan installs one on its parent; a bridge port is handled above. Returns true when consumed. */
  rxHandler?: (skb: Skb) => boolean;

  pktType(dst: Mac): PktType {
    if (dst === this.mac) return 'host';
    if (dst === 'ff:ff:ff:ff:ff:ff') return 'broadcast';
    if (isMulticastMac(dst)) return 'multicast';
    return 'otherhost';
  }

  get label(): string {
    return this.netns.label;
  }
}
