import type { Netns } from '../netns/netns.ts';
import { Device } from './device.ts';
import type { Skb } from './skb.ts';

/** drivers/net/veth.c: a pair; what one end sends, the other receives. Carrier needs both ends up. */
export class Veth extends Device {
  readonly kind = 'veth' as const;
  peer!: Veth;

  get carrier(): boolean {
    return this.up && this.peer.up;
  }
  override iflink(): number {
    return this.peer.ifindex;
  }
  xmit(skb: Skb): void {
    if (!this.carrier) {
      this.netns.world.trace(
        this.netns,
        'drop',
        () => `${this.name} has no carrier (its peer ${this.peer.name} is down): frame dropped`,
        skb,
        this,
      );
      return;
    }
    const peer = this.peer;
    this.netns.world.trace(
      this.netns,
      'frame-tx',
      () =>
        `${this.name} sends the frame to its veth peer ${peer.name}${peer.netns === this.netns ? '' : ` in ${peer.netns.label}`}`,
      skb,
      this,
    );
    this.netns.world.deliver(() => peer.receive(skb));
  }
  static create(
    a: { netns: Netns; name: string; ifindex: number; mac: string; macSet: boolean },
    b: { netns: Netns; name: string; ifindex: number; mac: string; macSet: boolean },
  ): [Veth, Veth] {
    const va = new Veth(a.netns, a.name, a.ifindex, a.mac, a.macSet);
    const vb = new Veth(b.netns, b.name, b.ifindex, b.mac, b.macSet);
    va.peer = vb;
    vb.peer = va;
    return [va, vb];
  }
}
