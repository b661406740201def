// TCP sockets of one namespace (net/ipv4/tcp_*.c), enough of them for connection set-up and
// tear-down as `nc` drives them: listen/accept, connect with SYN retransmits, RST for closed ports,
// FIN close with TIME_WAIT, and ICMP errors; data as nc and curl send it (PSH|ACK segments cut at the
// peer's MSS, each ACKed at once as a fresh connection does in quick-ack mode), half-close, and
// retransmission of unacknowledged data.
//
// States (include/net/tcp_states.h) and the transitions modelled:
//   connect: CLOSED → SYN_SENT ─SYN|ACK→ ESTABLISHED (ACK sent)
//   listen:  LISTEN ─SYN→ child SYN_RECV (SYN|ACK sent) ─ACK→ ESTABLISHED, queued for accept()
//   close:   ESTABLISHED → FIN_WAIT1 ─ACK→ FIN_WAIT2 ─FIN→ TIME_WAIT (60 s) → CLOSED
//            FIN_WAIT1 ─FIN|ACK→ TIME_WAIT;  FIN_WAIT1 ─FIN→ CLOSING ─ACK→ TIME_WAIT
//   peer's FIN: ESTABLISHED → CLOSE_WAIT (delayed ACK, 40 ms) ─close→ LAST_ACK ─ACK→ CLOSED
//   RST: SYN_SENT → CLOSED (ECONNREFUSED); any other → CLOSED (ECONNRESET)
// Sizes match Linux's segments: SYN and SYN|ACK carry MSS, SACK-permitted, timestamps and window
// scale (40-byte header), later segments timestamps only (32 bytes), resets no options (20 bytes).

import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import { MS, SEC, type Timer } from '../sim/clock.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, ip4ToString } from '../wire/addr.ts';
import {
  type IcmpPacket,
  type Ipv4Packet,
  TCP_ACK,
  TCP_FIN,
  TCP_PSH,
  TCP_RST,
  TCP_SYN,
  type TcpOptions,
  type TcpSegment,
} from '../wire/packet.ts';
import { pickLocalPort } from './inet-ports.ts';
import { reuseportSelect } from './reuseport.ts';
import { icmpErrno, type SockErrno } from './sock-errors.ts';
import type { Ipv4Services, TransportProtocol } from './transport.ts';
import type { Endpoint, SockOwner } from './udp.ts';

export type TcpState =
  | 'LISTEN'
  | 'SYN_SENT'
  | 'SYN_RECV'
  | 'ESTABLISHED'
  | 'FIN_WAIT1'
  | 'FIN_WAIT2'
  | 'CLOSE_WAIT'
  | 'CLOSING'
  | 'LAST_ACK'
  | 'TIME_WAIT'
  | 'CLOSED';

/** TCP_TIMEOUT_INIT, TCP_RTO_MIN, TCP_TIMEWAIT_LEN, TCP_DELACK_MIN. */
const RTO_INIT = SEC;
const RTO_MIN = 200 * MS;
const TIMEWAIT_LEN = 60 * SEC;
const DELACK = 40 * MS;
/** net.ipv4.tcp_syn_retries, tcp_synack_retries, and the retries before an orphan FIN gives up. */
const SYN_RETRIES = 6;
const SYNACK_RETRIES = 5;
const FIN_RETRIES = 8;
/** net.ipv4.tcp_retries2: how often unacknowledged data is sent again before the connection dies. */
const DATA_RETRIES = 15;
/** net.ipv4.tcp_fin_timeout: how long an orphaned FIN_WAIT2 socket waits for the peer's FIN. */
const FIN_TIMEOUT = 60 * SEC;

export interface TcpCallbacks {
  /** connect() completed. */
  connected?(): void;
  /** The connection failed or was reset (connect() or a later read sees this errno). */
  error?(errno: SockErrno): void;
  /** The peer closed its side (read() returns 0). */
  eof?(): void;
  /** Bytes arrived, in order (read() returns them). */
  data?(bytes: Uint8Array): void;
}

/** A data segment sent and not acknowledged yet (the retransmission queue). */
interface InFlight {
  seq: number;
  data: Uint8Array;
  psh: boolean;
}

