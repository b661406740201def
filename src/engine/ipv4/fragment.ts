// IPv4 fragmentation and reassembly (net/ipv4/ip_output.c ip_do_fragment, ip_fragment.c ip_defrag).
// A datagram larger than the MTU leaves as fragments of ((mtu − 20) & ~7) payload bytes, all with
// the datagram's id; the receiver (or a router whose conntrack needs whole packets) queues them by
// (source, destination, id, protocol) until every byte has arrived, and gives up after
// net.ipv4.ipfrag_time (30 s), answering "Fragment reassembly time exceeded" if it had the first.

import type { Ip4 } from '../wire/addr.ts';
import { IPV4_HEADER_LEN, type Ipv4Packet, ipv4Length, l4Length } from '../wire/packet.ts';

/** ipfrag_time: how long a partly reassembled datagram is kept. */
export const IPFRAG_TIME = 30 * 1_000_000;

/**
 * ip_do_fragment: `pkt` cut to fit `mtu`. A fragment cut again keeps its place in the original
 * datagram, and only the last piece of the last fragment goes without IP_MF.
 */
export function fragment(pkt: Ipv4Packet, mtu: number): Ipv4Packet[] {
  const total = pkt.frag ? pkt.frag.len : l4Length(pkt.payload);
  const base = pkt.frag?.offset ?? 0;
  const lastMore = pkt.frag?.more ?? false;
  const step = (mtu - IPV4_HEADER_LEN) & ~7;
  const out: Ipv4Packet[] = [];
  for (let off = 0; off < total; off += step) {
    const len = Math.min(step, total - off);
    const more = off + len < total || lastMore;
    out.push({ ...pkt, df: false, frag: { offset: base + off, len, more } });
  }
  return out;
}

interface FragQueue {
  /** Byte ranges received, as [start, end) pairs. */
  have: [number, number][];
  /** The total payload length, known once the last fragment (no MF) arrives. */
  total?: number;
  first?: Ipv4Packet;
  /** The largest fragment seen (IPCB frag_max_size), for fragmenting it again on the way out. */
  maxSize: number;
  expires: number;
}

export interface Reassembled {
  pkt: Ipv4Packet;
  /** frag_max_size: the largest fragment it came in. */
  fragMax: number;
}

/** One namespace's reassembly queues (struct netns_frags). */
export class Reassembly {
  private queues = new Map<string, FragQueue>();

  /** Datagrams being reassembled (/proc/net/sockstat's "FRAG: inuse"). */
  get count(): number {
    return this.queues.size;
  }

  /**
   * ip_defrag: adds a fragment. Returns the whole datagram once complete; undefined while pieces are
   * missing. `onExpire` is told when a queue times out, with its first fragment if it had one.
   */
  add(
    frag: Ipv4Packet,
    now: number,
    schedule: (at: number, fn: () => void) => void,
    onExpire: (first: Ipv4Packet | undefined) => void,
  ): Reassembled | undefined {
    const f = frag.frag!;
    const key = `${frag.src}|${frag.dst}|${frag.id}|${frag.protocol}`;
    let q = this.queues.get(key);
    if (!q) {
      const fresh: FragQueue = { have: [], maxSize: 0, expires: now + IPFRAG_TIME };
      q = fresh;
      this.queues.set(key, q);
      schedule(fresh.expires, () => {
        if (this.queues.get(key) !== fresh) return;
        this.queues.delete(key);
        onExpire(fresh.first);
      });
    }
    q.have.push([f.offset, f.offset + f.len]);
    q.maxSize = Math.max(q.maxSize, ipv4Length(frag));
    if (f.offset === 0) q.first = frag;
    if (!f.more) q.total = f.offset + f.len;
    if (q.total === undefined || !q.first || !covers(q.have, q.total)) return undefined;
    this.queues.delete(key);
    const { frag: _f, ...whole } = q.first;
    return { pkt: { ...whole, df: false }, fragMax: q.maxSize };
  }

  /** Queues in progress (for the trace and tests). */
  get size(): number {
    return this.queues.size;
  }
}

function covers(ranges: [number, number][], total: number): boolean {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [s, e] of sorted) {
    if (s > at) return false;
    at = Math.max(at, e);
  }
  return at >= total;
}

/** The key reassembly would file a fragment under (for trace sentences). */
export function fragKey(p: Ipv4Packet): { src: Ip4; dst: Ip4; id: number } {
  return { src: p.src, dst: p.dst, id: p.id };
}
