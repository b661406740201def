// The pcap-filter(7) expressions tcpdump takes, compiled as libpcap 1.10's scanner.l, grammar.y and
// gencode.c read them, into a predicate over a captured packet's bytes. Covered: arp, ip, icmp, tcp,
// udp alone; [proto] [src|dst|src or dst|src and dst] [host|net|port|portrange] ID with and/or/not,
// parentheses and qualifier inheritance ("port 80 or 443"); ether host/src/dst, broadcast, less,
// greater, ip proto N, ether proto N. The errors are libpcap's own words. Valid syntax beyond that
// (byte offsets, vlan, ip6, gateway, …) is reported as unsupported, never as a syntax error.

import {
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  SLL_HEADER_LEN,
  SLL2_HEADER_LEN,
} from '../../engine/wire/pcap.ts';
import { TCP_SERVICES, UDP_SERVICES } from './services.ts';

/** What tcpdump prints after "tcpdump: " for an expression libpcap refuses. */
export class FilterError extends Error {}
/** Valid tcpdump syntax netns-lab does not model. */
export class FilterUnsupported extends Error {}

/** A compiled filter over a packet's captured bytes; `len` is its length on the wire (BPF's `len`), when more. */
export type Filter = (pkt: Uint8Array, len?: number) => boolean;

type Tok =
  | { t: 'kw'; v: string }
  | { t: 'num'; v: number }
  | { t: 'hid'; v: string }
  | { t: 'eid'; v: string }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string }
  /** Valid pcap syntax netns-lab does not model: an arithmetic character or an unmodelled keyword. */
  | { t: 'unsup'; v: string; arith: boolean };

const KEYWORDS: Record<string, string> = {
  dst: 'dst',
  src: 'src',
  link: 'link',
  ether: 'link',
  arp: 'arp',
  rarp: 'rarp',
  ip: 'ip',
  tcp: 'tcp',
  udp: 'udp',
  icmp: 'icmp',
  host: 'host',
  net: 'net',
  mask: 'mask',
  port: 'port',
  portrange: 'portrange',
  proto: 'proto',
  less: 'less',
  greater: 'greater',
  broadcast: 'broadcast',
  and: 'and',
  or: 'or',
  not: 'not',
};

/** scanner.l keywords netns-lab does not model: valid syntax, so "unsupported" rather than an error. */
const UNMODELLED = new Set(
  (
    'ppp slip fddi tr wlan sctp igmp igrp pim vrrp carp radio ip6 icmp6 ah esp atalk aarp decnet lat sca ' +
    'moprc mopdl iso esis es-is isis is-is l1 l2 iih lsp snp csnp psnp clnp stp ipx netbeui protochain ' +
    'gateway type subtype direction dir address1 addr1 address2 addr2 address3 addr3 address4 addr4 ra ta ' +
    'byte multicast len length inbound outbound ifindex vlan mpls pppoed pppoes geneve lane llc metac bcc ' +
    'oam oamf4 oamf4ec oamf4sc sc ilmic vpi vci connectmsg metaconnect on ifname rset ruleset rnr rulenum ' +
    'srnr subrulenum reason action fisu lssu lsu msu hfisu hlssu hmsu sio opc dpc sls hsio hopc hdpc hsls ' +
    'icmptype icmpcode tcpflags tcp-fin tcp-syn tcp-rst tcp-push tcp-ack tcp-urg tcp-ece tcp-cwr'
  ).split(' '),
);

