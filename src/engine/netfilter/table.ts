// iptables tables, chains and rules (x_tables as iptables-nft presents them). Tables hold built-in
// chains with a policy and counters, user chains, and rules with packet/byte counters.

import type { TraceMsg } from '../trace/messages.ts';
import type { Ip4 } from '../wire/addr.ts';

export type TableName = 'filter' | 'nat' | 'mangle' | 'raw';
export type Hook = 'PREROUTING' | 'INPUT' | 'FORWARD' | 'OUTPUT' | 'POSTROUTING';

export const BUILTIN_CHAINS: Record<TableName, Hook[]> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  raw: ['PREROUTING', 'OUTPUT'],
};

export interface AddrMatch {
  addr: Ip4;
  len: number;
  invert: boolean;
}

export interface IfaceMatch {
  name: string;
  /** "eth+" matches every name starting with "eth". */
  wildcard: boolean;
  invert: boolean;
}

export interface PortMatch {
  lo: number;
  hi: number;
  invert: boolean;
}

export type Target =
  | { kind: 'ACCEPT' | 'DROP' | 'RETURN' }
  | { kind: 'REJECT'; with: string }
  | { kind: 'jump'; chain: string; goto: boolean }
  /** --to-ports lo[-hi]: the source port range (MASQUERADE) or the new destination port (REDIRECT). */
  | { kind: 'MASQUERADE'; port?: number; hi?: number; randomFully?: boolean }
  /** --to-source A[-B][:P[-Q]]: an address range and, for TCP/UDP, a source port range. */
  | { kind: 'SNAT'; to: Ip4; toHi?: Ip4; port?: number; portHi?: number }
  /** CT (also -j NOTRACK, stored as CT --notrack): raw-table conntrack template; only --notrack is modelled. */
  | { kind: 'CT'; notrack: boolean; alias?: 'NOTRACK' }
  | { kind: 'DNAT'; to: Ip4; port?: number; hi?: number }
  /** To this host (the incoming device's primary address), optionally another port. */
  | { kind: 'REDIRECT'; port?: number; hi?: number }
  | { kind: 'LOG'; prefix?: string }
  /** xt_NFLOG: a copy to nfnetlink_log's group (no listener is modelled: nothing else happens). */
  | { kind: 'NFLOG'; group: number }
  /** xt_MARK: mark = (mark & ~mask) ^ value. */
  | { kind: 'MARK'; value: number; mask: number };

/** Connection states as -m conntrack / -m state name them, in the order iptables prints them. */
export const CT_STATES = ['INVALID', 'NEW', 'RELATED', 'ESTABLISHED', 'UNTRACKED'] as const;
export type CtState = (typeof CT_STATES)[number];

export const ADDR_TYPES = [
  'UNSPEC',
  'UNICAST',
  'LOCAL',
  'BROADCAST',
  'ANYCAST',
  'MULTICAST',
  'BLACKHOLE',
  'UNREACHABLE',
  'PROHIBIT',
] as const;
export type AddrType = (typeof ADDR_TYPES)[number];

/** `-m` matches, in the order they were given (iptables prints them in that order). */
export type Ext =
  | { kind: 'conntrack'; states: CtState[]; invert: boolean }
  | { kind: 'state'; states: CtState[]; invert: boolean }
  | { kind: 'comment'; text: string }
  /** -m physdev (br_netfilter): the bridge ports a bridged packet came in and goes out on. */
  | {
      kind: 'physdev';
      in?: IfaceMatch;
      out?: IfaceMatch;
      isIn?: { invert: boolean };
      isOut?: { invert: boolean };
      isBridged?: { invert: boolean };
    }
  /** -m multiport --sports/--dports/--ports: up to 15 ports or lo:hi ranges. */
  | { kind: 'multiport'; side: 'src' | 'dst' | 'both'; ports: [number, number][]; invert: boolean }
  | { kind: 'mark'; value: number; mask: number; invert: boolean }
  | { kind: 'statistic'; probability: number; invert: boolean }
  | { kind: 'addrtype'; src?: AddrType; srcInvert: boolean; dst?: AddrType; dstInvert: boolean }
  /** -m set --match-set NAME src|dst[,…] (xt_set revision 4): the packet's addresses in an IP set. */
  | { kind: 'set'; name: string; dirs: ('src' | 'dst')[]; invert: boolean }
  /**
   * -m limit (xt_limit): a token bucket of `burst` packets refilled one per `avg` (in units of
   * 1/10000 s, XT_LIMIT_SCALE); `state` is the rule's own bucket (credit, last refill in µs).
   */
  | { kind: 'limit'; avg: number; burst: number; state?: { credit: number; last: number } };

