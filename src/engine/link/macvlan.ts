// drivers/net/macvlan.c in bridge mode: children share their parent's wire, each with its own MAC.
// Children reach each other directly and the outside through the parent's link, but never the
// parent's own stack: a child's frame goes out of the parent, not up into it.

import type { Netns } from '../netns/netns.ts';
import { msg } from '../trace/messages.ts';
import { isMulticastMac } from '../wire/addr.ts';
import { frameLength } from '../wire/packet.ts';
import { Device, type OperState } from './device.ts';
import type { Skb } from './skb.ts';

export class Macvlan extends Device {
  readonly kind = 'macvlan' as const;
  parent: Device;
  mode = 'bridge';

  /**
   * The parent's carrier bit as netif_stacked_transfer_operstate last copied it: when the macvlan was
   * made, and on the parent's NETDEV_UP, NETDEV_DOWN and NETDEV_CHANGE — which linkwatch sends only
   * while the parent is up, so a parent that is down can lose its carrier unseen.
   */
  private lowerCarrier: boolean;

  constructor(netns: Netns, name: string, ifindex: number, mac: string, macSet: boolean, parent: Device) {
    super(netns, name, ifindex, mac, macSet);
    this.parent = parent;
    this.lowerCarrier = parent.carrierOk();
    installRxHandler(parent);
  }

  get carrier(): boolean {
    return this.up && this.lowerCarrier;
  }

  override carrierBit(): boolean {
    return this.lowerCarrier;
  }

  /** netif_carrier_ok: the bit, which macvlan_stop leaves as it is (kernel scenario 291). */
  override carrierOk(): boolean {
    return this.lowerCarrier;
  }

  /** netif_stacked_transfer_operstate. */
  transferOperstate(): void {
    this.lowerCarrier = this.parent.carrierOk();
    this.noteCarrier();
  }

  override iflink(): number {
    return this.parent.ifindex;
  }

  /** A macvlan's state follows its parent's (netif_stacked_transfer_operstate). */
  override operstate(): OperState {
    return this.up ? this.computeOperstate() : 'DOWN';
  }

  siblings(): Macvlan[] {
    return this.netns.world.macvlansOf(this.parent).filter((m) => m !== this);
  }

  protected startXmit(skb: Skb): boolean {
    if (!this.carrier) return true;
    this.countTx(frameLength(skb.frame));
    const world = this.netns.world;
    const dst = skb.frame.dst;
    if (dst === 'ff:ff:ff:ff:ff:ff' || isMulticastMac(dst)) {
      for (const m of this.siblings()) if (m.up) world.deliver(() => m.receiveFromMacvlan(skb));
    } else {
      const m = this.siblings().find((s) => s.mac === dst);
      if (m) {
        world.trace(
          this.netns,
          'frame-tx',
          world.tracing ? msg('macvlan.sibling', { dev: this.name, sibling: m.name }) : '',
          skb,
          this,
        );
        if (m.up) world.deliver(() => m.receiveFromMacvlan(skb));
        return true;
      }
    }
    world.trace(
      this.netns,
      'frame-tx',
      world.tracing ? msg('macvlan.parent', { dev: this.name, parent: this.parent.name }) : '',
      skb,
      this,
    );
    this.parent.xmit(skb);
    return true;
  }

  /** macvlan_handle_frame hands the frame to this child as if it had arrived on it. */
  receiveFromMacvlan(skb: Skb): void {
    if (this.up) this.countRx(frameLength(skb.frame));
    this.receive(skb);
  }
}

/** macvlan_handle_frame on the parent: unicast to a child's MAC goes to that child; broadcasts to all. */
function installRxHandler(parent: Device): void {
  if (parent.rxHandler) return;
  parent.rxHandler = (skb: Skb): boolean => {
    const world = parent.netns.world;
    const children = world.macvlansOf(parent);
    if (children.length === 0) return false;
    const dst = skb.frame.dst;
    if (dst === 'ff:ff:ff:ff:ff:ff' || isMulticastMac(dst)) {
      for (const m of children)
        if (m.up && m.mac !== skb.frame.src) world.deliver(() => m.receiveFromMacvlan(skb));
      return false; // the parent also gets its copy
    }
    const m = children.find((c) => c.mac === dst);
    if (!m) return false;
    if (m.up) m.receiveFromMacvlan(skb);
    return true;
  };
}