const N = '(?:0[xX][0-9A-Fa-f]+|[0-9]+)';
const B = '[0-9A-Fa-f][0-9A-Fa-f]?';
const B2 = '[0-9A-Fa-f]{4}';
const MAC = new RegExp(
  `^(?:${B}:${B}:${B}:${B}:${B}:${B}|${B}-${B}-${B}-${B}-${B}-${B}|${B}\\.${B}\\.${B}\\.${B}\\.${B}\\.${B}|${B2}\\.${B2}\\.${B2}|(?:${B2}){3})`,
);
const BOGUS_MAC = new RegExp(`^${B}:+(?:${B}:+)+`);
const HID = new RegExp(`^(?:${N}\\.${N}\\.${N}\\.${N}|${N}\\.${N}\\.${N}|${N}\\.${N})`);
const NUM = new RegExp(`^${N}`);
const ID = /^[A-Za-z0-9](?:[-_.A-Za-z0-9]*[.A-Za-z0-9])?/;
const IPV6ISH = /^[0-9A-Fa-f]*::?[0-9A-Fa-f:.]*/;

/** flex's rule: the longest match wins, an earlier rule on a tie. */
function scan(expr: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = expr.slice(i);
    if (rest.startsWith('&&') || rest.startsWith('||')) {
      out.push({ t: 'kw', v: rest[0] === '&' ? 'and' : 'or' });
      i += 2;
      continue;
    }
    if (rest.startsWith('\\') && rest.length > 1) {
      const m = /^\\[^ !()\n\t]+/.exec(rest)!;
      out.push({ t: 'id', v: m[0].slice(1) });
      i += m[0].length;
      continue;
    }
    const cands: { len: number; tok: Tok | 'bogus' | 'v6' }[] = [];
    const word = ID.exec(rest)?.[0];
    if (word && KEYWORDS[word]) cands.push({ len: word.length, tok: { t: 'kw', v: KEYWORDS[word] } });
    if (word && UNMODELLED.has(word))
      cands.push({ len: word.length, tok: { t: 'unsup', v: word, arith: false } });
    const mac = MAC.exec(rest)?.[0];
    if (mac) cands.push({ len: mac.length, tok: { t: 'eid', v: mac } });
    const hid = HID.exec(rest)?.[0];
    if (hid) cands.push({ len: hid.length, tok: { t: 'hid', v: hid } });
    const num = NUM.exec(rest)?.[0];
    if (num) cands.push({ len: num.length, tok: { t: 'num', v: Number(num) } });
    const bogus = BOGUS_MAC.exec(rest)?.[0];
    if (bogus) cands.push({ len: bogus.length, tok: 'bogus' });
    const v6 = IPV6ISH.exec(rest)?.[0];
    if (v6?.includes('::') && v6.length > (mac?.length ?? 0)) cands.push({ len: v6.length, tok: 'v6' });
    if (word) cands.push({ len: word.length, tok: { t: 'id', v: word } });
    if ('()!'.includes(c)) cands.push({ len: 1, tok: { t: 'op', v: c } });
    if ('+-*%:[]<>&|^='.includes(c)) cands.push({ len: 1, tok: { t: 'unsup', v: c, arith: true } });
    if (c === '/') cands.push({ len: 1, tok: { t: 'op', v: '/' } });
    if (cands.length === 0) throw new FilterError("can't parse filter expression: syntax error");
    let best = cands[0];
    for (const k of cands) if (k.len > best.len) best = k;
    if (best.tok === 'bogus') throw new FilterError(`bogus ethernet address ${rest.slice(0, best.len)}`);
    if (best.tok === 'v6') throw new FilterUnsupported('IPv6 addresses in a filter expression');
    out.push(best.tok);
    i += best.len;
  }
  return out;
}

type Proto = 'default' | 'link' | 'ip' | 'arp' | 'rarp' | 'tcp' | 'udp' | 'icmp';
type Dir = 'default' | 'src' | 'dst' | 'or' | 'and';
type Addr = 'default' | 'host' | 'net' | 'port' | 'portrange' | 'proto' | 'undef';
interface Qual {
  proto: Proto;
  dir: Dir;
  addr: Addr;
}
const QERR: Qual = { proto: 'default', dir: 'default', addr: 'undef' };

