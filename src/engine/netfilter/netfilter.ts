// The netfilter hooks of one namespace, in the kernel's priority order (include/uapi/linux/
// netfilter_ipv4.h):
//
//   from a device ─► PREROUTING ─► routing ─┬─► INPUT ──────────────► local delivery
//   (conntrack, nat DNAT)                   └─► FORWARD (filter) ─┐
//                                                                 ├─► POSTROUTING ─► device
//   local process ─► routing ─► OUTPUT (conntrack, nat DNAT,      │   (nat SNAT/MASQUERADE,
//                               filter) ──────────────────────────┘    conntrack confirm)
//
// NAT rules are consulted only for a connection's first packet; later packets (both directions)
// are rewritten from the conntrack binding. Every chain and rule a packet meets is traced.

import { inetSelectAddr } from '../ipv4/devinet.ts';
import type { Device } from '../link/device.ts';
import type { Netns } from '../netns/netns.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, ip4ToString, prefixMask } from '../wire/addr.ts';
import {
  ICMP_ECHO,
  ICMP_ECHOREPLY,
  IPPROTO_ICMP,
  IPPROTO_TCP,
  IPPROTO_UDP,
  type Ipv4Packet,
  ipv4Length,
  PROTO_NAMES,
  TCP_RST,
} from '../wire/packet.ts';
import { writable } from '../writable.ts';
import {
  Conntrack,
  type CtEntry,
  IPCT_ASSURED,
  IPCT_NEW,
  IPCT_PROTOINFO,
  IPCT_REPLY,
  invertTuple,
  replyTuple,
  type Tuple,
  tcpTransition,
  timeoutFor,
  udpStream,
} from './conntrack.ts';
import { formatRuleSpec } from './format.ts';
import { IpSets, ipsetTest } from './ipset.ts';
import { pickNatAddr, pickNatPort } from './nat-range.ts';
import {
  type AddrType,
  type Chain,
  type CtState,
  type Hook,
  type Rule,
  Table,
  type TableName,
} from './table.ts';

export interface NfCtx {
  entry?: CtEntry;
  dir: 'orig' | 'reply';
  isNew: boolean;
  /** An ICMP error about a packet of `entry` (ctinfo IP_CT_RELATED). */
  related?: boolean;
}

export type Verdict =
  | { verdict: 'accept'; pkt: Ipv4Packet }
  | { verdict: 'drop' }
  | { verdict: 'reject'; with: string };

interface Pass {
  pkt: Ipv4Packet;
  inDev?: Device;
  outDev?: Device;
  ctx?: NfCtx;
  /** br_netfilter: the bridge ports of a bridged packet (what -m physdev matches). */
  physIn?: Device;
  physOut?: Device;
}

export class Netfilter {
  private tables = new Map<TableName, Table>();
  /**
   * Conntrack runs while some rule needs it: the NAT targets and the conntrack/state matches take a
   * reference in their checkentry (nf_ct_netns_get) and drop it with the rule. An empty nat table,
   * or one holding only ACCEPT rules, tracks nothing (measured on 6.18 with iptables-nft).
   */
  private ctUsers?: boolean;
  get conntrackOn(): boolean {
    if (this.ctUsers === undefined) {
      this.ctUsers = false;
      for (const t of this.tables.values())
        for (const c of t.chains.values()) if (c.rules.some(needsConntrack)) this.ctUsers = true;
    }
    return this.ctUsers;
  }

  /** iptables changed some rules: whether conntrack is needed is worked out again. */
  rulesChanged(): void {
    this.ctUsers = undefined;
  }
  readonly ct = new Conntrack();
  /** The namespace's IP sets (ipset is per network namespace). */
  readonly ipsets: IpSets;

  constructor(private readonly ns: Netns) {
    this.ipsets = new IpSets(ns.world.seed);
  }

  /** How many rules hold the set (its "References", and why it cannot be destroyed). */
  setReferences(name: string): number {
    let n = 0;
    for (const t of this.tables.values())
      for (const c of t.chains.values())
        for (const r of c.rules) for (const x of r.ext ?? []) if (x.kind === 'set' && x.name === name) n++;
    return n;
  }

  /** Whether the table exists (iptables-nft creates one on first use, even by listing it). */
  has(name: TableName): boolean {
    return this.tables.has(name);
  }

  /** Whether any hook has work to do here (a table exists or conntrack is on). */
  get active(): boolean {
    return this.tables.size > 0 || this.conntrackOn;
  }

  /** The tables iptables has touched, without creating any (for the exporter and snapshots). */
  tablesInUse(): Table[] {
    return [...this.tables.values()];
  }

  table(name: TableName): Table {
    let t = this.tables.get(name);
    if (!t) {
      t = new Table(name);
      this.tables.set(name, t);
    }
    return t;
  }

  private get world() {
    return this.ns.world;
  }