/** Sequence-space comparison (before(), after() in include/net/tcp.h). */
const seqBefore = (a: number, b: number) => ((a - b) | 0) < 0;

const seqAdd = (a: number, n: number) => (a + n) >>> 0;

/**
 * Our window scale: tcp_select_initial_window shifts the largest receive buffer (tcp_rmem[2], 32 MB
 * on the recording machine's kernel) into 16 bits.
 */
const WSCALE = 10;

/** tcp_select_initial_window: the 64 KB of a fresh socket's receive space, in whole segments of `mss`. */
function initialWindow(mss: number): number {
  return Math.floor(65536 / mss) * mss;
}

function flagNames(f: number): string | TraceMsg {
  const n: string[] = [];
  if (f & TCP_SYN) n.push('SYN');
  if (f & TCP_FIN) n.push('FIN');
  if (f & TCP_RST) n.push('RST');
  if (f & TCP_PSH) n.push('PSH');
  if (f & TCP_ACK) n.push('ACK');
  return n.join('|') || msg('pkt.tcp-no-flags');
}

/** "TCP 10.0.0.1:40000 → 10.0.0.2:80 [SYN]", as trace sentences name a segment. */
export function describeTcp(pkt: Ipv4Packet, seg: TcpSegment): TraceMsg {
  return msg('pkt.tcp', {
    src: ip4ToString(pkt.src),
    sport: seg.sport,
    dst: ip4ToString(pkt.dst),
    dport: seg.dport,
    flags: flagNames(seg.flags),
  });
}

/** "10.0.0.1:40000". */
function endpointText(e: Endpoint): string {
  return `${ip4ToString(e.addr)}:${e.port}`;
}

export class TcpSock {
  state: TcpState = 'CLOSED';
  iss = 0;
  sndUna = 0;
  sndNxt = 0;
  rcvNxt = 0;
  /** Timestamp option: our clock offset and the peer's last value (ts_recent). */
  tsOffset = 0;
  tsRecent = 0;
  /** The receive window offered from the start (tcp_select_initial_window); never shrinks here. */
  rcvWnd = 0;
  softErr?: SockErrno;
  /** The process that holds it (ss -p); none for a child not accepted yet or a time-wait socket. */
  owner?: SockOwner;
  cb: TcpCallbacks = {};
  /** For a child: the listener it will be accepted from. */
  parent?: TcpListener;
  retries = 0;
  rto = RTO_INIT;
  timer?: Timer;
  delack?: Timer;
  /** close() was called: the application is gone and the socket finishes on its own. */
  orphan = false;
  /**
   * An orphan whose FIN was acked by a segment without FIN became a time-wait socket in substate
   * FIN_WAIT2 (tcp_time_wait): what it sends from then on is built by the kernel's control socket.
   */
  timeWaitSock = false;
  /** The peer's FIN arrived and nobody has read the end of stream yet (ss counts it in Recv-Q). */
  finUnread = false;
  /** The MSS the peer announced (536 without the option, RFC 9293). */
  peerMss = 536;
  /** Data sent and not yet acknowledged, and its retransmission timer. */
  inflight: InFlight[] = [];
  rtx?: Timer;
  rtxRetries = 0;
  constructor(
    public local: Endpoint,
    public remote: Endpoint,
  ) {}
}

export class TcpListener {
  /** Children that finished the handshake and wait for accept() (ss shows their number as Recv-Q). */
  acceptQueue: TcpSock[] = [];
  /** Called when a connection is ready; returning true accepts it at once. */
  onReady?: () => void;
  closed = false;
  owner?: SockOwner;
  constructor(
    public local: Endpoint,
    public backlog: number,
    /** SO_REUSEPORT: listeners that all set it may share the address and port. */
    public reuseport = false,
  ) {}
}

export class TcpTable implements TransportProtocol {
  private listeners: TcpListener[] = [];
  /** The SO_REUSEPORT flow-hash secret, drawn when a group first chooses. */
  private reuseSecret?: number;
  /** Listeners by port (the listening hash): a bind looks at its port only, however many there are. */
  private listening = new Map<number, number>();
  private socks: TcpSock[] = [];

