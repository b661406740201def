// iptables 1.8.9 (nf_tables) output: `-S` rule specs and the `-L` columns.

import { type Ip4, ip4ToString } from '../wire/addr.ts';
import { PROTO_NAMES } from '../wire/packet.ts';
import type { AddrMatch, Chain, Rule, Table } from './table.ts';

function addrSpec(m: AddrMatch): string {
  return `${ip4ToString(m.addr)}/${m.len}`;
}

function ports(p: { lo: number; hi: number }): string {
  return p.lo === p.hi ? `${p.lo}` : `${p.lo}:${p.hi}`;
}

/**
 * A word of a rule as iptables lists it. Free-text values (a comment, a log prefix) are marked: `-S`
 * prints them through xtables_save_string, every other word as it is (interface names included).
 */
export type RuleWord = string | { text: string };

/** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with `"`, `\` and `'` escaped. */
export function saveString(s: string): string {
  return /^[\w-]+$/.test(s) ? s : `"${s.replace(/["\\']/g, '\\$&')}"`;
}

/** The rule's words after "-A CHAIN", in the order and form `iptables -S` lists them. */
export function ruleWords(r: Rule): RuleWord[] {
  const a: RuleWord[] = [];
  const not = (invert: boolean) => (invert ? ['!'] : []);
  const iface = (m: { name: string; wildcard: boolean }) => `${m.name}${m.wildcard ? '+' : ''}`;
  if (r.src) a.push(...not(r.src.invert), '-s', addrSpec(r.src));
  if (r.dst) a.push(...not(r.dst.invert), '-d', addrSpec(r.dst));
  if (r.in) a.push(...not(r.in.invert), '-i', iface(r.in));
  if (r.out) a.push(...not(r.out.invert), '-o', iface(r.out));
  if (r.proto !== undefined) a.push(...not(r.protoInvert), '-p', PROTO_NAMES[r.proto] ?? `${r.proto}`);
  const matches: RuleWord[][] = [];
  for (const x of r.ext ?? []) {
    if (x.kind === 'physdev') {
      const m: RuleWord[] = ['-m', 'physdev'];
      if (x.isIn) m.push(...not(x.isIn.invert), '--physdev-is-in');
      if (x.in) m.push(...not(x.in.invert), '--physdev-in', iface(x.in));
      if (x.isOut) m.push(...not(x.isOut.invert), '--physdev-is-out');
      if (x.out) m.push(...not(x.out.invert), '--physdev-out', iface(x.out));
      if (x.isBridged) m.push(...not(x.isBridged.invert), '--physdev-is-bridged');
      matches.push(m);
    } else if (x.kind === 'multiport') {
      const opt = x.side === 'src' ? '--sports' : x.side === 'dst' ? '--dports' : '--ports';
      matches.push(['-m', 'multiport', ...not(x.invert), opt, multiportList(x.ports)]);
    } else if (x.kind === 'conntrack' || x.kind === 'state') {
      const opt = x.kind === 'conntrack' ? '--ctstate' : '--state';
      matches.push(['-m', x.kind, ...not(x.invert), opt, x.states.join(',')]);
    } else if (x.kind === 'mark') {
      const v = `${hex(x.value)}${x.mask === 0xffffffff ? '' : `/${hex(x.mask)}`}`;
      matches.push(['-m', 'mark', ...not(x.invert), '--mark', v]);
    } else if (x.kind === 'statistic') {
      matches.push([
        '-m',
        'statistic',
        '--mode',
        'random',
        ...not(x.invert),
        '--probability',
        x.probability.toFixed(11),
      ]);
    } else if (x.kind === 'comment') {
      matches.push(['-m', 'comment', '--comment', { text: x.text }]);
    } else if (x.kind === 'set') {
      matches.push(['-m', 'set', ...not(x.invert), '--match-set', x.name, x.dirs.join(',')]);
    } else if (x.kind === 'limit') {
      const m: RuleWord[] = ['-m', 'limit', '--limit', limitRate(x.avg)];
      if (x.burst !== 5) m.push('--limit-burst', `${x.burst}`);
      matches.push(m);
    } else {
      const m: RuleWord[] = ['-m', 'addrtype'];
      if (x.src) m.push(...not(x.srcInvert), '--src-type', x.src);
      if (x.dst) m.push(...not(x.dstInvert), '--dst-type', x.dst);
      matches.push(m);
    }
  }
  if (r.proto !== undefined && (r.sport || r.dport || r.l4Match || r.tcpFlags)) {
    const m: RuleWord[] = ['-m', PROTO_NAMES[r.proto]];
    if (r.sport) m.push(...not(r.sport.invert), '--sport', ports(r.sport));
    if (r.dport) m.push(...not(r.dport.invert), '--dport', ports(r.dport));
    if (r.tcpFlags)
      m.push(...not(r.tcpFlags.invert), '--tcp-flags', flagList(r.tcpFlags.mask), flagList(r.tcpFlags.comp));
    matches.splice(r.portsAt ?? 0, 0, m);
  }
  for (const m of matches) a.push(...m);
  if (r.icmpType) {
    const { type, code, invert } = r.icmpType;
    // icmp_save: type 255 is "any"; a code only when it is not the whole range.
    a.push(
      '-m',
      'icmp',
      ...not(invert),
      '--icmp-type',
      type === 255 ? 'any' : `${type}${code !== undefined ? `/${code}` : ''}`,
    );
  }
  const t = r.target;
  if (t) {
    switch (t.kind) {
      case 'jump':
        a.push(t.goto ? '-g' : '-j', t.chain);
        break;
      case 'REJECT':
        a.push('-j', 'REJECT', '--reject-with', t.with);
        break;
      case 'SNAT':
        a.push('-j', 'SNAT', '--to-source', snatText(t));
        break;
      case 'CT':
        if (t.alias) a.push('-j', t.alias);
        else a.push('-j', 'CT', ...(t.notrack ? ['--notrack'] : []));
        break;
      case 'DNAT':
        a.push(
          '-j',
          'DNAT',
          '--to-destination',
          `${ip4ToString(t.to)}${t.port !== undefined ? `:${portRange(t.port, t.hi)}` : ''}`,
        );
        break;
      case 'MARK':
        a.push('-j', 'MARK', '--set-xmark', `${hex(t.value)}/${hex(t.mask)}`);
        break;
      case 'NFLOG':
        a.push('-j', 'NFLOG', ...(t.group ? ['--nflog-group', `${t.group}`] : []));
        break;
      case 'LOG':
        a.push('-j', 'LOG');
        if (t.prefix !== undefined) a.push('--log-prefix', { text: t.prefix });
        break;
      case 'REDIRECT':
      case 'MASQUERADE':
        a.push('-j', t.kind);
        if (t.port !== undefined) a.push('--to-ports', portRange(t.port, t.hi));
        if (t.kind === 'MASQUERADE' && t.randomFully) a.push('--random-fully');
        break;
      default:
        a.push('-j', t.kind);
    }
  }
  return a;
}