/** A compiled node: a predicate over the packet (with link type), plus the qualifiers it carries. */
type Pred = (p: Pkt) => boolean;
interface Node {
  f: Pred;
  q: Qual;
}

/** One "and TERM" or "or TERM" of a chain. */
interface Link {
  and: boolean;
  f: Pred;
}

/**
 * `first and|or f1 and|or f2 …`, left-associative with one precedence as libpcap reads it, evaluated
 * in a loop: a chain of thousands of terms must not nest thousands of calls per packet.
 */
function fold(first: Pred, chain: Link[]): Pred {
  if (chain.length === 0) return first;
  if (chain.length === 1) {
    const [{ and, f }] = chain;
    return and ? (p) => first(p) && f(p) : (p) => first(p) || f(p);
  }
  return (p) => {
    let r = first(p);
    for (const l of chain) r = l.and ? r && l.f(p) : r || l.f(p);
    return r;
  };
}

/**
 * How deeply the parser here recurses: far past any filter people write (a few levels), far below
 * what a JavaScript stack takes (each level is a few calls).
 */
const MAX_NESTING = 1000;

/** bison's default stack limit in libpcap's grammar: past it, "memory exhausted". */
const YYMAXDEPTH = 10_000;

/**
 * A lower bound of the depth libpcap's LALR parser reaches on `toks`, computed without recursion:
 * its initial states (3), then while an operand is read, one symbol per open "(" and per "not", two
 * per "X and"/"X or" (left operand and operator), the operand's own symbol, and the ")" pushed on
 * "( expr". Measured on the real tcpdump 4.99.3/libpcap 1.10.3: 9,995 nested parentheses around
 * `icmp` parse and 9,996 do not, 9,996 "not"s parse and 9,997 do not, and so on for the mixtures
 * in filter.test.ts; this bound gives exactly those edges.
 */
function parserDepth(toks: readonly Tok[]): number {
  const PAREN = 0;
  const pending: number[] = []; // PAREN, or the weight of a "not" (1) or an "X and"/"X or" (2)
  let sum = 0;
  let max = 0;
  let operand = false; // a leaf or a closed group was read and may still be extended
  const complete = () => {
    if (!operand) return;
    while (pending.length && pending.at(-1) !== PAREN) sum -= pending.pop()!;
    operand = false;
  };
  for (const t of toks) {
    const v = t.t === 'op' || t.t === 'kw' ? t.v : undefined;
    if (v === '(') {
      pending.push(PAREN);
      sum += 1;
    } else if (v === ')') {
      complete();
      max = Math.max(max, 3 + sum + 2);
      if (pending.at(-1) === PAREN) {
        pending.pop();
        sum -= 1;
      }
      operand = true;
    } else if (v === 'not' || v === '!') {
      pending.push(1);
      sum += 1;
    } else if (v === 'and' || v === 'or') {
      complete();
      pending.push(2);
      sum += 2;
    } else {
      operand = true;
      max = Math.max(max, 3 + sum + 1);
    }
  }
  return max;
}

/** A packet with its network-layer offset and ethertype, decoded once. */
interface Pkt {
  b: Uint8Array;
  sll2: boolean;
  type: number;
  /** Offset of the network header. */
  nh: number;
  /** The length on the wire (less, greater). */
  len: number;
}

const u16 = (b: Uint8Array, o: number) => (o + 2 <= b.length ? (b[o] << 8) | b[o + 1] : -1);
const u32 = (b: Uint8Array, o: number) =>
  o + 4 <= b.length ? ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0 : -1;

const isIp = (p: Pkt) => p.type === 0x0800;
const isArp = (p: Pkt) => p.type === 0x0806;
const isRarp = (p: Pkt) => p.type === 0x8035;
const ipProto = (p: Pkt) => (isIp(p) && p.nh + 10 <= p.b.length ? p.b[p.nh + 9] : -1);
/** gen_ipfrag: only the first fragment carries ports. */
const firstFrag = (p: Pkt) => (u16(p.b, p.nh + 6) & 0x1fff) === 0;
const l4 = (p: Pkt) => p.nh + (p.b[p.nh] & 15) * 4;

