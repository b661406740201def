// The boundary between the IPv4 layer and the transport protocols above it, as gVisor's netstack
// draws it (a transport protocol registers with the network layer and talks to it through an
// endpoint, never through the stack itself) and as Linux registers TCP and UDP with
// inet_add_protocol. A transport gets `Ipv4Services` — routing, sending, ICMP errors, the clock, the
// RNG and the trace — and never sees the namespace; the IPv4 layer hands it its packets and the ICMP
// errors that quote them by protocol number.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import type { FibError } from '../route/fib.ts';
import type { Clock } from '../sim/clock.ts';
import type { Rng } from '../sim/rng.ts';
import type { TraceKind } from '../trace/events.ts';
import type { TraceMsg } from '../trace/messages.ts';
import type { Ip4 } from '../wire/addr.ts';
import type { IcmpPacket, Ipv4Packet } from '../wire/packet.ts';
import type { OutputKey, OutputRequest, OutputResult, RouteOutput } from './output.ts';

/** What the IPv4 layer offers a transport protocol. */
export interface Ipv4Services {
  readonly clock: Clock;
  readonly rng: Rng;
  /** A local address of this namespace (the weak host model). */
  isLocal(ip: Ip4): boolean;
  /** ip_route_connect: the route and the source a connect() would get, or the socket's error. */
  routeConnect(dst: Ip4, opts?: OutputKey): RouteOutput | { error: FibError; route?: undefined };
  /** ip_route_output_key, when only a route matters. */
  routeOutput(dst: Ip4, opts?: OutputKey): RouteOutput | undefined;
  /** ip_queue_xmit / ip_send_skb: sends a locally generated packet. */
  output(p: OutputRequest): OutputResult;
  /** icmp_send: an error about `orig` back to its source. */
  icmpSend(orig: Ipv4Packet, type: number, code: number, inDev: Device | undefined, packetId: number): void;
  /** Records a step of this namespace's stack. */
  trace(kind: TraceKind, text: string | TraceMsg, skb?: Skb, dev?: Device): void;
  /** False when the trace keeps nothing: pass '' as the text then. */
  readonly tracing: boolean;
}

/** A transport protocol as the IPv4 layer sees it (struct net_protocol: handler and err_handler). */
export interface TransportProtocol {
  /** A packet for this protocol, delivered locally (`broadcast`: sent to a broadcast address). */
  rcv(dev: Device, pkt: Ipv4Packet, skb: Skb, broadcast: boolean): void;
  /** An ICMP error from `from` quoting one of this protocol's packets. */
  err(from: Ip4, icmp: IcmpPacket): void;
}
