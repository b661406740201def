// A packet socket's view of the stack (net/packet/af_packet.c): a tap registered on a device's
// ptype_all list, or on the namespace's for "any", sees every frame the device sends or receives,
// with the skb's pkt_type. tcpdump (src/shell/tcpdump/) is its only user.

import type { Device } from './device.ts';
import type { PktType, Skb } from './skb.ts';

/** PACKET_HOST … PACKET_OTHERHOST on receive, PACKET_OUTGOING on transmit. */
export type TapPktType = PktType | 'outgoing';

export interface PacketTap {
  /** Called synchronously, before the frame goes on; the skb must not be kept or changed. */
  frame(dev: Device, skb: Skb, pktType: TapPktType): void;
  /** The bound device was unregistered or left the namespace (NETDEV_UNREGISTER). */
  gone?(dev: Device): void;
}