/** --to-source as iptables prints it: A[-B][:P[-Q]]. */
function snatText(t: { to: Ip4; toHi?: Ip4; port?: number; portHi?: number }): string {
  let s = ip4ToString(t.to);
  if (t.toHi !== undefined && t.toHi !== t.to) s += `-${ip4ToString(t.toHi)}`;
  if (t.port !== undefined) s += `:${portRange(t.port, t.portHi)}`;
  return s;
}

/** The rule as argv words (after "-A CHAIN"): what a script passes to iptables to make this rule. */
export function ruleArgv(r: Rule): string[] {
  return ruleWords(r).map((w) => (typeof w === 'string' ? w : w.text));
}

/** The rule as `iptables -S` prints it, without "-A CHAIN". */
export function ruleArgs(r: Rule): string {
  return ruleWords(r)
    .map((w) => (typeof w === 'string' ? w : saveString(w.text)))
    .join(' ');
}

/** libxt_limit print_rate: the largest unit whose count per period is exact enough. */
function limitRate(period: number): string {
  const rates: [string, number][] = [
    ['day', 10000 * 86400],
    ['hour', 10000 * 3600],
    ['min', 10000 * 60],
    ['sec', 10000],
  ];
  let i = 1;
  for (; i < rates.length; i++)
    if (period > rates[i][1] || Math.floor(rates[i][1] / period) < rates[i][1] % period) break;
  return `${Math.floor(rates[i - 1][1] / period)}/${rates[i - 1][0]}`;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** How xt_MARK's print names a (value, mask) pair. */
function markText(value: number, mask: number): string {
  if (mask === 0xffffffff) return `MARK set ${hex(value)}`;
  if (value === mask) return `MARK or ${hex(value)}`;
  if (mask === 0) return `MARK xor ${hex(value)}`;
  if (value === 0) return `MARK and ${hex(~mask)}`;
  return `MARK xset ${hex(value)}/${hex(mask)}`;
}

export function formatRuleSpec(chain: string, r: Rule): string {
  const args = ruleArgs(r);
  return `-A ${chain}${args ? ` ${args}` : ''}`;
}

/** `iptables -S [CHAIN]`. */
export function listRules(table: Table, chain?: string, ruleNum?: number): string {
  // -S CHAIN N: that rule alone (nothing when the chain is shorter).
  if (chain && ruleNum !== undefined) {
    const r = table.chains.get(chain)!.rules[ruleNum - 1];
    return r ? `${formatRuleSpec(chain, r)}\n` : '';
  }
  const out: string[] = [];
  const chains = chain ? [table.chains.get(chain)!] : table.ordered();
  for (const c of chains) if (c.builtin) out.push(`-P ${c.name} ${c.policy}`);
  for (const c of chains) if (!c.builtin) out.push(`-N ${c.name}`);
  for (const c of chains) for (const r of c.rules) out.push(formatRuleSpec(c.name, r));
  return out.map((l) => `${l}\n`).join('');
}

/** `iptables-save` for one table: its chains with their policy counters, then every rule. */
export function saveTable(table: Table): string {
  const chains = table.ordered();
  const out = [`*${table.name}`];
  for (const c of chains)
    out.push(
      `:${c.name} ${c.builtin ? c.policy : '-'} [${c.builtin ? c.pkts : 0}:${c.builtin ? c.bytes : 0}]`,
    );
  for (const c of chains) for (const r of c.rules) out.push(formatRuleSpec(c.name, r));
  out.push('COMMIT');
  return out.map((l) => `${l}\n`).join('');
}

/** xtables print_num: counts over 99999 are shown in K, M, G… unless -x. */
function num(n: number, exact: boolean, width: number): string {
  if (exact) return String(n).padStart(width);
  if (n <= 99999) return String(n).padStart(5);
  let v = n;
  for (const unit of ['K', 'M', 'G', 'T']) {
    v = Math.floor((v + 500) / 1000);
    if (v <= 9999) return `${String(v).padStart(4)}${unit}`;
  }
  return `${String(v).padStart(4)}P`;
}

const SERVICES: Record<number, string> = {
  22: 'ssh',
  53: 'domain',
  80: 'http',
  443: 'https',
  8080: 'http-alt',
};

function extras(r: Rule, numeric: boolean): string {
  const e: string[] = [];
  const show = (n: number) => (numeric ? `${n}` : (SERVICES[n] ?? `${n}`));
  for (const x of r.ext ?? []) {
    if (x.kind === 'physdev') {
      e.push(`PHYSDEV match${physdevText(x, '--physdev-', ' ! ')}`);
    } else if (x.kind === 'multiport') {
      const what = x.side === 'src' ? 'sports' : x.side === 'dst' ? 'dports' : 'ports';
      const list = x.ports.map(([lo, hi]) => (lo === hi ? show(lo) : `${show(lo)}:${show(hi)}`)).join(',');
      e.push(`multiport ${what} ${x.invert ? ' !' : ''}${list}`);
    } else if (x.kind === 'conntrack' || x.kind === 'state') {
      e.push(`${x.kind === 'conntrack' ? 'ctstate' : 'state'} ${x.invert ? '! ' : ''}${x.states.join(',')}`);
    } else if (x.kind === 'mark') {
      e.push(
        `mark match ${x.invert ? '! ' : ''}${hex(x.value)}${x.mask === 0xffffffff ? '' : `/${hex(x.mask)}`}`,
      );
    } else if (x.kind === 'statistic') {
      e.push(`statistic mode random${x.invert ? ' !' : ''} probability ${x.probability.toFixed(11)}`);
    } else if (x.kind === 'comment') e.push(`/* ${x.text} */`);
    else if (x.kind === 'set') e.push(`${x.invert ? '! ' : ''}match-set ${x.name} ${x.dirs.join(',')}`);
    else if (x.kind === 'limit') e.push(`limit: avg ${limitRate(x.avg)} burst ${x.burst}`);
    else {
      let m = 'ADDRTYPE match';
      if (x.src) m += ` src-type ${x.srcInvert ? '!' : ''}${x.src}`;
      if (x.dst) m += ` dst-type ${x.dstInvert ? '!' : ''}${x.dst}`;
      e.push(m);
    }
  }
  if (r.proto !== undefined && (r.sport || r.dport || r.l4Match || r.tcpFlags)) {
    const name = PROTO_NAMES[r.proto];
    const p = (x: { lo: number; hi: number; invert: boolean }, what: string) => {
      const v = x.lo === x.hi ? show(x.lo) : `${show(x.lo)}:${show(x.hi)}`;
      return `${what}${x.lo === x.hi ? '' : 's'}:${x.invert ? '!' : ''}${v}`;
    };
    const parts = [name];
    if (r.sport) parts.push(p(r.sport, 'spt'));
    if (r.dport) parts.push(p(r.dport, 'dpt'));
    if (r.tcpFlags) {
      const f = r.tcpFlags;
      // libxt_tcp print_flags: "0x%02X/0x%02X" with -n.
      const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;
      parts.push(
        `flags:${f.invert ? '!' : ''}${numeric ? `${hex(f.mask)}/${hex(f.comp)}` : `${flagList(f.mask)}/${flagList(f.comp)}`}`,
      );
    }
    e.splice(r.portsAt ?? 0, 0, parts.join(' '));
  }
  // icmp_print: " icmp" then print_icmptype's " !" (when inverted) and "type N[ code C]".
  if (r.icmpType) {
    const { type, code, invert } = r.icmpType;
    e.push(`icmp${invert ? ' !' : ''}type ${type}${code !== undefined ? ` code ${code}` : ''}`);
  }
  const t = r.target;
  if (t?.kind === 'REJECT') e.push(`reject-with ${t.with}`);
  if (t?.kind === 'SNAT') e.push(`to:${snatText(t)}`);
  if (t?.kind === 'CT' && (t.alias || t.notrack)) e.push(t.alias ?? 'CT notrack');
  if (t?.kind === 'DNAT')
    e.push(`to:${ip4ToString(t.to)}${t.port !== undefined ? `:${portRange(t.port, t.hi)}` : ''}`);
  if (t?.kind === 'MARK') e.push(markText(t.value, t.mask));
  if (t?.kind === 'MASQUERADE' && t.port !== undefined) e.push(`masq ports: ${portRange(t.port, t.hi)}`);
  if (t?.kind === 'MASQUERADE' && t.randomFully) e.push('random-fully');
  if (t?.kind === 'REDIRECT' && t.port !== undefined) e.push(`redir ports ${portRange(t.port, t.hi)}`);
  if (t?.kind === 'NFLOG' && t.group) e.push(`nflog-group ${t.group}`);
  if (t?.kind === 'LOG')
    e.push(`LOG flags 0 level 4${t.prefix !== undefined ? ` prefix "${t.prefix}"` : ''}`);
  return e.join(' ');
}

export interface ListOpts {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  /** -L CHAIN N: only rule N, without the chain's two header lines. */
  ruleNum?: number;
}

function addrCol(m: AddrMatch | undefined, numeric: boolean): string {
  if (!m) return numeric ? '0.0.0.0/0' : 'anywhere';
  const s = m.len === 32 ? ip4ToString(m.addr) : `${ip4ToString(m.addr)}/${m.len}`;
  return s;
}

/** `iptables -L [CHAIN]` with -n, -v, -x, --line-numbers. */
export function listChains(table: Table, chains: Chain[], o: ListOpts): string {
  const blocks: string[] = [];
  for (const c of chains) {
    const lines: string[] = [];
    if (c.builtin) {
      lines.push(
        o.verbose
          ? `Chain ${c.name} (policy ${c.policy} ${c.pkts} packets, ${c.bytes} bytes)`
          : `Chain ${c.name} (policy ${c.policy})`,
      );
    } else {
      lines.push(`Chain ${c.name} (${table.references(c.name)} references)`);
    }
    let head = '';
    if (o.lineNumbers) head += 'num  ';
    if (o.verbose) head += o.exact ? '    pkts      bytes ' : ' pkts bytes ';
    head += 'target     prot opt ';
    if (o.verbose) head += 'in     out     ';
    head += 'source               destination         ';
    if (o.ruleNum === undefined) lines.push(head);
    else lines.length = 0;
    c.rules.forEach((r, i) => {
      if (o.ruleNum !== undefined && i !== o.ruleNum - 1) return;
      let s = '';
      if (o.lineNumbers) s += `${String(i + 1).padEnd(4)} `;
      if (o.verbose)
        s += o.exact
          ? `${num(r.pkts, true, 8)} ${num(r.bytes, true, 8)} `
          : `${num(r.pkts, false, 5)} ${num(r.bytes, false, 5)} `;
      const t = r.target;
      const tname = !t ? '' : t.kind === 'jump' ? t.chain : t.kind;
      s += `${tname.padEnd(9)} `;
      s += r.protoInvert ? '!' : ' ';
      const proto =
        r.proto === undefined
          ? o.numeric
            ? '0'
            : 'all'
          : o.numeric
            ? String(r.proto)
            : (PROTO_NAMES[r.proto] ?? String(r.proto));
      s += proto.padEnd(5);
      s += '-- ';
      if (o.verbose) {
        const iface = (m: Rule['in']) =>
          m ? `${m.invert ? '!' : ''}${m.name}${m.wildcard ? '+' : ''}` : o.numeric ? '*' : 'any';
        s += ` ${iface(r.in).padEnd(6)} ${iface(r.out).padEnd(6)} `;
      }
      // An inverted address takes the '!' in the column's leading space.
      const inv = (m: AddrMatch | undefined) => (m?.invert ? '!' : ' ');
      s += `${inv(r.src)}${addrCol(r.src, o.numeric).padEnd(20)}${inv(r.dst)}${addrCol(r.dst, o.numeric).padEnd(19)} `;
      const ex = extras(r, o.numeric);
      if (ex) s += ` ${ex}`;
      lines.push(s);
    });
    blocks.push(lines.map((l) => `${l}\n`).join(''));
  }
  return blocks.join('\n');
}

function multiportList(ports: [number, number][]): string {
  return ports.map(([lo, hi]) => (lo === hi ? `${lo}` : `${lo}:${hi}`)).join(',');
}

function portRange(lo: number, hi: number | undefined): string {
  return hi === undefined || hi === lo ? `${lo}` : `${lo}-${hi}`;
}

const FLAG_ORDER: [string, number][] = [
  ['FIN', 0x01],
  ['SYN', 0x02],
  ['RST', 0x04],
  ['PSH', 0x08],
  ['ACK', 0x10],
  ['URG', 0x20],
];

/** libxt_tcp print_tcpf: ALL, NONE, or the flag names in bit order. */
function flagList(v: number): string {
  if (v === 0x3f) return 'ALL';
  if (v === 0) return 'NONE';
  return FLAG_ORDER.filter(([, b]) => v & b)
    .map(([n]) => n)
    .join(',');
}

function physdevText(
  x: Extract<Rule['ext'] extends (infer E)[] | undefined ? E : never, { kind: 'physdev' }>,
  pre: string,
  not: string,
): string {
  let out = '';
  const bang = (i: boolean) => (i ? not : ' ');
  if (x.isIn) out += `${bang(x.isIn.invert)}${pre}is-in`;
  if (x.in) out += `${bang(x.in.invert)}${pre}in ${x.in.name}${x.in.wildcard ? '+' : ''}`;
  if (x.isOut) out += `${bang(x.isOut.invert)}${pre}is-out`;
  if (x.out) out += `${bang(x.out.invert)}${pre}out ${x.out.name}${x.out.wildcard ? '+' : ''}`;
  if (x.isBridged) out += `${bang(x.isBridged.invert)}${pre}is-bridged`;
  return out;
}