  /** Runs `table`'s chain for `hook`; undefined when the table has no such chain (or does not exist). */
  private runChain(
    tableName: TableName,
    hook: Hook,
    p: Pass,
  ): Rule['target'] | 'policy-accept' | 'policy-drop' | undefined {
    const table = this.tables.get(tableName);
    const start = table?.chains.get(hook);
    if (!table || !start) return undefined;
    return this.walkChain(table, start, hook, p);
  }

  private walkChain(
    table: Table,
    start: Chain,
    hook: Hook,
    p: Pass,
  ): Rule['target'] | 'policy-accept' | 'policy-drop' | undefined {
    const tableName = table.name;
    const w = this.world;
    const bytes = ipv4Length(p.pkt);
    const stack: { chain: string; next: number }[] = [];
    let chain = start;
    let i = 0;
    for (let guard = 0; guard < 100_000; guard++) {
      if (i >= chain.rules.length) {
        const ret = stack.pop();
        if (!ret) {
          if (start.counting) {
            const c = writable(start);
            c.pkts++;
            c.bytes += bytes;
          }
          w.trace(
            this.ns,
            'netfilter',
            w.tracing
              ? msg('nf.policy', { table: tableName, chain: hook, policy: String(start.policy) })
              : '',
            undefined,
            p.inDev ?? p.outDev,
          );
          return start.policy === 'DROP' ? 'policy-drop' : 'policy-accept';
        }
        chain = table.chains.get(ret.chain)!;
        i = ret.next;
        continue;
      }
      const r = chain.rules[i];
      if (!this.matches(r, p)) {
        i++;
        continue;
      }
      const c = writable(r);
      c.pkts++;
      c.bytes += bytes;
      const t = r.target;
      if (!t) {
        i++;
        continue;
      }
      if (t.kind === 'jump') {
        const next = table.chains.get(t.chain);
        w.trace(
          this.ns,
          'netfilter',
          w.tracing ? ruleSaid(tableName, chain.name, i + 1, r, t.chain) : '',
          undefined,
          p.inDev ?? p.outDev,
        );
        if (!next) return undefined;
        if (!t.goto) stack.push({ chain: chain.name, next: i + 1 });
        chain = next;
        i = 0;
        continue;
      }
      if (t.kind === 'RETURN') {
        // Back to the calling chain, or to the policy in a built-in one: the same as running off the end.
        i = chain.rules.length;
        continue;
      }
      if (t.kind === 'LOG' || t.kind === 'NFLOG') {
        i++;
        continue;
      }
      if (t.kind === 'CT') {
        // xt_CT: a template for the connection; --notrack leaves the packet untracked. Not a verdict.
        if (t.notrack) p.pkt = { ...p.pkt, notrack: true };
        i++;
        continue;
      }
      if (t.kind === 'MARK') {
        // A mark that records a decision (kube-router's "allowed by this policy") says why.
        if (r.why)
          w.trace(
            this.ns,
            'netfilter',
            w.tracing ? ruleSaid(tableName, chain.name, i + 1, r) : '',
            undefined,
            p.inDev ?? p.outDev,
          );
        const old = p.pkt.mark ?? 0;
        p.pkt = { ...p.pkt, mark: ((old & ~t.mask) ^ t.value) >>> 0 };
        i++;
        continue;
      }
      w.trace(
        this.ns,
        'netfilter',
        w.tracing ? ruleSaid(tableName, chain.name, i + 1, r) : '',
        undefined,
        p.inDev ?? p.outDev,
      );
      return t;
    }
    return 'policy-drop';
  }