  constructor(private readonly ip: Ipv4Services) {}

  // --- the socket API nc uses ----------------------------------------------------------------------

  listen(addr: Ip4, port: number, backlog: number, reuseport = false): TcpListener | SockErrno {
    if (addr !== 0 && !this.ip.isLocal(addr)) return 'EADDRNOTAVAIL';
    if (port === 0) {
      // bind() to port 0 (inet_csk_get_port): a free port of the local range, odd ones first.
      const taken = (p: number) =>
        this.listeners.some((l) => l.local.port === p) || this.socks.some((s) => s.local.port === p);
      const p = pickLocalPort(this.ip.rng, taken, false);
      if (p === undefined) return 'EADDRINUSE';
      port = p;
    }
    // inet_csk_bind_conflict: sockets that all set SO_REUSEPORT do not conflict.
    const clash =
      (this.listening.has(port) &&
        this.listeners.some(
          (l) =>
            l.local.port === port &&
            (!l.local.addr || !addr || l.local.addr === addr) &&
            !(reuseport && l.reuseport),
        )) ||
      (!reuseport &&
        this.socks.some(
          (s) => s.local.port === port && s.state !== 'TIME_WAIT' && (!addr || s.local.addr === addr),
        ));
    if (clash) return 'EADDRINUSE';
    const l = new TcpListener({ addr, port }, backlog, reuseport);
    this.listeners.push(l);
    this.listening.set(port, (this.listening.get(port) ?? 0) + 1);
    return l;
  }

  accept(l: TcpListener): TcpSock | undefined {
    return l.acceptQueue.shift();
  }

  closeListener(l: TcpListener): void {
    if (l.closed) return;
    l.closed = true;
    const i = this.listeners.indexOf(l);
    if (i >= 0) {
      this.listeners.splice(i, 1);
      const n = this.listening.get(l.local.port)! - 1;
      if (n > 0) this.listening.set(l.local.port, n);
      else this.listening.delete(l.local.port);
    }
    // inet_csk_listen_stop: connections nobody accepted are reset.
    for (const s of l.acceptQueue) this.abort(s, true);
    for (const s of this.socks) if (s.parent === l && s.state === 'SYN_RECV') this.destroy(s);
    l.acceptQueue = [];
  }

  /** connect(): picks the source address and an even local port, sends the SYN. */
  /** connect(), after an optional bind() to `local` (nc -s ADDR -p PORT). */
  connect(dst: Endpoint, cb: TcpCallbacks, local: { addr?: Ip4; port?: number } = {}): TcpSock | SockErrno {
    if (local.addr !== undefined && !this.ip.isLocal(local.addr)) return 'EADDRNOTAVAIL';
    const ro = this.ip.routeConnect(dst.addr, { src: local.addr });
    if (ro.error) return ro.error;
    const src = ro.src;
    const taken = (p: number) =>
      this.listening.has(p) ||
      this.socks.some(
        (s) =>
          s.local.port === p &&
          s.local.addr === src &&
          s.remote.addr === dst.addr &&
          s.remote.port === dst.port,
      );
    if (local.port !== undefined && taken(local.port)) return 'EADDRINUSE';
    const port = local.port ?? pickLocalPort(this.ip.rng, taken, true);
    if (port === undefined) return 'EADDRNOTAVAIL';
    const s = new TcpSock({ addr: src, port }, { ...dst });
    s.cb = cb;
    s.iss = this.ip.rng.int(0, 0x100000000);
    s.tsOffset = this.ip.rng.int(0, 0x100000000);
    s.rcvWnd = initialWindow(this.advmss(dst.addr));
    s.sndUna = s.iss;
    s.sndNxt = seqAdd(s.iss, 1);
    this.setState(s, 'SYN_SENT');
    this.socks.push(s);
    this.sendSyn(s);
    this.armRetransmit(s, SYN_RETRIES, () => this.sendSyn(s));
    return s;
  }

