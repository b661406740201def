// conntrack (conntrack-tools 1.4.7): -L [-p PROTO], -D [-p PROTO] and -F. The summary line goes to
// stderr, which the transcript shows first because stdout is flushed at exit.

import type { CtEntry, Tuple } from '../engine/netfilter/conntrack.ts';
import { replyTuple } from '../engine/netfilter/conntrack.ts';
import { SEC } from '../engine/sim/clock.ts';
import { ip4ToString, parseIp4 } from '../engine/wire/addr.ts';
import { PROTO_NAMES, protoNumber } from '../engine/wire/packet.ts';
import type { Ctx } from './context.ts';
import { reportUnsupported } from './unsupported.ts';

const HEAD = 'conntrack v1.4.7 (conntrack-tools): ';
const HINT = "Try `conntrack -h' or 'conntrack --help' for more information.\n";

function tupleText(t: Tuple, reply: boolean): string {
  const addrs = `src=${ip4ToString(t.src)} dst=${ip4ToString(t.dst)}`;
  if (t.proto === 1) return `${addrs} type=${reply ? 0 : 8} code=0 id=${t.sport}`;
  return `${addrs} sport=${t.sport} dport=${t.dport}`;
}

/** One line as conntrack -L prints it (the "%-8s %u" protocol column, then timeout and TCP state). */
export function formatCtEntry(e: CtEntry, now: number): string {
  const name = PROTO_NAMES[e.proto] ?? 'unknown';
  const secs = Math.floor((e.expires - now) / SEC);
  const state = e.tcp ? `${e.tcp} ` : '';
  return `${name.padEnd(8)} ${e.proto} ${secs} ${state}${tupleText(e.orig, false)} ${e.replied ? '' : '[UNREPLIED] '}${tupleText(replyTuple(e), true)} ${e.assured ? '[ASSURED] ' : ''}mark=0 use=1`;
}

export function conntrack(ctx: Ctx, argv: string[]): number {
  const nf = ctx.ns.nf;
  const now = ctx.world.clock.now;
  const cmd = argv[0] ?? '-L';
  if (cmd === '-F' || cmd === '--flush') {
    nf.ct.flush();
    ctx.write(`${HEAD}connection tracking table has been emptied.\n`);
    return 0;
  }
  if (cmd === '-L' || cmd === '--dump' || cmd === '-D' || cmd === '--delete') {
    let proto: number | undefined;
    let src: number | undefined;
    let dst: number | undefined;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      if (a === '-p' || a === '--proto') {
        const v = argv[++i]?.toLowerCase();
        const n = protoNumber(v);
        if (n === undefined) {
          ctx.write(`${HEAD}\`${v ?? ''}' unsupported protocol\n${HINT}`);
          return 2;
        }
        proto = Number(n);
      } else if (
        a === '-s' ||
        a === '--src' ||
        a === '--orig-src' ||
        a === '-d' ||
        a === '--dst' ||
        a === '--orig-dst'
      ) {
        // The original direction's addresses (CT_OPT_ORIG_SRC / CT_OPT_ORIG_DST).
        const v = argv[++i];
        const ip = v === undefined ? undefined : parseIp4(v);
        if (ip === undefined) {
          reportUnsupported(ctx, `conntrack ${a} ${v ?? ''}`);
          return 2;
        }
        if (a.includes('s')) src = ip;
        else dst = ip;
      } else {
        reportUnsupported(ctx, `conntrack option ${argv[i]}`);
        return 2;
      }
    }
    const entries = nf.ct
      .entries(now)
      .filter(
        (e) =>
          (proto === undefined || e.proto === proto) &&
          (src === undefined || e.orig.src === src) &&
          (dst === undefined || e.orig.dst === dst),
      );
    if (cmd === '-D' || cmd === '--delete') {
      for (const e of entries) nf.ct.remove(e);
      ctx.write(`${HEAD}${entries.length} flow entries have been deleted.\n`);
      ctx.write(entries.map((e) => `${formatCtEntry(e, now)}\n`).join(''));
      return entries.length ? 0 : 1;
    }
    ctx.write(`${HEAD}${entries.length} flow entries have been shown.\n`);
    ctx.write(entries.map((e) => `${formatCtEntry(e, now)}\n`).join(''));
    return 0;
  }
  reportUnsupported(ctx, `conntrack ${cmd}`);
  return 2;
}