  private matches(r: Rule, p: Pass): boolean {
    const pkt = p.pkt;
    const addr = (m: { addr: Ip4; len: number; invert: boolean } | undefined, ip: Ip4) =>
      !m || ((ip & prefixMask(m.len)) >>> 0 === m.addr) !== m.invert;
    if (!addr(r.src, pkt.src) || !addr(r.dst, pkt.dst)) return false;
    const iface = (m: Rule['in'], dev: Device | undefined) => {
      if (!m) return true;
      const name = dev?.name ?? '';
      const hit = m.wildcard ? name.startsWith(m.name) : name === m.name;
      return hit !== m.invert;
    };
    if (!iface(r.in, p.inDev) || !iface(r.out, p.outDev)) return false;
    if (r.proto !== undefined && (pkt.protocol === r.proto) === r.protoInvert) return false;
    const l4 = pkt.payload;
    const ports = l4.kind === 'tcp' || l4.kind === 'udp' ? l4 : undefined;
    if (r.sport || r.dport) {
      // xt_tcpudp: ports match only TCP and UDP (and never a later fragment).
      if (!ports) return false;
      if (r.sport && !inRange(r.sport, ports.sport)) return false;
      if (r.dport && !inRange(r.dport, ports.dport)) return false;
    }
    for (const x of r.ext ?? []) {
      if (x.kind === 'conntrack' || x.kind === 'state') {
        if (x.states.includes(this.ctState(p)) === x.invert) return false;
      } else if (x.kind === 'mark') {
        if ((((pkt.mark ?? 0) & x.mask) >>> 0 === (x.value & x.mask) >>> 0) === x.invert) return false;
      } else if (x.kind === 'statistic') {
        // xt_statistic random mode: get_random_u32() compared with the probability (seeded here).
        if (this.world.rng.next() < x.probability === x.invert) return false;
      } else if (x.kind === 'physdev') {
        // physdev_mt: a packet that never crossed a bridge matches only options that are inverted.
        if (!p.physIn && !p.physOut) {
          const opts = [x.isIn, x.isOut, x.isBridged, x.in, x.out];
          if (opts.some((o) => o && !o.invert)) return false;
          continue;
        }
        if (x.isIn && !!p.physIn === x.isIn.invert) return false;
        if (x.isOut && !!p.physOut === x.isOut.invert) return false;
        if (x.isBridged && !!(p.physIn && p.physOut) === x.isBridged.invert) return false;
        if (x.in && !iface(x.in, p.physIn)) return false;
        if (x.out && !iface(x.out, p.physOut)) return false;
      } else if (x.kind === 'multiport') {
        // xt_multiport: any listed port or range; --ports matches either side.
        if (!ports) return false;
        const hit = x.ports.some(
          ([lo, hi]) =>
            (x.side !== 'dst' && ports.sport >= lo && ports.sport <= hi) ||
            (x.side !== 'src' && ports.dport >= lo && ports.dport <= hi),
        );
        if (hit === x.invert) return false;
      } else if (x.kind === 'addrtype') {
        if (x.src && (this.addrType(pkt.src) === x.src) === x.srcInvert) return false;
        if (x.dst && (this.addrType(pkt.dst) === x.dst) === x.dstInvert) return false;
      } else if (x.kind === 'set') {
        // set_match_v4: the set's one dimension takes the first direction flag.
        const s = this.ipsets.get(x.name);
        const hit = !!s && ipsetTest(s, x.dirs[0] === 'src' ? pkt.src : pkt.dst);
        if (hit === x.invert) return false;
      } else if (x.kind === 'limit') {
        if (!limitPass(x, this.world.clock.now)) return false;
      }
    }
    if (r.tcpFlags) {
      if (l4.kind !== 'tcp') return false;
      if (((l4.flags & r.tcpFlags.mask) === r.tcpFlags.comp) === r.tcpFlags.invert) return false;
    }
    if (r.icmpType) {
      if (l4.kind !== 'icmp') return false;
      // icmp_type_code_match: type 255 matches every type.
      const hit =
        r.icmpType.type === 255 ||
        (l4.type === r.icmpType.type && (r.icmpType.code === undefined || l4.code === r.icmpType.code));
      if (hit === r.icmpType.invert) return false;
    }
    return true;
  }

  /** The packet's conntrack state as -m conntrack sees it (ctinfo). */
  private ctState(p: Pass): CtState {
    if (p.pkt.notrack) return 'UNTRACKED';
    if (p.pkt.ctRelated) return 'RELATED';
    const e = p.ctx?.entry;
    if (e && p.ctx!.related) return 'RELATED';
    if (e) return p.ctx!.dir === 'orig' && !e.replied ? 'NEW' : 'ESTABLISHED';
    const icmp = p.pkt.payload;
    if (icmp.kind === 'icmp' && icmp.inner) {
      // An ICMP error about a tracked packet is RELATED to that connection.
      const t = tupleOf(icmp.inner);
      if (t && this.ct.lookup(t, 'both', this.world.clock.now)) return 'RELATED';
    }
    return 'INVALID';
  }

  /** inet_addr_type: what the local table says about an address (anything else is UNICAST). */
  private addrType(ip: Ip4): AddrType {
    if (ip === 0 || ip === 0xffffffff) return 'BROADCAST';
    if (ip >>> 28 === 0xe) return 'MULTICAST';
    const r = this.ns.fib.lookup(ip);
    if (r?.type === 'local') return 'LOCAL';
    if (r?.type === 'broadcast') return 'BROADCAST';
    return 'UNICAST';
  }

  /** A filtering table's verdict at a hook (filter, and raw/mangle, which may only accept or drop here). */
  private filter(hook: Hook, p: Pass, table: TableName = 'filter'): Verdict {
    const t = this.runChain(table, hook, p);
    if (t === undefined || t === 'policy-accept') return { verdict: 'accept', pkt: p.pkt };
    if (t === 'policy-drop') return { verdict: 'drop' };
    if (t.kind === 'DROP') return { verdict: 'drop' };
    if (t.kind === 'REJECT') return { verdict: 'reject', with: t.with };
    return { verdict: 'accept', pkt: p.pkt };
  }