function dirMatch(dir: Dir, src: () => boolean, dst: () => boolean): boolean {
  if (dir === 'src') return src();
  if (dir === 'dst') return dst();
  if (dir === 'and') return src() && dst();
  return src() || dst();
}

class Parser {
  private i = 0;
  constructor(
    private toks: Tok[],
    private sll2: boolean,
  ) {}

  private peek(k = 0): Tok | undefined {
    return this.toks[this.i + k];
  }
  private isKw(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'kw' && t.v === v;
  }
  private isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t?.t === 'op' && t.v === v;
  }
  /** How deeply parentheses and "not" are nested where the parser is. */
  private depth = 0;

  /** Parses something nested one level deeper; past MAX_NESTING, netns-lab says it does not follow. */
  private nested(parse: () => Node): Node {
    if (++this.depth > MAX_NESTING)
      throw new FilterUnsupported(
        `a filter expression nested more than ${MAX_NESTING} deep in parentheses and "not" (libpcap's parser takes up to about 10,000)`,
      );
    try {
      return parse();
    } finally {
      this.depth--;
    }
  }

  private syntax(): never {
    throw new FilterError("can't parse filter expression: syntax error");
  }
  /** Reached a token of syntax netns-lab does not model. */
  private unsupported(t: Tok & { t: 'unsup' }): never {
    throw new FilterUnsupported(
      t.arith
        ? 'arithmetic and byte-offset expressions (such as "icmp[0] = 11")'
        : `"${t.v}" in a filter expression`,
    );
  }
  /** Where a term may end: anything else after it is a syntax error (or syntax not modelled). */
  private expectTermEnd(): void {
    const t = this.peek();
    if (!t || (t.t === 'kw' && (t.v === 'and' || t.v === 'or')) || (t.t === 'op' && t.v === ')')) return;
    if (t.t === 'unsup') this.unsupported(t);
    this.syntax();
  }

  parse(): Pred | undefined {
    if (this.toks.length === 0) return undefined;
    if (parserDepth(this.toks) > YYMAXDEPTH)
      throw new FilterError("can't parse filter expression: memory exhausted");
    const e = this.expr();
    const t = this.peek();
    if (t?.t === 'unsup') this.unsupported(t);
    if (t) this.syntax();
    return e.f;
  }

  /** expr: term | expr and term | expr and id | expr or term | expr or id (and/or: same precedence, left). */
  private expr(): Node {
    const first = this.term();
    const chain: Link[] = [];
    let q = first.q;
    while (this.isKw('and') || this.isKw('or')) {
      const and = this.isKw('and');
      this.i++;
      const right = this.startsId() ? this.id(q) : this.term();
      chain.push({ and, f: right.f });
      q = right.q;
    }
    return { f: fold(first.f, chain), q };
  }

  /** An id may follow and/or with the previous term's qualifiers: a value, "not" id, or "(" pid ")". */
  private startsId(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === 'num' || t.t === 'hid' || t.t === 'eid' || t.t === 'id') return true;
    if ((t.t === 'op' && t.v === '!') || (t.t === 'kw' && t.v === 'not')) return this.startsIdAfterNots();
    if (t.t === 'op' && t.v === '(') {
      const n = this.peek(1);
      return !!n && (n.t === 'num' || n.t === 'hid' || n.t === 'eid' || n.t === 'id');
    }
    return false;
  }

  private startsIdAfterNots(): boolean {
    let k = 0;
    while (this.isOp('!', k) || this.isKw('not', k)) k++;
    const t = this.peek(k);
    return !!t && (t.t === 'num' || t.t === 'hid' || t.t === 'eid' || t.t === 'id');
  }

  private term(): Node {
    if (this.isOp('!') || this.isKw('not')) {
      this.i++;
      const n = this.nested(() => this.term());
      const f = n.f;
      return { f: (p) => !f(p), q: n.q };
    }
    return this.rterm();
  }

  private rterm(): Node {
    const t = this.peek();
    if (!t) this.syntax();
    if (t.t === 'unsup') this.unsupported(t);
    if (t.t === 'op' && t.v === '(') {
      this.i++;
      const e = this.nested(() => this.expr());
      if (!this.isOp(')')) this.syntax();
      this.i++;
      return { f: e.f, q: QERR };
    }
    if (this.isKw('less') || this.isKw('greater')) {
      const less = this.isKw('less');
      this.i++;
      const n = this.peek();
      if (n?.t !== 'num') this.syntax();
      this.i++;
      const v = n.v;
      return { f: less ? (p) => p.len <= v : (p) => p.len >= v, q: QERR };
    }
    // pqual: a protocol name, then dqual / aqual / proto / broadcast, or the protocol alone (pname).
    let proto: Proto = 'default';
    if (t.t === 'kw' && ['link', 'ip', 'arp', 'rarp', 'tcp', 'udp', 'icmp'].includes(t.v)) {
      proto = t.v as Proto;
      this.i++;
    }
    if (this.isKw('broadcast')) {
      this.i++;
      if (proto === 'ip')
        throw new FilterUnsupported('"ip broadcast" (it needs the netmask of the interface)');
      if (proto !== 'default' && proto !== 'link') this.syntax();
      if (this.sll2) throw new FilterError('not a broadcast link');
      return { f: (p) => etherAddrIs(p.b, 0, 'ff:ff:ff:ff:ff:ff'), q: QERR };
    }
    let dir: Dir = 'default';
    if (this.isKw('src') || this.isKw('dst')) {
      const first = (this.peek() as { v: string }).v as 'src' | 'dst';
      this.i++;
      dir = first;
      if ((this.isKw('or') || this.isKw('and')) && this.isKw(first === 'src' ? 'dst' : 'src', 1)) {
        dir = this.isKw('or') ? 'or' : 'and';
        this.i += 2;
      }
    }
    let addr: Addr = 'default';
    if (this.isKw('host') || this.isKw('net') || this.isKw('port') || this.isKw('portrange')) {
      addr = (this.peek() as { v: string }).v as Addr;
      this.i++;
    } else if (this.isKw('proto') && dir === 'default') {
      addr = 'proto';
      this.i++;
    }
    if (dir === 'default' && addr === 'default') {
      if (proto === 'default') this.syntax();
      this.expectTermEnd();
      return { f: protoAbbrev(proto, this.sll2), q: QERR };
    }
    return this.id({ proto, dir, addr });
  }

  /** id: nid | pnum | "(" pid ")" | not id, read with the qualifiers `q`. */
  private id(q: Qual): Node {
    const t = this.peek();
    if (!t) this.syntax();
    if (t.t === 'unsup' && !t.arith) this.unsupported(t);
    if ((t.t === 'op' && t.v === '!') || (t.t === 'kw' && t.v === 'not')) {
      this.i++;
      const n = this.nested(() => this.id(q));
      const f = n.f;
      return { f: (p) => !f(p), q: n.q };
    }
    if (t.t === 'op' && t.v === '(') {
      this.i++;
      // pid: nid | qid and id | qid or id
      const first = this.nested(() => this.id(q));
      const chain: Link[] = [];
      while (this.isKw('and') || this.isKw('or')) {
        const and = this.isKw('and');
        this.i++;
        chain.push({ and, f: this.id(q).f });
      }
      if (!this.isOp(')')) this.syntax();
      this.i++;
      return { f: fold(first.f, chain), q: chain.length ? q : first.q };
    }
    this.i++;
    if (t.t === 'num') return { f: this.ncode(undefined, t.v, q), q };
    if (t.t === 'hid') {
      if (this.isOp('/')) {
        this.i++;
        const n = this.peek();
        if (n?.t !== 'num') this.syntax();
        this.i++;
        return { f: this.mcode(t.v, undefined, n.v, q), q };
      }
      if (this.isKw('mask')) {
        this.i++;
        const m = this.peek();
        if (m?.t !== 'hid') this.syntax();
        this.i++;
        return { f: this.mcode(t.v, m.v, 0, q), q };
      }
      return { f: this.ncode(t.v, 0, q), q };
    }
    if (t.t === 'eid') return { f: this.ecode(t.v, q), q };
    if (t.t === 'id') return { f: this.scode(t.v, q), q };
    this.syntax();
  }

  // --- gencode ------------------------------------------------------------------------------

  /** gen_ncode: a number or dotted address. */
  private ncode(s: string | undefined, v: number, q: Qual): Pred {
    let vlen = 32;
    if (s !== undefined) {
      const r = atoin(s);
      if (!r) throw new FilterError(`invalid IPv4 address '${s}'`);
      v = r.v;
      vlen = r.len;
    }
    switch (q.addr) {
      case 'default':
      case 'host':
      case 'net': {
        if (q.proto === 'link') throw new FilterError('illegal link layer address');
        let mask = 0xffffffff;
        if (s === undefined && q.addr === 'net') {
          while (v && (v & 0xff000000) === 0) {
            v = (v << 8) >>> 0;
            mask = (mask << 8) >>> 0;
          }
        } else {
          v = vlen === 0 ? 0 : (v * 2 ** (32 - vlen)) >>> 0;
          mask = vlen === 0 ? 0 : (0xffffffff * 2 ** (32 - vlen)) >>> 0;
        }
        return this.host(v >>> 0, mask >>> 0, q);
      }
      case 'port':
      case 'portrange': {
        const proto = this.portProto(q);
        if (v > 65535) throw new FilterError(`illegal port number ${v} > 65535`);
        return portPred(v, v, proto, q.dir);
      }
      case 'proto':
        return this.protoNum(v, q);
      default:
        throw new FilterError('syntax error in filter expression');
    }
  }

  /** gen_mcode: "net A.B.C.D/LEN" and "net A.B.C.D mask M". */
  private mcode(s1: string, s2: string | undefined, masklen: number, q: Qual): Pred {
    const n1 = atoin(s1);
    if (!n1) throw new FilterError(`invalid IPv4 address '${s1}'`);
    const n = (n1.v * 2 ** (32 - n1.len)) >>> 0;
    let m: number;
    if (s2 !== undefined) {
      const m1 = atoin(s2);
      if (!m1) throw new FilterError(`invalid IPv4 address '${s2}'`);
      m = (m1.v * 2 ** (32 - m1.len)) >>> 0;
      if ((n & ~m) >>> 0 !== 0) throw new FilterError(`non-network bits set in "${s1} mask ${s2}"`);
    } else {
      if (masklen > 32) throw new FilterError('mask length must be <= 32');
      m = masklen === 0 ? 0 : (0xffffffff << (32 - masklen)) >>> 0;
      if ((n & ~m) >>> 0 !== 0) throw new FilterError(`non-network bits set in "${s1}/${masklen}"`);
    }
    if (q.addr !== 'net') throw new FilterError('Mask syntax for networks only');
    return this.host(n, m, q);
  }

  /** gen_scode: a name. */
  private scode(name: string, q: Qual): Pred {
    switch (q.addr) {
      case 'net':
        throw new FilterError(`unknown network '${name}'`);
      case 'default':
      case 'host': {
        if (q.proto === 'link' && this.sll2)
          throw new FilterError(
            'only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name',
          );
        if (q.proto === 'link') throw new FilterError(`unknown ether host '${name}'`);
        // The resolver of the recording machine knows only localhost (its /etc/hosts; no DNS).
        if (name !== 'localhost') throw new FilterError(`unknown host '${name}'`);
        return this.host(0x7f000001, 0xffffffff, q);
      }
      case 'port':
      case 'portrange': {
        const proto = this.portProto(q);
        if (q.addr === 'portrange') {
          const r = /^(\d+)-(\d+)$/.exec(name);
          if (!r) throw new FilterUnsupported('port names in a portrange');
          let [lo, hi] = [Number(r[1]), Number(r[2])];
          for (const x of [lo, hi]) if (x > 65535) throw new FilterError(`illegal port number ${x} > 65535`);
          if (lo > hi) [lo, hi] = [hi, lo];
          return portPred(lo, hi, proto, q.dir);
        }
        const tcp = portByName(TCP_SERVICES, name);
        const udp = portByName(UDP_SERVICES, name);
        if (tcp === undefined && udp === undefined) throw new FilterError(`unknown port '${name}'`);
        if (proto === 'udp' && udp === undefined) throw new FilterError(`port '${name}' is tcp`);
        if (proto === 'tcp' && tcp === undefined) throw new FilterError(`port '${name}' is udp`);
        const p = proto === 'udp' ? udp! : proto === 'tcp' ? tcp! : (tcp ?? udp)!;
        if (proto === 'any' && tcp !== undefined && udp !== undefined && tcp !== udp)
          throw new FilterUnsupported(`port '${name}', which names different tcp and udp ports`);
        if (proto === 'any' && (tcp === undefined || udp === undefined))
          return portPred(p, p, tcp === undefined ? 'udp' : 'tcp', q.dir);
        return portPred(p, p, proto, q.dir);
      }
      case 'proto':
        throw new FilterUnsupported(`protocol names after "proto" ('${name}')`);
      default:
        throw new FilterError('syntax error in filter expression');
    }
  }

  /** gen_ecode: an Ethernet address; only "ether host/src/dst". */
  private ecode(mac: string, q: Qual): Pred {
    if ((q.addr === 'host' || q.addr === 'default') && q.proto === 'link') {
      if (this.sll2)
        throw new FilterError(
          'ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel',
        );
      const m = normaliseMac(mac);
      return (p) =>
        dirMatch(
          q.dir,
          () => etherAddrIs(p.b, 6, m),
          () => etherAddrIs(p.b, 0, m),
        );
    }
    throw new FilterError('ethernet address used in non-ether expression');
  }

  private portProto(q: Qual): 'tcp' | 'udp' | 'any' {
    if (q.proto === 'tcp' || q.proto === 'udp') return q.proto;
    if (q.proto === 'default') return 'any';
    throw new FilterError(`illegal qualifier of '${q.addr}'`);
  }

  /** gen_host: an address and mask against ip (or arp/rarp) source or destination. */
  private host(addr: number, mask: number, q: Qual): Pred {
    const typestr = q.addr === 'net' ? 'net' : 'host';
    const m = (x: number) => x >= 0 && (x & mask) >>> 0 === addr;
    const ip: Pred = (p) =>
      isIp(p) &&
      dirMatch(
        q.dir,
        () => m(u32(p.b, p.nh + 12)),
        () => m(u32(p.b, p.nh + 16)),
      );
    const arp: Pred = (p) =>
      (isArp(p) || isRarp(p)) &&
      dirMatch(
        q.dir,
        () => m(u32(p.b, p.nh + 14)),
        () => m(u32(p.b, p.nh + 24)),
      );
    switch (q.proto) {
      case 'default':
        return (p) => ip(p) || arp(p);
      case 'ip':
        return ip;
      case 'arp':
        return (p) => isArp(p) && arp(p);
      case 'rarp':
        return (p) => isRarp(p) && arp(p);
      default:
        throw new FilterError(`'${q.proto}' modifier applied to ${typestr}`);
    }
  }

  /** "ip proto N" / "ether proto N". */
  private protoNum(v: number, q: Qual): Pred {
    // Without a protocol, "proto N" means ip proto N (or ip6, which netns-lab does not carry).
    if (q.proto === 'ip' || q.proto === 'default') return (p) => ipProto(p) === v;
    if (q.proto === 'link') return (p) => p.type === v;
    throw new FilterUnsupported(`"${q.proto} proto ${v}"`);
  }
}

