// ss: collects the namespace's TCP and UDP sockets, in the order inet_diag dumps them (listeners,
// then connections), and hands them to the iproute2 6.1 printer in ss-format.ts.

import type { TcpState } from '../engine/ipv4/tcp.ts';
import type { Netns } from '../engine/netns/netns.ts';
import { ip4ToString } from '../engine/wire/addr.ts';
import { type Ctx, writeErr } from './context.ts';
import {
  formatSs,
  formatSummary,
  parseSsArgs,
  type SsRow,
  type SsState,
  type SsSummary,
} from './ss-format.ts';
import { reportUnsupported } from './unsupported.ts';

const STATE: Record<TcpState, SsState> = {
  LISTEN: 'LISTEN',
  SYN_SENT: 'SYN-SENT',
  SYN_RECV: 'SYN-RECV',
  ESTABLISHED: 'ESTAB',
  FIN_WAIT1: 'FIN-WAIT-1',
  FIN_WAIT2: 'FIN-WAIT-2',
  CLOSE_WAIT: 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST-ACK',
  TIME_WAIT: 'TIME-WAIT',
  CLOSED: 'CLOSE',
};

export function ss(ctx: Ctx, argv: string[]): number {
  const parsed = parseSsArgs(argv);
  if (!parsed.ok) {
    const text = parsed.message.endsWith('\n') ? parsed.message : `${parsed.message}\n`;
    // -h and -V print on stdout; errors, and "no socket tables", on stderr.
    if (parsed.unsupported) (ctx.note ?? ctx.write)(text);
    else if (parsed.status === 0 && !text.startsWith('ss: ')) ctx.write(text);
    else writeErr(ctx, text);
    if (parsed.unsupported) ctx.noteUnsupported?.();
    return parsed.status;
  }
  if (parsed.opts.unix && ctx.ns === ctx.world.host) {
    // A lab's namespaces run no process holding a unix socket; a real host's own namespace has many.
    reportUnsupported(ctx, "ss -x in the host's namespace (its daemons' unix sockets are not modelled)");
    return 1;
  }
  if (parsed.opts.summary) {
    ctx.write(formatSummary(summary(ctx)));
    if (parsed.opts.summaryOnly) return 0;
  }
  const { tcp, udp } = ctx.ns.stack;
  const rows: SsRow[] = [];
  for (const l of tcp.listListeners())
    rows.push({
      proto: 'tcp',
      state: 'LISTEN',
      recvQ: l.acceptQueue.length,
      sendQ: l.backlog,
      localAddr: ip4ToString(l.local.addr),
      localPort: l.local.port,
      peerAddr: '0.0.0.0',
      peerPort: '*',
      owner: l.owner,
    });
  for (const s of tcp.listSocks())
    rows.push({
      proto: 'tcp',
      state: STATE[s.state],
      recvQ: s.finUnread ? 1 : 0,
      // write_seq - snd_una: an unacknowledged SYN or FIN counts as one byte.
      sendQ: s.state === 'TIME_WAIT' || s.state === 'SYN_RECV' ? 0 : (s.sndNxt - s.sndUna) >>> 0,
      localAddr: ip4ToString(s.local.addr),
      localPort: s.local.port,
      peerAddr: ip4ToString(s.remote.addr),
      peerPort: s.remote.port,
      // A closed (orphaned) socket and a time-wait one belong to no process any more.
      owner: s.orphan || s.state === 'TIME_WAIT' ? undefined : s.owner,
    });
  for (const s of udp.list())
    rows.push({
      proto: 'udp',
      state: s.remote ? 'ESTAB' : 'UNCONN',
      recvQ: 0,
      sendQ: 0,
      localAddr: ip4ToString(s.local.addr),
      localPort: s.local.port,
      peerAddr: s.remote ? ip4ToString(s.remote.addr) : '0.0.0.0',
      peerPort: s.remote ? s.remote.port : '*',
      owner: s.owner,
    });
  ctx.write(formatSs(rows, parsed.opts));
  return 0;
}

/**
 * The namespace's TCP sockets by kind: `full` are those the kernel keeps as full sockets (not request
 * or time-wait ones), every one of them hashed here (listeners and connections).
 */
function tcpCounts(ns: Netns): { full: number; timeWait: number; estab: number; orphans: number } {
  const { tcp } = ns.stack;
  const c = { full: tcp.listListeners().length, timeWait: 0, estab: 0, orphans: 0 };
  for (const s of tcp.listSocks()) {
    // A time-wait socket, and an orphan in FIN-WAIT-2 handed to tcp_time_wait, are inet_timewait_socks;
    // a SYN-RECV child is a request sock until the handshake completes.
    if (s.state === 'TIME_WAIT' || s.timeWaitSock) {
      c.timeWait++;
      continue;
    }
    if (s.state === 'SYN_RECV') continue;
    c.full++;
    if (s.state === 'ESTABLISHED' || s.state === 'CLOSE_WAIT') c.estab++;
    if (s.orphan) c.orphans++;
  }
  return c;
}

/**
 * /proc/net/sockstat as ss -s reads it in this namespace: sockets of every family the lab has
 * (TCP and UDP sockets, ping's raw socket, a capture's packet socket; VXLAN's UDP socket is the
 * kernel's and counts only among UDP), and the TCP counters the kernel keeps for the whole machine
 * (orphans, sockets allocated) summed over every namespace.
 */
function summary(ctx: Ctx): SsSummary {
  const ns = ctx.ns;
  const here = tcpCounts(ns);
  let alloc = 0;
  let orphans = 0;
  for (const other of ctx.world.namespaces()) {
    const c = other === ns ? here : tcpCounts(other);
    alloc += c.full;
    orphans += c.orphans;
  }
  const udp = ns.stack.udp.list();
  const userUdp = udp.filter((s) => !s.encapRcv).length;
  const raw = ns.stack.pingSockets.size;
  const captures = ns.taps.length + ns.devices().reduce((n, d) => n + d.taps.length, 0);
  return {
    sockets: here.full + userUdp + raw + captures,
    tcpInuse: here.full,
    tcpOrphans: orphans,
    tcpAlloc: alloc,
    tcpTimeWait: here.timeWait,
    tcpEstab: here.estab,
    udpInuse: udp.length,
    rawInuse: raw,
    fragInuse: ns.stack.reasm.count,
  };
}