  /** nf_conntrack_in: the connection this packet belongs to (new for a first packet that may start one). */
  private track(pkt: Ipv4Packet): NfCtx | undefined {
    if (!this.conntrackOn || pkt.notrack) return undefined;
    const now = this.world.clock.now;
    const l4 = pkt.payload;
    if (l4.kind === 'icmp' && l4.inner) {
      // An error quoting a packet of a connection, as sent (before or after source NAT); the error
      // travels back towards that packet's sender (reply direction).
      const t = tupleOf(l4.inner);
      if (!t) return undefined;
      const asSent = this.ct.lookup(t, 'orig', now);
      const afterNat = this.ct.lookup(invertTuple(t), 'reply', now);
      const entry = asSent?.entry ?? afterNat?.entry;
      return entry ? { entry, dir: 'reply', isNew: false, related: true } : undefined;
    }
    const t = tupleOf(pkt);
    if (!t) return undefined;
    const dirs = l4.kind === 'icmp' ? (l4.type === ICMP_ECHOREPLY ? 'reply' : 'orig') : 'both';
    const hit = this.ct.lookup(t, dirs, now);
    if (hit) {
      const e = hit.entry;
      if (l4.kind === 'tcp') {
        const next = tcpTransition(e, hit.dir, l4.flags, this.ct.sysctl.nf_conntrack_tcp_loose !== 0);
        if (next === 'invalid') {
          this.ct.stats.invalid++;
          return undefined; // ctstate INVALID; the entry keeps its state
        }
        const old = e.tcp;
        e.tcp = next;
        if (old !== next) {
          this.ct.cacheEvent(e, IPCT_PROTOINFO);
          this.ctTrace(
            this.world.tracing
              ? msg('ct.tcp-state', { tuple: tupleText(e.orig), from: String(old), to: next, dir: hit.dir })
              : '',
          );
        }
        // Set ASSURED once the handshake completes (SYN_RECV or ESTABLISHED → ESTABLISHED).
        if (next === 'ESTABLISHED' && (old === 'SYN_RECV' || old === 'ESTABLISHED')) this.assure(e);
        if (hit.dir === 'reply' && !e.replied && l4.flags & TCP_RST) {
          // tcp_packet: "if only reply is a RST, we can consider ourselves not to have an
          // established connection ... delete the conntrack immediately".
          this.ct.remove(e, now);
          this.ctTrace(this.world.tracing ? msg('ct.reset-only', { tuple: tupleText(e.orig) }) : '');
          return { entry: e, dir: 'reply', isNew: false };
        }
      }
      if (hit.dir === 'reply' && e.proto !== IPPROTO_ICMP) this.seenReply(e);
      if (e.proto !== IPPROTO_ICMP) {
        if (e.proto === IPPROTO_UDP && udpStream(e, now)) this.assure(e);
        e.expires = now + timeoutFor(e, now, this.ct.sysctl);
      }
      return { entry: e, dir: hit.dir, isNew: false };
    }
    if (l4.kind === 'icmp' && l4.type !== ICMP_ECHO) return undefined;
    const entry: CtEntry = {
      proto: t.proto,
      orig: t,
      snatDecided: false,
      dnatDecided: false,
      replied: false,
      assured: false,
      confirmed: false,
      created: now,
      expires: 0,
    };
    if (l4.kind === 'tcp') {
      const st = tcpTransition(entry, 'orig', l4.flags, this.ct.sysctl.nf_conntrack_tcp_loose !== 0);
      if (st === 'invalid') {
        this.ct.stats.invalid++;
        return undefined;
      }
      entry.tcp = st;
    }
    entry.expires = now + timeoutFor(entry, now, this.ct.sysctl);
    // tcp_packet's first state change (NONE → SYN_SENT) goes with the NEW event.
    this.ct.cacheEvent(entry, entry.tcp ? IPCT_NEW | IPCT_PROTOINFO : IPCT_NEW);
    this.ctTrace(
      this.world.tracing
        ? msg('ct.new', {
            tuple: tupleText(t),
            state: entry.tcp ? msg('ct.new-state', { state: entry.tcp }) : '',
          })
        : '',
    );
    return { entry, dir: 'orig', isNew: true };
  }

  /** nf_nat_ipv4_pre_routing / local_fn: destination NAT for the original direction, un-SNAT for replies. */
  private natDst(hook: 'PREROUTING' | 'OUTPUT', ctx: NfCtx | undefined, p: Pass): Ipv4Packet {
    const e = ctx?.entry;
    if (!ctx || !e) return p.pkt;
    if (ctx.isNew && !e.dnatDecided) {
      e.dnatDecided = true;
      const t = this.runChain('nat', hook, p);
      if (t && typeof t === 'object' && t.kind === 'DNAT') {
        e.dnat = t.to;
        e.dnatPort = t.port;
      } else if (t && typeof t === 'object' && t.kind === 'REDIRECT') {
        // nf_nat_redirect_ipv4: to the primary address of the incoming device, 127.0.0.1 from OUTPUT.
        const to = hook === 'OUTPUT' ? 0x7f000001 : p.inDev?.addrs[0]?.local;
        if (to !== undefined) {
          e.dnat = to;
          e.dnatPort = t.port;
        }
      }
    }
    const dport = portsOf(p.pkt)?.dport;
    const wantPort = e.dnatPort ?? dport;
    if (ctx.dir === 'orig' && e.dnat !== undefined && (p.pkt.dst !== e.dnat || dport !== wantPort)) {
      const after = withEndpoints(p.pkt, { dst: e.dnat, dport: wantPort });
      return this.rewrite(p, after, 'nat.dnat', 'dst');
    }
    if (ctx.dir === 'reply' && e.snat !== undefined) {
      const to = e.orig.src;
      if (ctx.related) return this.relatedNat(p, 'dst', e, to, e.orig.sport);
      const after = withEndpoints(p.pkt, {
        dst: to,
        dport: e.snatPort !== undefined ? e.orig.sport : undefined,
      });
      return this.rewrite(p, after, 'nat.reply-dst', 'dst');
    }
    return p.pkt;
  }

