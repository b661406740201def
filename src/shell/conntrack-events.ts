// conntrack -E (conntrack-tools 1.4.7's event mode): a ctnetlink socket bound to the NEW, UPDATE and
// DESTROY groups (or those -e names) of the namespace it runs in, printing each event that passes
// the filters as it happens on the virtual clock, flushed line by line (event_cb), and on SIGINT or
// SIGTERM "N flow events have been shown." on stderr (event_sighandler). It runs in the background
// (`&`, until pkill), under `timeout`, or in a terminal until Ctrl+C; a script's foreground one would
// never return, and says so.
//
//     [NEW] tcp      6 120 SYN_SENT src=… dst=… sport=… dport=… [UNREPLIED] src=… dst=… sport=… dport=…
//  [UPDATE] tcp      6 60 SYN_RECV src=… … [ASSURED]
// [DESTROY] tcp      6 118 TIME_WAIT src=… … [ASSURED] [USERSPACE] portid=291 progname=conntrack
//
// The line is libnetfilter_conntrack's: the type right-aligned in 9 columns, the timeout (left out of
// a [DESTROY] once it reached 0: ctnetlink_dump_timeout's skip_zero), the TCP state when the event
// carries it (IPCT_PROTOINFO, always on destroy), the tuples and status flags; no mark or use count.
// An event a process's request caused (conntrack -D, -F) names the request's netlink port.

import type { Conntrack, CtEvent, CtListener } from '../engine/netfilter/conntrack.ts';
import { replyTuple } from '../engine/netfilter/conntrack.ts';
import { SEC } from '../engine/sim/clock.ts';
import { PROTO_NAMES } from '../engine/wire/packet.ts';
import { type Filter, HEAD, matches, tupleText } from './conntrack.ts';
import type { Ctx } from './context.ts';
import type { Job, Signal } from './jobs.ts';
import { reportUnsupported } from './unsupported.ts';

const TAGS: Record<CtEvent['type'], string> = {
  new: '    [NEW] ',
  update: ' [UPDATE] ',
  destroy: '[DESTROY] ',
};

/** CONFIG_HZ of the kernel the goldens come from: a timeout is counted in jiffies. */
const HZ = 250;
const JIFFY = SEC / HZ;

/**
 * ctnetlink_dump_timeout: (ct->timeout - jiffies) / HZ, both in whole jiffies. A packet's event goes
 * out in the jiffy of the refresh it reports (the full timeout); an event a request causes (conntrack
 * -D, -F) comes from a process started after the command before it, milliseconds later on a real
 * machine, and counts down as conntrack -L's listing does (formatCtEntry).
 */
function eventTimeout(ev: CtEvent): number {
  const e = ev.entry;
  if (ev.portid) return Math.max(0, Math.floor((e.expires - ev.now) / SEC));
  return Math.max(0, Math.floor((Math.floor(e.expires / JIFFY) - Math.floor(ev.now / JIFFY)) / HZ));
}

/** One event as conntrack -E prints it. */
export function formatCtEvent(ev: CtEvent, extended: boolean): string {
  const e = ev.entry;
  const name = PROTO_NAMES[e.proto] ?? 'unknown';
  const timeout = eventTimeout(ev);
  const destroy = ev.type === 'destroy';
  let line = `${TAGS[ev.type]}${extended ? 'ipv4     2 ' : ''}${name.padEnd(8)} ${e.proto} `;
  if (!destroy || timeout > 0) line += `${timeout} `;
  if (e.tcp && (destroy || ev.protoinfo)) line += `${e.tcp} `;
  line += `${tupleText(e.orig, false)} ${e.replied ? '' : '[UNREPLIED] '}${tupleText(replyTuple(e), true)}`;
  if (e.assured) line += ' [ASSURED]';
  if (ev.portid) line += ` [USERSPACE] portid=${ev.portid}${ev.progname ? ` progname=${ev.progname}` : ''}`;
  return `${line}\n`;
}

/**
 * The netlink port of a conntrack process changing the table, for the events it causes (only worked
 * out while someone listens, so a lab without listeners draws no pid). -F asks on its first socket,
 * whose port is its pid, and usually still runs when the listener looks its name up in /proc; -D
 * deletes through a second socket, to which netlink_autobind gives a random port in
 * [S32_MIN, -4097] once the pid is taken, and has exited by then.
 */
export function requester(
  ctx: Ctx,
  ct: Conntrack,
  how: 'flush' | 'delete',
): { portid: number; progname?: string } {
  if (ct.listeners.length === 0) return { portid: 0 };
  const pid = ctx.world.nextPid();
  if (how === 'flush') return { portid: pid, progname: 'conntrack' };
  const span = 2 ** 31 - 4096;
  return { portid: 2 ** 31 + ((Math.imul(pid, 0x9e3779b1) >>> 0) % span) };
}

/** conntrack -E with its filters; events go to `out`, the closing count to `err`. */
export function ctEvents(ctx: Ctx, f: Filter, out: (t: string) => void, err: (t: string) => void): number {
  if (!ctx.background && !ctx.timeout && !ctx.foreground && ctx.interruptAt === undefined) {
    reportUnsupported(
      ctx,
      'this conntrack -E would keep waiting for events; run it in the background with "&" (then pkill conntrack) or under "timeout SECONDS"',
    );
    return 2;
  }
  const ns = ctx.ns;
  const world = ctx.world;
  const groups = f.events ?? new Set(['new', 'update', 'destroy']);
  let shown = 0;
  let open = true;
  const listener: CtListener = (ev) => {
    if (!groups.has(ev.type) || !matches(f, ev.entry)) return;
    // "[%-.8ld.%-.6ld]\t": the virtual clock read as seconds since the epoch, as tcpdump reads it.
    const stamp = f.timestamp
      ? `[${String(Math.floor(ev.now / SEC)).padStart(8, '0')}.${String(ev.now % SEC).padStart(6, '0')}]\t`
      : '';
    out(stamp + formatCtEvent(ev, f.extended === true));
    shown++;
  };
  /** SIGINT and SIGTERM: the handler prints the count and exits 0; SIGHUP and SIGKILL end it silently. */
  const stop = (sig: Signal) => {
    if (!open) return;
    open = false;
    world.rtnl.ctEventsClose(ns, listener);
    if (job) ctx.jobs?.remove(job);
    if (sig === 'TERM' || sig === 'INT') err(`${HEAD}${shown} flow events have been shown.\n`);
  };
  world.rtnl.ctEventsOpen(ns, listener);
  const job: Job | undefined = ctx.background ? { name: 'conntrack', signal: stop } : undefined;
  const to = ctx.timeout;
  if (job) {
    ctx.jobs?.add(job);
    if (to)
      world.clock.schedule(to.at - world.clock.now, () => {
        to.fired = open;
        stop('TERM');
      });
    return 0;
  }
  if (to) {
    world.clock.runUntil(to.at);
    to.fired = true;
    stop('TERM');
    return 0;
  }
  // A terminal runs it until Ctrl+C (SIGINT: the count, status 0); a replay stops it where it was.
  if (ctx.foreground) {
    ctx.foreground({
      advance: (until) => {
        world.clock.runUntil(until);
        return !open;
      },
      interrupt: () => stop('INT'),
      finish: () => {
        stop('INT');
        return 0;
      },
    });
    return 0;
  }
  world.clock.runUntil(ctx.interruptAt ?? world.clock.now);
  stop('INT');
  return 0;
}
