// One namespace's IPv4 stack: the state the kernel keeps per network namespace for IPv4 (the
// neighbour table, the ping, TCP and UDP sockets, the IP id counter) and the entry points devices
// and sockets call. The behaviour lives in files named after the kernel's: arp.ts (net/ipv4/arp.c),
// input.ts (ip_input.c, route.c ip_route_input_slow), forward.ts (ip_forward.c), output.ts
// (ip_output.c, route.c ip_route_output_key), icmp.ts (icmp.c and the ping sockets) and verdict.ts
// (a netfilter verdict at an IPv4 hook, nf_reject_ipv4.c). Each decision emits a trace event that
// says why.

import type { Device } from '../link/device.ts';
import type { PktType, Skb } from '../link/skb.ts';
import { NeighTable } from '../neigh/neigh.ts';
import type { Netns } from '../netns/netns.ts';
import type { FibError } from '../route/fib.ts';
import type { Ip4 } from '../wire/addr.ts';
import {
  ETH_P_ARP,
  ETH_P_IP,
  type IcmpPacket,
  IPPROTO_TCP,
  IPPROTO_UDP,
  type Ipv4Packet,
} from '../wire/packet.ts';
import { arpRcv, arpSolicit } from './arp.ts';
import { Reassembly } from './fragment.ts';
import { icmpSend } from './icmp.ts';
import { InetPeers } from './inetpeer.ts';
import { ipRcv, type RouteInput, routeInput } from './input.ts';
import {
  ipOutput,
  type OutputKey,
  type OutputRequest,
  type OutputResult,
  type RouteOutput,
  routeConnect,
  routeOutput,
  routeOutputKey,
} from './output.ts';
import { TcpTable } from './tcp.ts';
import type { Ipv4Services, TransportProtocol } from './transport.ts';
import { UdpTable } from './udp.ts';

export interface PingSocket {
  id: number;
  onReply(pkt: Ipv4Packet): void;
  onError(from: Ip4, icmp: IcmpPacket): void;
  /** A redirect about one of our echo requests (raw sockets see every ICMP message). */
  onRedirect?(from: Ip4, icmp: IcmpPacket): void;
}

export class Ipv4Stack {
  readonly neigh: NeighTable;
  readonly pingSockets = new Map<number, PingSocket>();
  readonly tcp: TcpTable;
  readonly udp: UdpTable;
  /** inet_peer: per-address ICMP rate-limit buckets (and redirect back-off). */
  readonly peers = new InetPeers();
  /** ip_defrag's queues. */
  readonly reasm = new Reassembly();
  private ipId = 0;

  /** The next IP header id (a per-namespace counter here; the kernel hashes per destination). */
  nextIpId(): number {
    this.ipId = (this.ipId + 1) & 0xffff;
    return this.ipId;
  }

  /** inet_protos: the transport protocols registered with this layer, by IP protocol number. */
  private readonly protocols = new Map<number, TransportProtocol>();

  /** inet_add_protocol: `t` receives the packets of `protocol` and the ICMP errors quoting them. */
  register(protocol: number, t: TransportProtocol): void {
    this.protocols.set(protocol, t);
  }

  /** The transport protocol registered for an IP protocol number. */
  transport(protocol: number): TransportProtocol | undefined {
    return this.protocols.get(protocol);
  }

  constructor(readonly ns: Netns) {
    const stack = this;
    // What a transport sees of this layer: never the namespace.
    const services: Ipv4Services = {
      clock: ns.world.clock,
      rng: ns.world.rng,
      isLocal: (ip) => this.isLocal(ip),
      routeConnect: (dst, opts) => this.routeConnect(dst, opts),
      routeOutput: (dst, opts) => this.routeOutput(dst, opts),
      output: (p) => this.output(p),
      icmpSend: (orig, type, code, inDev, packetId) => this.icmpSend(orig, type, code, inDev, packetId),
      trace: (kind, text, skb, dev) => this.world.trace(this.ns, kind, text, skb, dev),
      get tracing() {
        return stack.world.tracing;
      },
    };
    this.tcp = new TcpTable(services);
    this.udp = new UdpTable(services);
    this.register(IPPROTO_TCP, this.tcp);
    this.register(IPPROTO_UDP, this.udp);
    this.neigh = new NeighTable({
      solicit: (n, unicastTo) => arpSolicit(this, n, unicastTo),
      trace: (n, text) => this.world.trace(this.ns, 'neigh-state', text, undefined, n.dev),
      get tracing() {
        return stack.world.tracing;
      },
    });
  }

  get world() {
    return this.ns.world;
  }

  get fib() {
    return this.ns.fib;
  }

  /** A frame handed up by a device: ARP or IPv4. */
  receive(dev: Device, skb: Skb, pktType: PktType): void {
    const f = skb.frame;
    if (f.type === ETH_P_ARP && f.payload.kind === 'arp') arpRcv(this, dev, f.payload, pktType, skb);
    else if (f.type === ETH_P_IP && f.payload.kind === 'ipv4') ipRcv(this, dev, f.payload, pktType, skb);
  }

  /** A local address of this namespace (any device): the weak host model. */
  isLocal(ip: Ip4): boolean {
    if (!this.fib.maybeLocal(ip)) return false;
    const r = this.fib.lookup(ip);
    return r?.type === 'local';
  }

  /** True when some device of this namespace has an IPv4 address. */
  anyAddr(): boolean {
    for (const d of this.ns.devices()) if (d.addrs.length) return true;
    return false;
  }

  /** Route lookup for a locally generated packet (ip_route_output_key): returns the route and source. */
  routeOutput(dst: Ip4, opts: OutputKey = {}): RouteOutput | undefined {
    return routeOutput(this, dst, opts);
  }

  /** connect(): the lookup, then again with the source it chose (ip_route_connect). */
  routeConnect(dst: Ip4, opts: OutputKey = {}): RouteOutput | { error: FibError; route?: undefined } {
    return routeConnect(this, dst, opts);
  }

  /** The same lookup with the error a socket would get (EINVAL, EHOSTUNREACH, EACCES, ENETUNREACH). */
  routeOutputKey(dst: Ip4, opts: OutputKey = {}): RouteOutput | { error: FibError; route?: undefined } {
    return routeOutputKey(this, dst, opts);
  }

  /** The input route for a packet from `src` arriving on `iif` (ip route get … iif). */
  routeInput(flow: { dst: Ip4; src: Ip4; iif: Device; mark?: number; tos?: number }): RouteInput {
    return routeInput(this, flow);
  }

  /** Sends a locally generated packet. */
  output(p: OutputRequest): OutputResult {
    return ipOutput(this, p);
  }

  /** icmp_send: an error about `orig` back to its source. */
  icmpSend(orig: Ipv4Packet, type: number, code: number, inDev: Device | undefined, packetId: number): void {
    icmpSend(this, orig, type, code, inDev, packetId);
  }
}