  /**
   * SNAT --to-source with ports: the original port if free, else the first free one in [lo, hi]. Apart
   * from natSrc, which runs for every packet: its closure would give natSrc a context on every call.
   */
  private snatPort(e: CtEntry, snat: Ip4, lo: number, hi: number): number | undefined {
    const now = this.world.clock.now;
    const used = (port: number) =>
      this.ct.lookup(
        { proto: e.proto, src: e.orig.dst, dst: snat, sport: e.orig.dport, dport: port },
        'reply',
        now,
      ) !== undefined;
    return pickNatPort(e.orig.sport, lo, hi, used);
  }

  /** nf_nat_ipv4_out / nf_nat_ipv4_local_in: source NAT for the original direction, un-DNAT for replies. */
  private natSrc(hook: 'POSTROUTING' | 'INPUT', ctx: NfCtx | undefined, p: Pass, nexthop: Ip4): Ipv4Packet {
    const e = ctx?.entry;
    if (!ctx || !e) return p.pkt;
    if (ctx.isNew && !e.snatDecided) {
      e.snatDecided = true;
      const t = this.runChain('nat', hook, p);
      if (t && typeof t === 'object') {
        if (t.kind === 'SNAT') {
          e.snat = t.toHi !== undefined ? pickNatAddr(e.orig.src, e.orig.dst, t.to, t.toHi) : t.to;
          if (t.port !== undefined && (e.proto === 6 || e.proto === 17)) {
            const port = this.snatPort(e, e.snat, t.port, t.portHi ?? t.port);
            if (port !== undefined && port !== e.orig.sport) e.snatPort = port;
          }
        } else if (t.kind === 'MASQUERADE' && p.outDev) {
          // nf_nat_masquerade_ipv4: the primary address of the way out.
          const a = inetSelectAddr(p.outDev, nexthop, 'global');
          if (a !== undefined) {
            e.snat = a;
            e.masqDev = p.outDev.name;
            if (t.randomFully && (e.proto === 6 || e.proto === 17)) {
              // NF_NAT_RANGE_PROTO_RANDOM_FULLY (nf_nat_l4proto_unique_tuple): a random port, never
              // the original one kept; 1024-65535 for an unprivileged source port, else 600-1023
              // or 1-511; the next one along while it is in use.
              const orig = e.orig.sport;
              const [min, size] = orig >= 1024 ? [1024, 64512] : orig >= 512 ? [600, 424] : [1, 511];
              const now = this.world.clock.now;
              let off = this.world.rng.int(0, 65536);
              for (let i = 0; i < size; i++, off++) {
                const port = min + (off % size);
                const used =
                  this.ct.lookup(
                    { proto: e.proto, src: e.orig.dst, dst: a, sport: e.orig.dport, dport: port },
                    'reply',
                    now,
                  ) !== undefined;
                if (!used || i === size - 1) {
                  if (port !== orig) e.snatPort = port;
                  break;
                }
              }
            }
          }
        }
      }
    }
    const sport = portsOf(p.pkt)?.sport;
    const wantSport = e.snatPort ?? sport;
    if (ctx.dir === 'orig' && e.snat !== undefined && (p.pkt.src !== e.snat || sport !== wantSport)) {
      const after = withEndpoints(p.pkt, { src: e.snat, sport: wantSport });
      return this.rewrite(p, after, 'nat.snat', 'src');
    }
    if (ctx.dir === 'reply' && e.dnat !== undefined) {
      const to = e.orig.dst;
      if (ctx.related) return this.relatedNat(p, 'src', e, to, e.orig.dport);
      const after = withEndpoints(p.pkt, { src: to, sport: portsOf(p.pkt) ? e.orig.dport : undefined });
      return this.rewrite(p, after, 'nat.reply-src', 'src');
    }
    return p.pkt;
  }