  /** close(): FIN from ESTABLISHED or CLOSE_WAIT; a connect in progress is just dropped. */
  close(s: TcpSock): void {
    s.orphan = true;
    s.cb = {};
    switch (s.state) {
      case 'SYN_SENT':
        this.destroy(s);
        return;
      case 'ESTABLISHED':
      case 'SYN_RECV':
        this.setState(s, 'FIN_WAIT1');
        break;
      case 'CLOSE_WAIT':
        this.setState(s, 'LAST_ACK');
        break;
      default:
        return;
    }
    s.delack?.cancel();
    this.xmit(s, TCP_FIN | TCP_ACK, s.sndNxt);
    s.sndNxt = seqAdd(s.sndNxt, 1);
    s.rto = RTO_MIN;
    this.armRetransmit(s, FIN_RETRIES, () => this.xmit(s, TCP_FIN | TCP_ACK, seqAdd(s.sndNxt, -1)));
  }

  /**
   * write(): the bytes go out at once, cut at the peer's MSS less the timestamp option, PSH on the
   * last piece (tcp_sendmsg, no Nagle wait: nothing is ever in flight when an application here writes).
   */
  send(s: TcpSock, data: Uint8Array): void {
    if (s.state !== 'ESTABLISHED' && s.state !== 'CLOSE_WAIT') return;
    const mss = s.peerMss - 12;
    for (let off = 0; off < data.length; off += mss) {
      const chunk = data.subarray(off, Math.min(off + mss, data.length));
      const psh = off + mss >= data.length;
      const seq = s.sndNxt;
      s.sndNxt = seqAdd(s.sndNxt, chunk.length);
      s.inflight.push({ seq, data: chunk, psh });
      this.xmit(s, TCP_ACK | (psh ? TCP_PSH : 0), seq, chunk);
    }
    if (!s.rtx && s.inflight.length) this.armDataRetransmit(s);
  }

  /** shutdown(SHUT_WR): our FIN goes out and we go on reading until the peer's FIN. */
  shutdown(s: TcpSock): void {
    const cb = s.cb;
    this.close(s);
    s.orphan = false;
    s.cb = cb;
  }

  /** The application reads the end of stream (read() returns 0). */
  readEof(s: TcpSock): void {
    s.finUnread = false;
    s.cb.eof?.();
  }

  listListeners(): TcpListener[] {
    return [...this.listeners];
  }

  listSocks(): TcpSock[] {
    return this.socks.filter((s) => s.state !== 'CLOSED');
  }

  // --- segments out -----------------------------------------------------------------------------

  /** The MSS we advertise: the route's device MTU less the IPv4 and TCP headers. */
  private advmss(dst: Ip4): number {
    const dev = this.ip.routeOutput(dst)?.route.dev;
    return (dev?.mtu ?? 1500) - 40;
  }

  private options(s: TcpSock, syn: boolean): TcpOptions {
    const ts = { val: (Math.floor(this.ip.clock.now / MS) + s.tsOffset) >>> 0, ecr: s.tsRecent };
    if (!syn) return { ts };
    return { mss: this.advmss(s.remote.addr), sackPerm: true, ts, wscale: WSCALE };
  }

  /**
   * tcp_transmit_skb. The window of a SYN is unscaled; later ones are shifted by our window scale and
   * rounded up (tcp_select_window). `reply`: sent by the time-wait socket (tcp_v4_timewait_ack via
   * ip_send_unicast_reply) rather than the full socket, so the checksum is complete; a full socket's
   * segment leaves with CHECKSUM_PARTIAL, as a capture on the sending side shows it.
   */
  private xmit(s: TcpSock, flags: number, seq: number, data?: Uint8Array, reply = false): void {
    const syn = (flags & TCP_SYN) !== 0;
    const seg: TcpSegment = {
      kind: 'tcp',
      sport: s.local.port,
      dport: s.remote.port,
      seq,
      ack: flags & TCP_ACK ? s.rcvNxt : 0,
      flags,
      window: syn ? Math.min(s.rcvWnd, 65535) : Math.ceil(s.rcvWnd / 2 ** WSCALE),
      options: this.options(s, syn),
      dataLen: data?.length ?? 0,
      ...(data ? { data } : {}),
    };
    if (!reply) seg.csumPartial = true;
    // A SYN-ACK leaves from the request socket (ip_build_and_send_pkt), a time-wait ACK from the
    // control socket: neither has a destination of its own, so a DF one carries IP id 0.
    const builtByKernel = reply || (flags & (TCP_SYN | TCP_ACK)) === (TCP_SYN | TCP_ACK);
    this.ip.output({
      src: s.local.addr,
      dst: s.remote.addr,
      payload: seg,
      ...(builtByKernel ? { zeroIdWithDf: true } : { connected: true }),
    });
  }

