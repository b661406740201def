import type { Netns } from '../netns/netns.ts';
import { frameLength } from '../wire/packet.ts';
import { Device, type OperState } from './device.ts';
import type { Skb } from './skb.ts';

/** drivers/net/loopback.c: every frame sent comes straight back in. */
export class Loopback extends Device {
  readonly kind = 'loopback' as const;
  constructor(netns: Netns) {
    super(netns, 'lo', 1, '00:00:00:00:00:00', true);
    this.mtu = 65536;
  }
  get carrier(): boolean {
    return this.up;
  }
  override computeOperstate(): OperState {
    return this.up ? 'UNKNOWN' : 'DOWN';
  }
  override operstate(): OperState {
    return this.computeOperstate();
  }
  protected startXmit(skb: Skb): boolean {
    if (!this.up) return true;
    // loopback_xmit counts skb->len after eth_type_trans pulled the Ethernet header.
    const len = frameLength(skb.frame) - 14;
    this.countTx(len);
    this.countRx(len);
    this.netns.world.deliver(() => this.receive(skb));
    return true;
  }
}
