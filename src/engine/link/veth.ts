import type { Netns } from '../netns/netns.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { frameLength } from '../wire/packet.ts';
import { Device } from './device.ts';
import { type Skb, scrubSkb } from './skb.ts';

/** drivers/net/veth.c: a pair; what one end sends, the other receives. Carrier needs both ends up. */
export class Veth extends Device {
  readonly kind = 'veth' as const;
  peer!: Veth;

  get carrier(): boolean {
    return this.up && this.peer.up;
  }
  override carrierBit(): boolean {
    return this.carrier;
  }
  override iflink(): number {
    return this.peer.ifindex;
  }
  /** This end's receive, made once: a frame crossing the link schedules it without a closure. */
  private readonly rx = (skb: Skb) => this.receive(skb);

  protected startXmit(skb: Skb): boolean {
    if (!this.carrier) {
      this.traceNoCarrier(skb);
      return true;
    }
    const peer = this.peer;
    const len = frameLength(skb.frame);
    // is_skb_forwardable: the peer takes frames up to its MTU plus the Ethernet and a VLAN header.
    if (len > peer.mtu + 14 + 4) {
      this.stats.txDropped++;
      peer.stats.rxDropped++;
      const w = this.netns.world;
      w.trace(
        this.netns,
        'drop',
        w.tracing ? msg('veth.too-big', { dev: this.name, peer: peer.name, len, mtu: peer.mtu }) : '',
        skb,
        this,
      );
      return false;
    }
    this.countTx(len);
    peer.countRx(len);
    this.traceXmit(peer, skb);
    this.netns.world.deliver(peer.rx, scrubSkb(skb, peer.netns !== this.netns));
    return true;
  }
  private traceNoCarrier(skb: Skb): void {
    const w = this.netns.world;
    w.trace(
      this.netns,
      'drop',
      w.tracing ? msg('veth.no-carrier', { dev: this.name, peer: this.peer.name }) : '',
      skb,
      this,
    );
  }
  /**
   * The last sentence traceXmit said, with the names it was made from: every frame of a flow says the
   * same, and kept trace events then share one message (params are immutable) instead of three
   * objects each.
   */
  private xmitSaid?: { dev: string; peer: string; self: Netns; ns: Netns; nsName: string; said: TraceMsg };
  private traceXmit(peer: Veth, skb: Skb): void {
    const w = this.netns.world;
    w.trace(this.netns, 'frame-tx', w.tracing ? this.xmitMsg(peer) : '', skb, this);
  }
  private xmitMsg(peer: Veth): TraceMsg {
    const c = this.xmitSaid;
    const ns = peer.netns;
    let said: TraceMsg;
    if (
      c &&
      c.dev === this.name &&
      c.peer === peer.name &&
      c.self === this.netns &&
      c.ns === ns &&
      c.nsName === ns.name
    )
      said = c.said;
    else {
      said = msg('veth.xmit', {
        dev: this.name,
        peer: peer.name,
        where:
          ns === this.netns ? '' : ns.name === '' ? msg('veth.in-host') : msg('veth.in-ns', { ns: ns.name }),
      });
      this.xmitSaid = { dev: this.name, peer: peer.name, self: this.netns, ns, nsName: ns.name, said };
    }
    return said;
  }
  static create(
    a: { netns: Netns; name: string; ifindex: number; mac: string; macSet: boolean },
    b: { netns: Netns; name: string; ifindex: number; mac: string; macSet: boolean },
  ): [Veth, Veth] {
    const va = new Veth(a.netns, a.name, a.ifindex, a.mac, a.macSet);
    const vb = new Veth(b.netns, b.name, b.ifindex, b.mac, b.macSet);
    va.peer = vb;
    vb.peer = va;
    // veth_newlink turns the carrier off on both ends once they are registered: one change each.
    for (const v of [va, vb]) {
      v.carrierChanges = 1;
      v.carrierSeen = false;
    }
    return [va, vb];
  }
}