function protoAbbrev(proto: Proto, sll2: boolean): Pred {
  switch (proto) {
    case 'ip':
      return isIp;
    case 'arp':
      return isArp;
    case 'rarp':
      return isRarp;
    case 'tcp':
      return (p) => ipProto(p) === 6;
    case 'udp':
      return (p) => ipProto(p) === 17;
    case 'icmp':
      return (p) => ipProto(p) === 1;
    default:
      void sll2;
      throw new FilterError('link layer applied in wrong context');
  }
}

function portPred(lo: number, hi: number, proto: 'tcp' | 'udp' | 'any', dir: Dir): Pred {
  const inRange = (x: number) => x >= lo && x <= hi;
  return (p) => {
    const pr = ipProto(p);
    if (!(proto === 'any' ? pr === 6 || pr === 17 : pr === (proto === 'tcp' ? 6 : 17))) return false;
    if (!firstFrag(p)) return false;
    const o = l4(p);
    return dirMatch(
      dir,
      () => inRange(u16(p.b, o)),
      () => inRange(u16(p.b, o + 2)),
    );
  };
}

function portByName(table: Record<number, string>, name: string): number | undefined {
  for (const [port, n] of Object.entries(table)) if (n === name) return Number(port);
  return undefined;
}

/** __pcap_atoin: 1 to 4 dotted parts, each at most 255; the length is 8 bits per part. */
function atoin(s: string): { v: number; len: number } | undefined {
  let v = 0;
  let len = 0;
  for (const part of s.split('.')) {
    const n = Number(part);
    if (!/^\d+$/.test(part) || n > 255) return undefined;
    v = v * 256 + n;
    len += 8;
  }
  return { v, len };
}