  private sendSyn(s: TcpSock): void {
    this.xmit(s, TCP_SYN, s.iss);
  }

  /** The connection given up after `max` retransmissions. */
  private traceTimeout(s: TcpSock, max: number): void {
    this.ip.trace(
      'drop',
      this.ip.tracing
        ? msg('tcp.timeout', { local: endpointText(s.local), remote: endpointText(s.remote), max })
        : '',
    );
  }

  /** A segment sent again after waiting `rto` (virtual time), the `tries`th time of at most `max`. */
  private traceRetransmit(s: TcpSock, rto: number, tries: number, max: number): void {
    this.ip.trace(
      'deliver',
      this.ip.tracing
        ? msg('tcp.retransmit', {
            local: endpointText(s.local),
            remote: endpointText(s.remote),
            ms: rto / MS,
            state: s.state,
            try: tries,
            max,
          })
        : '',
    );
  }

  /** The retransmission timer: resend with exponential backoff; give up after `max` tries. */
  private armRetransmit(s: TcpSock, max: number, resend: () => void): void {
    s.timer?.cancel();
    s.timer = this.ip.clock.schedule(s.rto, () => {
      if (s.retries >= max) {
        this.traceTimeout(s, max);
        const cb = s.cb;
        this.destroy(s);
        cb.error?.(s.softErr ?? 'ETIMEDOUT');
        return;
      }
      s.retries++;
      s.rto *= 2;
      this.traceRetransmit(s, s.rto / 2, s.retries, max);
      resend();
      this.armRetransmit(s, max, resend);
    });
  }

  /** tcp_retransmit_timer for data: the oldest unacknowledged segment again, RTO doubling. */
  private armDataRetransmit(s: TcpSock): void {
    s.rtx?.cancel();
    const rto = RTO_MIN * 2 ** s.rtxRetries;
    s.rtx = this.ip.clock.schedule(rto, () => {
      s.rtx = undefined;
      const head = s.inflight[0];
      if (!head) return;
      if (s.rtxRetries >= DATA_RETRIES) {
        const cb = s.cb;
        this.traceTimeout(s, DATA_RETRIES);
        this.destroy(s);
        cb.error?.(s.softErr ?? 'ETIMEDOUT');
        return;
      }
      s.rtxRetries++;
      this.traceRetransmit(s, rto, s.rtxRetries, DATA_RETRIES);
      this.xmit(s, TCP_ACK | (head.psh ? TCP_PSH : 0), head.seq, head.data);
      this.armDataRetransmit(s);
    });
  }

  /** tcp_ack for data: what the peer acknowledged leaves the retransmission queue. */
  private ackData(s: TcpSock, ack: number): void {
    if (!s.inflight.length) return;
    while (s.inflight.length) {
      const h = s.inflight[0];
      const end = seqAdd(h.seq, h.data.length);
      if (seqBefore(ack, end)) break;
      s.inflight.shift();
    }
    if (seqBefore(s.sndUna, ack)) s.sndUna = ack;
    s.rtxRetries = 0;
    if (s.inflight.length) this.armDataRetransmit(s);
    else {
      s.rtx?.cancel();
      s.rtx = undefined;
    }
  }

  private stopRetransmit(s: TcpSock): void {
    s.timer?.cancel();
    s.timer = undefined;
    s.retries = 0;
    s.rto = RTO_INIT;
  }

  private setState(s: TcpSock, state: TcpState): void {
    s.state = state;
  }

  private destroy(s: TcpSock): void {
    s.timer?.cancel();
    s.delack?.cancel();
    s.rtx?.cancel();
    s.inflight = [];
    this.setState(s, 'CLOSED');
    this.socks = this.socks.filter((x) => x !== s);
  }