export interface Rule {
  ext?: Ext[];
  src?: AddrMatch;
  dst?: AddrMatch;
  in?: IfaceMatch;
  out?: IfaceMatch;
  /** Protocol number; undefined means all. */
  proto?: number;
  protoInvert: boolean;
  sport?: PortMatch;
  dport?: PortMatch;
  /** Where the implicit -m tcp/udp (for --sport/--dport) sits among `ext`, as iptables keeps match order. */
  portsAt?: number;
  /** -m tcp / -m udp was given (or implied by --sport/--dport). */
  l4Match?: boolean;
  /** --tcp-flags MASK COMP (--syn is FIN,SYN,RST,ACK SYN). */
  tcpFlags?: { mask: number; comp: number; invert: boolean };
  icmpType?: { type: number; code?: number; invert: boolean };
  target?: Target;
  /** Counters: the packet path counts (writable view), `iptables -Z` zeroes (world.rtnl). */
  readonly pkts: number;
  readonly bytes: number;
  /**
   * Why the rule is there, when a tool that wrote it knows (Docker's rules say which part of Docker
   * and which network or port they serve): trace events about the rule add it. Not a match: -S,
   * -D and -C ignore it.
   */
  why?: TraceMsg;
}

/** A chain, read-only outside the engine: world.rtnl's xt* operations are its only writers. */
export interface Chain {
  readonly name: string;
  readonly builtin: boolean;
  readonly policy?: 'ACCEPT' | 'DROP';
  /** iptables-nft attaches chain counters only once -P was used on the chain; until then they stay 0. */
  readonly counting: boolean;
  /** A built-in chain exists in nf_tables once a rule or a policy put it there (for -Z, which zeroes only those). */
  readonly created?: boolean;
  readonly pkts: number;
  readonly bytes: number;
  readonly rules: readonly Rule[];
}

function newChain(name: string, builtin: boolean): Chain {
  return {
    name,
    builtin,
    ...(builtin ? { policy: 'ACCEPT' } : {}),
    counting: false,
    pkts: 0,
    bytes: 0,
    rules: [],
  };
}

export class Table {
  private readonly byName = new Map<string, Chain>();
  constructor(readonly name: TableName) {
    for (const h of BUILTIN_CHAINS[name]) this.byName.set(h, newChain(h, true));
  }
  /** The chains by name (changed only through world.rtnl: xtChainAdd, xtChainDel). */
  get chains(): ReadonlyMap<string, Chain> {
    return this.byName;
  }
  /** nf_tables_newchain, for world.rtnl (which checks the name first). */
  addChain(name: string): void {
    this.byName.set(name, newChain(name, false));
  }
  /**
   * nf_tables_newchain with NFTA_CHAIN_NAME on an existing chain (iptables -E), for world.rtnl:
   * the chain keeps its rules, and jumps to it (by handle in nf_tables) follow it to its new name.
   */
  renameChain(from: string, to: string): void {
    const c = this.byName.get(from)!;
    this.byName.delete(from);
    this.byName.set(to, { ...c, name: to });
    for (const ch of this.byName.values()) {
      const rules = ch.rules as Rule[];
      for (let i = 0; i < rules.length; i++) {
        const t = rules[i].target;
        if (t?.kind === 'jump' && t.chain === from) rules[i] = { ...rules[i], target: { ...t, chain: to } };
      }
    }
  }
  /** nf_tables_delchain, for world.rtnl (which checks that nothing uses it). */
  deleteChain(name: string): void {
    this.byName.delete(name);
  }
  /** Built-in chains in hook order, then user chains by name, as iptables-nft lists them. */
  ordered(): Chain[] {
    const all = [...this.chains.values()];
    return [
      ...all.filter((c) => c.builtin),
      ...all.filter((c) => !c.builtin).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    ];
  }

  /** Rules elsewhere in the table that jump to `chain` (the "N references" iptables prints). */
  references(chain: string): number {
    let n = 0;
    for (const c of this.chains.values())
      for (const r of c.rules) if (r.target?.kind === 'jump' && r.target.chain === chain) n++;
    return n;
  }
}