function normaliseMac(s: string): string {
  let hex: string[];
  if (s.includes(':') || s.includes('-') || (s.split('.').length === 6 && !/^[0-9a-fA-F]{4}\./.test(s)))
    hex = s.split(/[:.-]/).map((x) => x.padStart(2, '0'));
  else {
    const flat = s.replace(/\./g, '');
    hex = flat.match(/../g) ?? [];
  }
  return hex.join(':').toLowerCase();
}

function etherAddrIs(b: Uint8Array, o: number, mac: string): boolean {
  if (b.length < o + 6) return false;
  let s = '';
  for (let i = 0; i < 6; i++) s += `${i ? ':' : ''}${b[o + i].toString(16).padStart(2, '0')}`;
  return s === mac;
}

/**
 * Compiles a filter for a capture of `linktype`; undefined means "every packet". Throws FilterError
 * with libpcap's message, or FilterUnsupported.
 */
export function compileFilter(expr: string, linktype: number): Filter | undefined {
  // The cooked headers (any): no Ethernet addresses to match, the protocol where the type is.
  const cooked = linktype === LINKTYPE_LINUX_SLL2 || linktype === LINKTYPE_LINUX_SLL;
  const pred = new Parser(scan(expr), cooked).parse();
  if (!pred) return undefined;
  return (b, len = b.length) => {
    const p: Pkt =
      linktype === LINKTYPE_LINUX_SLL2
        ? { b, sll2: true, type: u16(b, 0), nh: SLL2_HEADER_LEN, len }
        : linktype === LINKTYPE_LINUX_SLL
          ? { b, sll2: true, type: u16(b, 14), nh: SLL_HEADER_LEN, len }
          : { b, sll2: false, type: u16(b, 12), nh: 14, len };
    return pred(p);
  };
}