  /** tcp_reset / tcp_disconnect: optionally tell the peer with a RST. */
  private abort(s: TcpSock, sendRst: boolean): void {
    if (sendRst) this.xmit(s, TCP_RST | TCP_ACK, s.sndNxt);
    this.destroy(s);
  }

  private enterTimeWait(s: TcpSock): void {
    this.stopRetransmit(s);
    this.setState(s, 'TIME_WAIT');
    s.timer = this.ip.clock.schedule(TIMEWAIT_LEN, () => this.destroy(s));
  }

  // --- segments in --------------------------------------------------------------------------------

  private findSock(pkt: Ipv4Packet, seg: TcpSegment): TcpSock | undefined {
    return this.socks.find(
      (s) =>
        s.local.port === seg.dport &&
        s.remote.port === seg.sport &&
        s.local.addr === pkt.dst &&
        s.remote.addr === pkt.src,
    );
  }

  /** __inet_lookup_listener: the address's own listeners before the wildcard ones; a group chooses. */
  private findListener(pkt: Ipv4Packet, seg: TcpSegment): TcpListener | undefined {
    const on = (addr: Ip4) =>
      this.listeners.filter((l) => l.local.port === seg.dport && l.local.addr === addr);
    let found = on(pkt.dst);
    if (found.length === 0) found = on(0);
    if (found.length < 2 || !found[0].reuseport) return found[0];
    this.reuseSecret ??= this.ip.rng.int(0, 2 ** 32);
    const group = found.filter((l) => l.reuseport);
    return reuseportSelect(group, this.reuseSecret, pkt.src, seg.sport, pkt.dst, seg.dport);
  }

  /** tcp_v4_rcv for a segment that reached local delivery. */
  rcv(dev: Device, pkt: Ipv4Packet, skb: Skb, broadcast = false): void {
    // tcp_v4_rcv: only segments addressed to this host (PACKET_HOST) are taken.
    if (broadcast) return;
    const seg = pkt.payload as TcpSegment;
    const s = this.findSock(pkt, seg);
    if (s) {
      this.ip.trace(
        'deliver',
        this.ip.tracing ? msg('tcp.deliver', { pkt: describeTcp(pkt, seg), state: s.state }) : '',
        skb,
        dev,
      );
      this.segment(s, seg);
      return;
    }
    const l = seg.flags & TCP_SYN && !(seg.flags & TCP_ACK) ? this.findListener(pkt, seg) : undefined;
    if (l) {
      this.ip.trace(
        'deliver',
        this.ip.tracing
          ? msg('tcp.listener', { pkt: describeTcp(pkt, seg), local: endpointText(l.local) })
          : '',
        skb,
        dev,
      );
      this.passiveOpen(l, pkt, seg);
      return;
    }
    if (seg.flags & TCP_RST) {
      this.ip.trace(
        'drop',
        this.ip.tracing ? msg('tcp.stray-rst', { pkt: describeTcp(pkt, seg) }) : '',
        skb,
        dev,
      );
      return;
    }
    this.ip.trace(
      'drop',
      this.ip.tracing ? msg('tcp.no-listener', { pkt: describeTcp(pkt, seg), port: seg.dport }) : '',
      skb,
      dev,
    );
    this.sendReset(pkt, seg);
  }

  /**
   * tcp_v4_send_reset: answer a segment that has no socket. `fromNetfilter`: nf_send_reset (REJECT
   * --reject-with tcp-reset) builds the same segment but leaves its checksum to offload.
   */
  sendReset(pkt: Ipv4Packet, seg: TcpSegment, fromNetfilter = false): void {
    const hasAck = (seg.flags & TCP_ACK) !== 0;
    const len = seg.dataLen + (seg.flags & TCP_SYN ? 1 : 0) + (seg.flags & TCP_FIN ? 1 : 0);
    const rst: TcpSegment = {
      kind: 'tcp',
      sport: seg.dport,
      dport: seg.sport,
      seq: hasAck ? seg.ack : 0,
      ack: hasAck ? 0 : seqAdd(seg.seq, len),
      flags: hasAck ? TCP_RST : TCP_RST | TCP_ACK,
      window: 0,
      options: {},
      dataLen: 0,
    };
    if (fromNetfilter) rst.csumPartial = true;
    // ip_send_unicast_reply from the control socket (nf_reject_iphdr_put alike): DF with IP id 0.
    this.ip.output({ src: pkt.dst, dst: pkt.src, payload: rst, zeroIdWithDf: true });
  }

