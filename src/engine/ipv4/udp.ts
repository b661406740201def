// UDP sockets of one namespace (net/ipv4/udp.c): bind, connect, send and receive, and the ICMP port
// unreachable Linux sends when nothing is bound (__udp4_lib_rcv → icmp_send). A connected socket
// learns about ICMP errors for its peer (__udp4_lib_err sets sk_err), and its next send fails with
// that error: this is how `nc -zu` sees a closed port.

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, ip4ToString } from '../wire/addr.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_PORT_UNREACH,
  type IcmpPacket,
  type Ipv4Packet,
  type UdpDatagram,
} from '../wire/packet.ts';
import { pickLocalPort } from './inet-ports.ts';
import { reuseportSelect } from './reuseport.ts';
import { icmpErrno, type SockErrno } from './sock-errors.ts';
import type { Ipv4Services, TransportProtocol } from './transport.ts';

/** "UDP 10.0.0.1:40000 → 10.0.0.2:53", as trace sentences name a datagram. */
export function describeUdp(pkt: Ipv4Packet, d: UdpDatagram): TraceMsg {
  return msg('pkt.udp', {
    src: ip4ToString(pkt.src),
    sport: d.sport,
    dst: ip4ToString(pkt.dst),
    dport: d.dport,
  });
}

export interface Endpoint {
  addr: Ip4;
  port: number;
}

/**
 * The process holding a socket, for ss -p and netstat -p: its name (comm), pid and descriptor; a
 * process netns-lab runs without modelling its descriptors has no `fd`.
 */
export interface SockOwner {
  comm: string;
  pid: number;
  fd?: number;
}

export class UdpSocket {
  remote?: Endpoint;
  owner?: SockOwner;
  /** sk_err: reported (and cleared) by the next send. */
  err?: SockErrno;
  /** Datagrams received (bytes of payload each), as a reader would see them. */
  onDatagram?: (from: Endpoint, d: UdpDatagram, to: Ip4) => void;
  /** A kernel tunnel's socket (udp_tunnel_sock_cfg.encap_rcv, VXLAN's): takes the whole packet. */
  encapRcv?: (dev: Device, pkt: Ipv4Packet, skb: Skb) => void;
  closed = false;
  constructor(
    public local: Endpoint,
    /** SO_REUSEPORT: sockets that all set it may share the address and port. */
    public reuseport = false,
  ) {}
}

export class UdpTable implements TransportProtocol {
  private sockets: UdpSocket[] = [];
  /** The SO_REUSEPORT flow-hash secret, drawn when a group first chooses. */
  private reuseSecret?: number;

  constructor(private readonly ip: Ipv4Services) {}

  /** bind(); port 0 picks one from the local range. */
  bind(addr: Ip4, port: number, reuseport = false): UdpSocket | 'EADDRINUSE' | 'EADDRNOTAVAIL' {
    if (addr !== 0 && !this.ip.isLocal(addr)) return 'EADDRNOTAVAIL';
    const taken = (p: number) =>
      this.sockets.some(
        (s) =>
          s.local.port === p &&
          (s.local.addr === 0 || addr === 0 || s.local.addr === addr) &&
          !(reuseport && s.reuseport),
      );
    if (port === 0) {
      const p = pickLocalPort(this.ip.rng, taken, false);
      if (p === undefined) return 'EADDRINUSE';
      port = p;
    } else if (taken(port)) return 'EADDRINUSE';
    const s = new UdpSocket({ addr, port }, reuseport);
    this.sockets.push(s);
    return s;
  }

  /** connect(): fixes the peer and, for an unbound socket, the source address from the route. */
  /** connect(), after an optional bind() to `local` (nc -s ADDR -p PORT). */
  connect(dst: Endpoint, local: { addr?: Ip4; port?: number } = {}): UdpSocket | SockErrno {
    if (local.addr !== undefined && !this.ip.isLocal(local.addr)) return 'EADDRNOTAVAIL';
    const ro = this.ip.routeConnect(dst.addr, { src: local.addr });
    if (ro.error) return ro.error;
    const s = this.bind(local.addr ?? 0, local.port ?? 0);
    if (typeof s === 'string') return s;
    s.local.addr = ro.src;
    s.remote = dst;
    return s;
  }

