// IP sets of one network namespace (net/netfilter/ipset/ip_set_core.c), the two types kube-router's
// NetworkPolicy controller uses: hash:ip (ip_set_hash_ip.c, revision 6) and hash:net
// (ip_set_hash_net.c, revision 7), family inet. Sets live in an index table: a new set takes the
// first free slot, listings go by slot (list:set types, not modelled, would come last), and a swap
// exchanges two sets' contents while names, slots and references stay where they are (ip_set_swap),
// which is how iptables rules, holding a set by slot, see the new members at once.
// Elements with a timeout other than 0 (they would expire) are not modelled; the shell says so.

import { Rng } from '../sim/rng.ts';
import { type Ip4, prefixMask } from '../wire/addr.ts';

export type IpSetType = 'hash:ip' | 'hash:net';

export const IPSET_REVISION: Record<IpSetType, number> = { 'hash:ip': 6, 'hash:net': 7 };

export interface IpSetEntry {
  /** The address, masked to `len` (hash:net stores the network). */
  addr: Ip4;
  /** 32 for hash:ip; 1–32 for hash:net (shown without "/32"). */
  len: number;
  /** hash:net only: the element excludes its addresses from wider elements (ipset's `nomatch`). */
  nomatch: boolean;
}

/** What a swap moves between two slots: everything but the name (and the references). */
export interface IpSetBody {
  type: IpSetType;
  hashsize: number;
  maxelem: number;
  /** The set's default timeout; undefined: created without timeout support. Only 0 is modelled. */
  timeout?: number;
  /** jhash seed drawn at create (get_random_u32): it orders the members, as the kernel's buckets do. */
  initval: number;
  /** In insertion order (the kernel lists them in bucket order, which depends on initval). */
  entries: IpSetEntry[];
}

export interface IpSet extends IpSetBody {
  readonly name: string;
}

/** IPSET_MAXNAMELEN - 1. */
export const IPSET_MAX_NAME = 31;

/**
 * mtype_ahash_memsize with every element in its own bucket (a new bucket holds AHASH_INIT_SIZE = 2
 * elements): the struct and its 1024 bucket pointers, then per bucket its header and two elements.
 * Measured on 6.18: hash:ip 216 + 40 (+64 with timeouts) per element, hash:net 456 + 48 (+64).
 * Two elements that share a bucket (the kernel's hash decides) make the kernel's figure smaller.
 */
export function ipsetMemsize(s: IpSetBody): number {
  const base = s.type === 'hash:ip' ? 216 : 456;
  const per = s.timeout !== undefined ? 64 : s.type === 'hash:ip' ? 40 : 48;
  return base + per * s.entries.length;
}

export class IpSets {
  /** ip_set_list: the index table (a destroyed set leaves its slot free). */
  private slots: (IpSet | undefined)[] = [];
  private readonly rng: Rng;

  constructor(seed: number) {
    this.rng = new Rng((seed ^ 0x1b5e7a11) >>> 0);
  }

  get(name: string): IpSet | undefined {
    return this.slots.find((s) => s?.name === name);
  }

  /** In slot order, as `ipset list` and `ipset save` show them. */
  all(): IpSet[] {
    return this.slots.filter((s): s is IpSet => s !== undefined);
  }

  get size(): number {
    return this.all().length;
  }

  /** ip_set_create: the first free slot. The caller has checked the name is free. */
  create(name: string, body: Omit<IpSetBody, 'initval' | 'entries'>): IpSet {
    const set: IpSet = { name, ...body, initval: this.rng.int(0, 0x100000000), entries: [] };
    const free = this.slots.indexOf(undefined);
    if (free >= 0) this.slots[free] = set;
    else this.slots.push(set);
    return set;
  }

  destroy(name: string): void {
    const i = this.slots.findIndex((s) => s?.name === name);
    if (i >= 0) this.slots[i] = undefined;
  }

  /** ip_set_swap: the bodies change places; each name stays in its slot. */
  swap(a: IpSet, b: IpSet): void {
    const keys: (keyof IpSetBody)[] = ['type', 'hashsize', 'maxelem', 'timeout', 'initval', 'entries'];
    const wa = a as unknown as Record<string, unknown>;
    const wb = b as unknown as Record<string, unknown>;
    for (const k of keys) [wa[k], wb[k]] = [wb[k], wa[k]];
  }
}

/** The stored form of an element: hash:net keeps the network of its prefix. */
export function ipsetElement(type: IpSetType, addr: Ip4, len: number, nomatch: boolean): IpSetEntry {
  const l = type === 'hash:ip' ? 32 : len;
  return { addr: (addr & prefixMask(l)) >>> 0, len: l, nomatch };
}

export function findEntry(s: IpSetBody, e: IpSetEntry): number {
  return s.entries.findIndex((x) => x.addr === e.addr && x.len === e.len);
}

/**
 * Whether `ip` is in the set as the set match sees it (ip_set_test): hash:ip compares the address;
 * hash:net tries its prefix lengths from the longest (mtype_test_cidrs), and the first element that
 * holds the address decides: a `nomatch` element means not in the set.
 */
export function ipsetTest(s: IpSetBody, ip: Ip4): boolean {
  if (s.type === 'hash:ip') return s.entries.some((e) => e.addr === ip);
  let best: IpSetEntry | undefined;
  for (const e of s.entries)
    if ((ip & prefixMask(e.len)) >>> 0 === e.addr && (!best || e.len > best.len)) best = e;
  return best !== undefined && !best.nomatch;
}

/** What the kernel refuses (ip_set_core.c and the types' uadt), for the shell to word as ipset does. */
export type IpsetErr =
  | 'set-exists'
  | 'no-set'
  | 'busy'
  | 'elem-exists'
  | 'elem-missing'
  | 'no-timeout'
  | 'type-mismatch'
  | 'hash-full'
  | 'no-memory';

export class IpsetError extends Error {
  constructor(readonly code: IpsetErr) {
    super(code);
  }
}