  private passiveOpen(l: TcpListener, pkt: Ipv4Packet, seg: TcpSegment): void {
    const s = new TcpSock({ addr: pkt.dst, port: seg.dport }, { addr: pkt.src, port: seg.sport });
    s.parent = l;
    s.iss = this.ip.rng.int(0, 0x100000000);
    s.tsOffset = this.ip.rng.int(0, 0x100000000);
    s.tsRecent = seg.options.ts?.val ?? 0;
    if (seg.options.mss) s.peerMss = seg.options.mss;
    // tcp_openreq_init_rwin: the MSS the window is rounded to leaves room for the timestamps.
    s.rcvWnd = initialWindow(this.advmss(pkt.src) - (seg.options.ts ? 12 : 0));
    s.rcvNxt = seqAdd(seg.seq, 1);
    s.sndUna = s.iss;
    s.sndNxt = seqAdd(s.iss, 1);
    this.setState(s, 'SYN_RECV');
    this.socks.push(s);
    const synack = () => this.xmit(s, TCP_SYN | TCP_ACK, s.iss);
    synack();
    this.armRetransmit(s, SYNACK_RETRIES, synack);
  }

  /** tcp_rcv_state_process, for the states a connection goes through. */
  private segment(s: TcpSock, seg: TcpSegment): void {
    if (seg.options.ts) s.tsRecent = seg.options.ts.val;
    const acked = (seg.flags & TCP_ACK) !== 0 && seg.ack === s.sndNxt;
    if (seg.flags & TCP_RST) {
      if (s.state === 'SYN_SENT' && !acked) return; // RFC 9293: an unacceptable reset
      const cb = s.cb;
      const errno: SockErrno = s.state === 'SYN_SENT' ? 'ECONNREFUSED' : 'ECONNRESET';
      this.ip.trace(
        'drop',
        this.ip.tracing
          ? msg('tcp.reset', {
              state: s.state,
              remote: endpointText(s.remote),
              error: msg(errno === 'ECONNREFUSED' ? 'errno.ECONNREFUSED' : 'errno.ECONNRESET'),
            })
          : '',
      );
      this.destroy(s);
      cb.error?.(errno);
      return;
    }
    switch (s.state) {
      case 'SYN_SENT':
        if (seg.flags & TCP_SYN && acked) {
          this.stopRetransmit(s);
          if (seg.options.mss) s.peerMss = seg.options.mss;
          s.sndUna = seg.ack;
          s.rcvNxt = seqAdd(seg.seq, 1);
          this.setState(s, 'ESTABLISHED');
          this.xmit(s, TCP_ACK, s.sndNxt);
          s.cb.connected?.();
        }
        return;
      case 'SYN_RECV':
        if (acked) {
          this.stopRetransmit(s);
          s.sndUna = seg.ack;
          this.setState(s, 'ESTABLISHED');
          const l = s.parent;
          if (l && !l.closed) {
            l.acceptQueue.push(s);
            l.onReady?.();
          }
        } else if (seg.flags & TCP_SYN) {
          this.xmit(s, TCP_SYN | TCP_ACK, s.iss); // the SYN again: our SYN|ACK was lost
          return;
        }
        break;
      case 'FIN_WAIT1':
        if (acked) {
          this.stopRetransmit(s);
          s.sndUna = seg.ack;
          this.setState(s, 'FIN_WAIT2');
          if (s.orphan) s.timer = this.ip.clock.schedule(FIN_TIMEOUT, () => this.destroy(s));
          if (s.orphan && !(seg.flags & TCP_FIN)) s.timeWaitSock = true;
        }
        break;
      case 'CLOSING':
        if (acked) this.enterTimeWait(s);
        return;
      case 'LAST_ACK':
        if (acked) this.destroy(s);
        return;
      case 'TIME_WAIT':
        if (seg.flags & TCP_FIN) this.xmit(s, TCP_ACK, s.sndNxt, undefined, true); // the peer lost our last ACK
        return;
      default:
        break;
    }
    if (seg.flags & TCP_ACK) this.ackData(s, seg.ack);
    if (
      seg.dataLen > 0 &&
      (s.state === 'ESTABLISHED' || s.state === 'FIN_WAIT1' || s.state === 'FIN_WAIT2')
    ) {
      if (seg.seq !== s.rcvNxt) {
        this.xmit(s, TCP_ACK, s.sndNxt); // out of order or a repeat: a duplicate ACK
        return;
      }
      s.rcvNxt = seqAdd(s.rcvNxt, seg.dataLen);
      // Quick-ack mode (tcp_in_quickack_mode): a young connection ACKs each data segment at once,
      // before the application has read it (measured on Linux 6.18 with curl and nc).
      if (!(seg.flags & TCP_FIN)) this.xmit(s, TCP_ACK, s.sndNxt);
      this.ip.trace(
        'deliver',
        this.ip.tracing
          ? msg('tcp.data', {
              local: endpointText(s.local),
              remote: endpointText(s.remote),
              bytes: seg.dataLen,
            })
          : '',
      );
      s.cb.data?.(seg.data ?? new Uint8Array(seg.dataLen));
    }
    if (seg.flags & TCP_FIN && seg.seq === s.rcvNxt) this.fin(s);
  }