  /** send() on a connected socket: a pending error is returned (and cleared) instead of sending. */
  send(s: UdpSocket, dataLen: number): SockErrno | undefined {
    if (s.err) {
      const e = s.err;
      s.err = undefined;
      return e;
    }
    if (!s.remote) return 'EDESTADDRREQ';
    const r = this.ip.output({
      src: s.local.addr,
      dst: s.remote.addr,
      payload: { kind: 'udp', sport: s.local.port, dport: s.remote.port, dataLen, csumPartial: true },
      connected: true,
    });
    return r.ok ? undefined : r.errno;
  }

  close(s: UdpSocket): void {
    s.closed = true;
    this.sockets = this.sockets.filter((x) => x !== s);
  }

  /** udp4_lib_lookup: connected sockets first (exact 4-tuple), then the bound ones. */
  private lookup(pkt: Ipv4Packet, d: UdpDatagram): UdpSocket | undefined {
    let best: UdpSocket[] = [];
    let bestScore = -1;
    for (const s of this.sockets) {
      if (s.local.port !== d.dport) continue;
      if (s.local.addr !== 0 && s.local.addr !== pkt.dst) continue;
      if (s.remote && (s.remote.addr !== pkt.src || s.remote.port !== d.sport)) continue;
      const score = (s.local.addr ? 2 : 0) + (s.remote ? 4 : 0);
      if (score > bestScore) {
        best = [s];
        bestScore = score;
      } else if (score === bestScore) best.push(s);
    }
    // An SO_REUSEPORT group of unconnected sockets: the flow's hash chooses (udp4_lib_lookup2).
    const group = best.filter((s) => s.reuseport && !s.remote);
    if (group.length < 2) return best[0];
    this.reuseSecret ??= this.ip.rng.int(0, 2 ** 32);
    return reuseportSelect(group, this.reuseSecret, pkt.src, d.sport, pkt.dst, d.dport);
  }

  /** __udp4_lib_rcv for a datagram that reached local delivery. */
  rcv(dev: Device, pkt: Ipv4Packet, skb: Skb, broadcast: boolean): void {
    const d = pkt.payload as UdpDatagram;
    const s = this.lookup(pkt, d);
    if (!s) {
      if (broadcast) return;
      this.ip.trace(
        'drop',
        this.ip.tracing ? msg('udp.no-socket', { pkt: describeUdp(pkt, d), port: d.dport }) : '',
        skb,
        dev,
      );
      this.ip.icmpSend(pkt, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, dev, skb.packetId);
      return;
    }
    if (s.encapRcv) {
      s.encapRcv(dev, pkt, skb);
      return;
    }
    this.ip.trace(
      'deliver',
      this.ip.tracing
        ? msg('udp.deliver', { pkt: describeUdp(pkt, d), local: `${ip4ToString(s.local.addr)}:${d.dport}` })
        : '',
      skb,
      dev,
    );
    s.onDatagram?.({ addr: pkt.src, port: d.sport }, d, pkt.dst);
  }

  /** __udp4_lib_err: an ICMP error quoting one of our datagrams. Only connected sockets hear it. */
  err(from: Ip4, icmp: IcmpPacket): void {
    const inner = icmp.inner!;
    const d = inner.payload as UdpDatagram;
    const s = this.sockets.find(
      (x) =>
        x.local.port === d.sport &&
        (x.local.addr === 0 || x.local.addr === inner.src) &&
        x.remote?.addr === inner.dst &&
        x.remote.port === d.dport,
    );
    const errno = icmpErrno(icmp.type, icmp.code);
    // Without IP_RECVERR only hard errors reach a connected socket (__udp4_lib_err).
    if (!s || !errno?.fatal) return;
    this.ip.trace(
      'icmp',
      this.ip.tracing
        ? msg('udp.icmp-error', {
            from: ip4ToString(from),
            dst: `${ip4ToString(inner.dst)}:${d.dport}`,
            errno: errno.errno,
          })
        : '',
    );
    s.err = errno.errno;
  }

  list(): UdpSocket[] {
    return [...this.sockets];
  }
}
