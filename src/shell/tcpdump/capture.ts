// A packet socket as libpcap opens it for tcpdump: a tap on one device (promiscuous unless -p) or on
// every device of the namespace ("any", LINUX_SLL2 records), the BPF filter applied to each frame's
// bytes, and the -c count. It sees frames through the engine's ptype_all hook and never changes them;
// opening and closing it (and the promiscuity that comes with it) go through world.rtnl.

import type { Device } from '../../engine/link/device.ts';
import type { PacketTap, TapPktType } from '../../engine/link/packet-tap.ts';
import type { Skb } from '../../engine/link/skb.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { macToBytes } from '../../engine/wire/addr.ts';
import { emitEthernet } from '../../engine/wire/ethernet.ts';
import { emitSll, emitSll2, LINKTYPE_LINUX_SLL } from '../../engine/wire/pcap.ts';
import type { World } from '../../engine/world.ts';
import type { Filter } from './filter.ts';

/** Why a capture ended: -c reached, a signal (timeout, pkill), or the device went away. */
export type CloseReason = 'count' | 'signal' | 'gone';

export interface CaptureOpts {
  /** The link type of what is recorded: Ethernet for a device, LINUX_SLL or LINUX_SLL2 for "any". */
  linktype: number;
  promisc: boolean;
  filter?: Filter;
  count?: number;
  snaplen: number;
  /** A packet that passed the filter: capture time, captured bytes, length on the wire. */
  packet(t: number, data: Uint8Array, length: number): void;
  closed(why: CloseReason): void;
}

const PKTTYPE: Record<TapPktType, number> = {
  host: 0,
  broadcast: 1,
  multicast: 2,
  otherhost: 3,
  outgoing: 4,
};
const ARPHRD_ETHER = 1;
const ARPHRD_LOOPBACK = 772;

export class Capture implements PacketTap {
  captured = 0;
  /** ps_recv: packets the kernel's filter accepted while the socket was open. */
  received = 0;
  done = false;

  constructor(
    private world: World,
    private ns: Netns,
    /** The device, or undefined for "any". */
    private dev: Device | undefined,
    private opts: CaptureOpts,
  ) {}

  /** Binds the socket through world.rtnl (the device's promiscuity goes up unless -p). */
  open(): void {
    this.world.rtnl.packetOpen(this.ns, this.dev, this, this.opts.promisc);
  }

  frame(dev: Device, skb: Skb, pktType: TapPktType): void {
    if (this.done) return;
    // libpcap drops what a loopback device sends: the same packet comes back in as received.
    if (pktType === 'outgoing' && dev.kind === 'loopback') return;
    const eth = emitEthernet(skb.frame);
    const cooked = this.opts.linktype === LINKTYPE_LINUX_SLL ? emitSll : emitSll2;
    const data = this.dev
      ? eth
      : cooked(
          {
            protocol: skb.frame.type,
            ifindex: dev.ifindex,
            hatype: dev.kind === 'loopback' ? ARPHRD_LOOPBACK : ARPHRD_ETHER,
            pktType: PKTTYPE[pktType],
            addr: new Uint8Array(macToBytes(skb.frame.src)),
          },
          eth.subarray(14),
        );
    if (this.opts.filter && !this.opts.filter(data)) return;
    this.received++;
    this.captured++;
    this.opts.packet(this.world.clock.now, data.subarray(0, this.opts.snaplen), data.length);
    if (this.opts.count !== undefined && this.captured >= this.opts.count) this.close('count');
  }

  gone(): void {
    this.close('gone');
  }

  /** Closes the socket and reports why (tcpdump then prints its counts). */
  close(why: CloseReason): void {
    if (this.done) return;
    this.detach();
    this.opts.closed(why);
  }

  /** Closes without a report (a foreground capture netns-lab stops because nothing more can come). */
  abandon(): void {
    if (!this.done) this.detach();
  }

  private detach(): void {
    this.done = true;
    this.world.rtnl.packetClose(this.ns, this.dev, this, this.opts.promisc);
  }
}