  /**
   * nf_nat_icmp_reply_translation: an ICMP error about a NATed packet is rewritten both outside (the
   * error's own header) and inside (the quoted packet), so its originator recognises it.
   */
  private relatedNat(p: Pass, side: 'dst' | 'src', e: CtEntry, to: Ip4, toPort: number): Ipv4Packet {
    const pkt = p.pkt;
    const icmp = pkt.payload;
    if (icmp.kind !== 'icmp' || !icmp.inner) return pkt;
    const inner = icmp.inner;
    const from = side === 'dst' ? e.snat! : (e.dnat ?? e.orig.dst);
    let fixedInner = inner;
    const hasPorts = !!portsOf(inner);
    // The quoted packet travelled the other way: our destination rewrite is its source, and back.
    if (side === 'dst' && inner.src === from)
      fixedInner = withEndpoints(inner, { src: to, sport: hasPorts ? toPort : undefined });
    if (side === 'src' && inner.dst === from)
      fixedInner = withEndpoints(inner, { dst: to, dport: hasPorts ? toPort : undefined });
    const out = { ...pkt, payload: { ...icmp, inner: fixedInner } };
    if (side === 'dst' && pkt.dst === from) out.dst = to;
    if (side === 'src' && pkt.src === from) out.src = to;
    const w = this.world;
    w.trace(
      this.ns,
      'nat',
      w.tracing
        ? msg(side === 'dst' ? 'nat.related-dst' : 'nat.related-src', {
            from: ip4ToString(from),
            to: ip4ToString(to),
          })
        : '',
      undefined,
      p.inDev ?? p.outDev,
      w.tracing ? { before: pkt, after: out } : undefined,
    );
    return out;
  }

  private ctTrace(text: TraceMsg | ''): void {
    this.world.trace(this.ns, 'netfilter', text);
  }

  /** Emits the NAT step (`side` is the rewritten end) with the packet before and after; returns `after`. */
  private rewrite(
    p: Pass,
    after: Ipv4Packet,
    code: 'nat.dnat' | 'nat.snat' | 'nat.reply-dst' | 'nat.reply-src',
    side: 'src' | 'dst',
  ): Ipv4Packet {
    const before = p.pkt;
    // A translation that leaves the packet as it was (the tuple it restores is the one it has) is
    // no rewrite: nothing to show.
    if (sameEndpoint(before, after, side)) return after;
    const w = this.world;
    w.trace(
      this.ns,
      'nat',
      w.tracing ? msg(code, { from: endpoint(before, side), to: endpoint(after, side) }) : '',
      undefined,
      p.inDev ?? p.outDev,
      w.tracing ? { before, after } : undefined,
    );
    return after;
  }

  /** IPS_SEEN_REPLY, set once (IPCT_REPLY). */
  private seenReply(e: CtEntry): void {
    if (e.replied) return;
    e.replied = true;
    this.ct.cacheEvent(e, IPCT_REPLY);
  }

  /** IPS_ASSURED, set once (IPCT_ASSURED). */
  private assure(e: CtEntry): void {
    if (e.assured) return;
    e.assured = true;
    this.ct.cacheEvent(e, IPCT_ASSURED);
  }

  /** nf_conntrack_confirm: a new entry enters the table; then the events the packet cached go out. */
  private confirm(ctx: NfCtx | undefined): void {
    const e = ctx?.entry;
    if (!ctx || !e) return;
    const now = this.world.clock.now;
    if (ctx.related) {
      if (e.confirmed) this.ct.deliver(e, now);
      return;
    }
    if (ctx.isNew && !e.confirmed) {
      this.ct.confirm(e, now);
      this.ctTrace(
        this.world.tracing
          ? msg('ct.confirmed', { tuple: tupleText(e.orig), reply: tupleText(replyTuple(e)) })
          : '',
      );
      this.world.ctGc.arm();
    } else if (e.proto === IPPROTO_ICMP) {
      if (ctx.dir === 'reply') this.seenReply(e);
      e.expires = now + timeoutFor(e, now, this.ct.sysctl);
    }
    if (e.confirmed) this.ct.deliver(e, now);
  }

  // --- the hooks as the IPv4 stack calls them -------------------------------------------------------
  // Without tables or conntrack (`active` false: most namespaces) a hook lets the packet through as it
  // is, and returns at once rather than build what each table would be asked with. A connection the
  // packet already belongs to (`ctx`) still goes the whole way: it may have NAT to undo or to confirm.

  /**
   * PREROUTING for a packet from a device: conntrack, then nat (DNAT). Returns the packet to route.
   * br_nf_pre_routing calls it for a frame entering a bridge port, with that port as `physIn`.
   */
  prerouting(
    pkt: Ipv4Packet,
    inDev: Device,
    physIn?: Device,
  ): { pkt: Ipv4Packet; ctx?: NfCtx; verdict: Verdict } {
    if (!this.active) return { pkt, verdict: { verdict: 'accept', pkt } };
    const raw = this.filter('PREROUTING', { pkt, inDev, physIn }, 'raw');
    if (raw.verdict !== 'accept') return { pkt, verdict: raw };
    pkt = raw.pkt;
    const ctx = this.track(pkt);
    const mangle = this.filter('PREROUTING', { pkt, inDev, ctx, physIn }, 'mangle');
    if (mangle.verdict !== 'accept') return { pkt, verdict: mangle };
    // A mark set in mangle travels on with the packet (to routing: fwmark rules).
    const out = this.natDst('PREROUTING', ctx, { pkt: mangle.pkt, inDev, physIn });
    return { pkt: out, ctx, verdict: { verdict: 'accept', pkt: out } };
  }

