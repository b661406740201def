// Connection tracking (net/netfilter/nf_conntrack_*.c) for ICMP echo: each connection has an
// original and a reply tuple; NAT bindings are chosen on the first packet and rewrite every later
// packet of the connection in both directions. Entries time out on the virtual clock (ICMP: 30 s).

import { SEC } from '../sim/clock.ts';
import type { Ip4 } from '../wire/addr.ts';

export interface Tuple {
  src: Ip4;
  dst: Ip4;
  /** ICMP echo identifier. */
  id: number;
}

export interface CtEntry {
  proto: number;
  orig: Tuple;
  /** Source NAT (SNAT/MASQUERADE) and destination NAT (DNAT) bindings, once chosen. */
  snat?: Ip4;
  dnat?: Ip4;
  snatDecided: boolean;
  dnatDecided: boolean;
  replied: boolean;
  confirmed: boolean;
  expires: number;
  /** Device whose address MASQUERADE used (its bindings go when it goes down). */
  masqDev?: string;
}

export const ICMP_TIMEOUT = 30 * SEC;

export function replyTuple(e: CtEntry): Tuple {
  return { src: e.dnat ?? e.orig.dst, dst: e.snat ?? e.orig.src, id: e.orig.id };
}

function key(t: Tuple): string {
  return `${t.src}>${t.dst}#${t.id}`;
}

export class Conntrack {
  private byOrig = new Map<string, CtEntry>();
  private byReply = new Map<string, CtEntry>();

  /** Finds the connection a packet belongs to, and in which direction it travels. */
  lookup(t: Tuple, isReply: boolean, now: number): { entry: CtEntry; dir: 'orig' | 'reply' } | undefined {
    const map = isReply ? this.byReply : this.byOrig;
    const e = map.get(key(t));
    if (!e) return undefined;
    if (e.expires <= now) {
      this.remove(e);
      return undefined;
    }
    return { entry: e, dir: isReply ? 'reply' : 'orig' };
  }

  /** __nf_conntrack_confirm: the first packet got through every hook, the entry becomes visible. */
  confirm(e: CtEntry, now: number): void {
    if (e.confirmed) return;
    e.confirmed = true;
    e.expires = now + ICMP_TIMEOUT;
    this.byOrig.set(key(e.orig), e);
    this.byReply.set(key(replyTuple(e)), e);
  }

  remove(e: CtEntry): void {
    this.byOrig.delete(key(e.orig));
    this.byReply.delete(key(replyTuple(e)));
  }

  entries(now: number): CtEntry[] {
    const out: CtEntry[] = [];
    for (const e of [...this.byOrig.values()]) {
      if (e.expires <= now) this.remove(e);
      else out.push(e);
    }
    return out;
  }

  flush(): number {
    const n = this.byOrig.size;
    this.byOrig.clear();
    this.byReply.clear();
    return n;
  }
}