  /** tcp_fin: the peer has closed its side. */
  private fin(s: TcpSock): void {
    s.rcvNxt = seqAdd(s.rcvNxt, 1);
    switch (s.state) {
      case 'SYN_RECV':
      case 'ESTABLISHED':
        // Pingpong mode: the ACK waits (40 ms) in case the application answers with its own FIN.
        this.setState(s, 'CLOSE_WAIT');
        s.delack = this.ip.clock.schedule(DELACK, () => {
          if (s.state === 'CLOSE_WAIT' || s.state === 'LAST_ACK') this.xmit(s, TCP_ACK, s.sndNxt);
        });
        s.finUnread = true;
        if (s.cb.eof) this.readEof(s);
        return;
      case 'FIN_WAIT1':
        this.xmit(s, TCP_ACK, s.sndNxt);
        this.setState(s, 'CLOSING');
        if (!s.orphan) s.cb.eof?.();
        return;
      case 'FIN_WAIT2':
        // The full socket answers with its own ACK, unless it already became a time-wait socket.
        this.xmit(s, TCP_ACK, s.sndNxt, undefined, s.timeWaitSock);
        this.enterTimeWait(s);
        if (!s.orphan) s.cb.eof?.();
        return;
      default:
        return;
    }
  }

  /** tcp_v4_err: an ICMP error quoting one of our segments. */
  err(from: Ip4, icmp: IcmpPacket): void {
    const inner = icmp.inner!;
    const seg = inner.payload as TcpSegment;
    const s = this.socks.find(
      (x) =>
        x.local.addr === inner.src &&
        x.local.port === seg.sport &&
        x.remote.addr === inner.dst &&
        x.remote.port === seg.dport,
    );
    const e = icmpErrno(icmp.type, icmp.code);
    if (!s || !e) return;
    // Measured on Linux 6.18: a connect() whose SYN died in a failed ARP resolution here (the error
    // comes from our own address) keeps retrying until it times out; remote errors abort it.
    const local = this.ip.isLocal(from);
    if ((s.state === 'SYN_SENT' || s.state === 'SYN_RECV') && !local) {
      this.ip.trace(
        'icmp',
        this.ip.tracing
          ? msg('tcp.icmp-error', {
              from: ip4ToString(from),
              dst: `${ip4ToString(inner.dst)}:${seg.dport}`,
              errno: e.errno,
            })
          : '',
      );
      const cb = s.cb;
      this.destroy(s);
      cb.error?.(e.errno);
      return;
    }
    s.softErr = e.errno;
  }
}