  /**
   * INPUT: filter, then nat (SNAT for local delivery), then confirm. A packet looped back through lo
   * brings the connection it was tracked and NATed as on its way out: the filters see its state,
   * and there is nothing left to translate or confirm.
   */
  input(pkt: Ipv4Packet, inDev: Device, ctx: NfCtx | undefined, looped = false): Verdict {
    if (!this.active && !ctx) return { verdict: 'accept', pkt };
    const m = this.filter('INPUT', { pkt, inDev, ctx }, 'mangle');
    if (m.verdict !== 'accept') return m;
    const v = this.filter('INPUT', { pkt: m.pkt, inDev, ctx });
    if (v.verdict !== 'accept') return v;
    if (looped) return { verdict: 'accept', pkt };
    const out = this.natSrc('INPUT', ctx, { pkt, inDev }, pkt.dst);
    this.confirm(ctx);
    return { verdict: 'accept', pkt: out };
  }

  forward(
    pkt: Ipv4Packet,
    inDev: Device,
    outDev: Device,
    ctx?: NfCtx,
    phys: { physIn?: Device; physOut?: Device } = {},
  ): Verdict {
    if (!this.active && !ctx) return { verdict: 'accept', pkt };
    const m = this.filter('FORWARD', { pkt, inDev, outDev, ctx, ...phys }, 'mangle');
    if (m.verdict !== 'accept') return m;
    return this.filter('FORWARD', { pkt: m.pkt, inDev, outDev, ctx, ...phys });
  }

  /** OUTPUT for a locally generated packet: conntrack, nat (DNAT), filter. */
  output(pkt: Ipv4Packet, outDev: Device): { verdict: Verdict; ctx?: NfCtx } {
    if (!this.active) return { verdict: { verdict: 'accept', pkt } };
    const raw = this.filter('OUTPUT', { pkt, outDev }, 'raw');
    if (raw.verdict !== 'accept') return { verdict: raw };
    pkt = raw.pkt;
    const ctx = this.track(pkt);
    const mangle = this.filter('OUTPUT', { pkt, outDev, ctx }, 'mangle');
    if (mangle.verdict !== 'accept') return { verdict: mangle, ctx };
    const natted = this.natDst('OUTPUT', ctx, { pkt: mangle.pkt, outDev });
    return { verdict: this.filter('OUTPUT', { pkt: natted, outDev, ctx }), ctx };
  }

  /** POSTROUTING: mangle, nat (SNAT/MASQUERADE), then confirm. Undefined when mangle drops it. */
  postrouting(
    pkt: Ipv4Packet,
    outDev: Device,
    nexthop: Ip4,
    ctx: NfCtx | undefined,
    phys: { physIn?: Device; physOut?: Device } = {},
  ): Ipv4Packet | undefined {
    if (!this.active && !ctx) return pkt;
    if (this.filter('POSTROUTING', { pkt, outDev, ctx, ...phys }, 'mangle').verdict !== 'accept')
      return undefined;
    const out = this.natSrc('POSTROUTING', ctx, { pkt, outDev, ...phys }, nexthop);
    this.confirm(ctx);
    return out;
  }

  // --- br_netfilter (net/bridge/br_netfilter_hooks.c): bridged IPv4 through the IPv4 hooks --------
  // iptables sees the bridge as -i/-o; the ports are what -m physdev would match.

  /** br_nf_forward_ip + br_nf_post_routing: FORWARD (-i br -o br), then POSTROUTING and confirm. */
  bridgeForward(
    pkt: Ipv4Packet,
    br: Device,
    ctx: NfCtx | undefined,
    physIn: Device,
    physOut: Device,
  ): Verdict {
    const phys = { physIn, physOut };
    const v = this.forward(pkt, br, br, ctx, phys);
    if (v.verdict !== 'accept') return v;
    const out = this.postrouting(v.pkt, br, v.pkt.dst, ctx, phys);
    return out ? { verdict: 'accept', pkt: out } : { verdict: 'drop' };
  }

  /** MASQUERADE bindings die with their device's address (masq_device_event). */
  deviceDown(dev: Device): void {
    const now = this.world.clock.now;
    for (const e of this.ct.entries(now)) if (e.masqDev === dev.name) this.ct.remove(e, now);
  }

  replyOf(e: CtEntry) {
    return replyTuple(e);
  }
}

/** The rule `n` of `chain` in `table`, as a step names it. */
function ruleAt(table: TableName, chain: string, n: number, r: Rule): TraceMsg {
  return msg('nf.rule', { table, chain, n, rule: formatRuleSpec(chain, r) });
}

/** What a rule that matched did: jumped to `jump`, or its target; with the reason it gives, if any. */
function ruleSaid(table: TableName, chain: string, n: number, r: Rule, jump?: string): TraceMsg {
  const rule = ruleAt(table, chain, n, r);
  if (jump !== undefined)
    return r.why
      ? msg('nf.jump-why', { rule, chain: jump, why: r.why })
      : msg('nf.jump', { rule, chain: jump });
  const target = r.target!.kind;
  return r.why ? msg('nf.match-why', { rule, target, why: r.why }) : msg('nf.match', { rule, target });
}

/** "tcp 10.0.0.1:40000 → 10.0.0.2:80", "icmp 10.0.0.1 → 10.0.0.2 id 7". */
function tupleText(t: Tuple): TraceMsg {
  const src = ip4ToString(t.src);
  const dst = ip4ToString(t.dst);
  if (t.proto === IPPROTO_ICMP) return msg('tuple.icmp', { src, dst, id: t.sport });
  const proto =
    t.proto === IPPROTO_TCP || t.proto === IPPROTO_UDP ? PROTO_NAMES[t.proto] : `proto ${t.proto}`;
  return msg('tuple.ports', { proto, src, sport: t.sport, dst, dport: t.dport });
}

/**
 * limit_mt: credit grows by the time since the last packet (in XT_LIMIT_SCALE units, capped at the
 * burst's worth); a packet that finds a whole `avg` of credit takes it and matches.
 */
function limitPass(x: Extract<NonNullable<Rule['ext']>[number], { kind: 'limit' }>, now: number): boolean {
  const cap = x.avg * x.burst;
  const st = x.state ?? { credit: cap, last: now };
  st.credit = Math.min(cap, st.credit + Math.floor((now - st.last) / 100));
  st.last = now;
  x.state = st;
  if (st.credit < x.avg) return false;
  st.credit -= x.avg;
  return true;
}

function needsConntrack(r: Rule): boolean {
  const k = r.target?.kind;
  if (k === 'SNAT' || k === 'DNAT' || k === 'MASQUERADE' || k === 'REDIRECT') return true;
  return (r.ext ?? []).some((x) => x.kind === 'conntrack' || x.kind === 'state');
}

/** xt_tcpudp port_match: inside lo..hi, unless inverted. */
function inRange(m: { lo: number; hi: number; invert: boolean }, port: number): boolean {
  return (port >= m.lo && port <= m.hi) !== m.invert;
}

/** The conntrack tuple of a packet as sent: addresses plus ports, or the echo identifier for ICMP. */
export function tupleOf(pkt: Ipv4Packet): Tuple | undefined {
  const l4 = pkt.payload;
  if (l4.kind === 'icmp') {
    if (l4.type !== ICMP_ECHO && l4.type !== ICMP_ECHOREPLY) return undefined;
    return { proto: IPPROTO_ICMP, src: pkt.src, dst: pkt.dst, sport: l4.id, dport: l4.id };
  }
  return { proto: pkt.protocol, src: pkt.src, dst: pkt.dst, sport: l4.sport, dport: l4.dport };
}

function portsOf(pkt: Ipv4Packet): { sport: number; dport: number } | undefined {
  const l4 = pkt.payload;
  return l4.kind === 'tcp' || l4.kind === 'udp' ? l4 : undefined;
}

/** A copy of the packet with new addresses and (for TCP/UDP) ports. */
function withEndpoints(
  pkt: Ipv4Packet,
  c: { src?: Ip4; dst?: Ip4; sport?: number; dport?: number },
): Ipv4Packet {
  const out = { ...pkt, src: c.src ?? pkt.src, dst: c.dst ?? pkt.dst };
  const l4 = pkt.payload;
  if ((l4.kind === 'tcp' || l4.kind === 'udp') && (c.sport !== undefined || c.dport !== undefined))
    out.payload = { ...l4, sport: c.sport ?? l4.sport, dport: c.dport ?? l4.dport };
  return out;
}

/** "10.0.0.2:80" for TCP/UDP, "10.0.0.2" otherwise. */
/** endpoint(a, side) === endpoint(b, side), without formatting either. */
function sameEndpoint(a: Ipv4Packet, b: Ipv4Packet, side: 'src' | 'dst'): boolean {
  if ((side === 'src' ? a.src : a.dst) !== (side === 'src' ? b.src : b.dst)) return false;
  const pa = portsOf(a);
  const pb = portsOf(b);
  if (!pa || !pb) return !pa && !pb;
  return side === 'src' ? pa.sport === pb.sport : pa.dport === pb.dport;
}

function endpoint(pkt: Ipv4Packet, side: 'src' | 'dst'): string {
  const ports = portsOf(pkt);
  const addr = ip4ToString(side === 'src' ? pkt.src : pkt.dst);
  return ports ? `${addr}:${side === 'src' ? ports.sport : ports.dport}` : addr;
}
