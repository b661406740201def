// iptables' match options: `-m NAME` and the options of the match it names (conntrack, state,
// comment, addrtype, mark, statistic, multiport, physdev, set, limit), and the options of the
// implicit match -p loads (tcp/udp ports and flags, icmp types). Each extension's parser and messages
// are libxt_NAME's; the rule they build is the engine's `Rule` (its `ext` list keeps the order the
// matches were given, which -S prints back).

import { ADDR_TYPES, type AddrType, CT_STATES, type Ext, type Rule } from '../engine/netfilter/table.ts';
import { type Ctx, Exit } from './context.ts';
import { die, dieNl, ifaceArg, num32, truncBytes } from './iptables-args.ts';
import { servicePort } from './services.ts';
import { reportUnsupported, unsupported } from './unsupported.ts';

/** The words after an option, as the option parser reads them. */
export interface OptionArgs {
  /** The option's argument: the next word, or iptables' error when there is none. */
  next(): string;
  /** The word after the option, not taken. */
  peek(): string | undefined;
  /** Takes the word peek() showed. */
  take(): void;
  /** Whether a "!" came before the option (and clears it). */
  inv(): boolean;
}

/** XT_LIMIT_SCALE: xt_limit keeps the average interval between packets in 1/10000 s. */
export const LIMIT_SCALE = 10000;

/** libxt_limit parse_rate: N[/second|minute|hour|day] (any prefix of the unit), as an interval. */
function parseRate(ctx: Ctx, v: string): number {
  const m = /^(\d+)(?:\/(.+))?$/.exec(v);
  const units: [string, number][] = [
    ['second', 1],
    ['minute', 60],
    ['hour', 3600],
    ['day', 86400],
  ];
  const unit = m?.[2] === undefined ? 1 : units.find(([n]) => n.startsWith(m[2].toLowerCase()))?.[1];
  const r = m ? Number(m[1]) : 0;
  if (!m || unit === undefined || r === 0) die(ctx, `bad rate "${v}"'`);
  const avg = Math.floor((LIMIT_SCALE * unit) / r);
  if (avg === 0) die(ctx, `Rate too fast "${v}"`);
  return avg;
}

/** A port or a service name from /etc/services (xtables_parse_port). */
function onePort(ctx: Ctx, s: string, proto: 'tcp' | 'udp'): number {
  const n = /^\d+$/.test(s) ? Number(s) : servicePort(s, proto);
  if (n === undefined || n > 65535) die(ctx, `invalid port/service \`${s}' specified`);
  return n;
}

function portArg(ctx: Ctx, s: string, proto: 'tcp' | 'udp'): { lo: number; hi: number } {
  const [a, b] = s.split(':');
  const lo = a === '' ? 0 : onePort(ctx, a, proto);
  const hi = b === undefined ? lo : b === '' ? 65535 : onePort(ctx, b, proto);
  return { lo, hi };
}

const TCP_FLAG_BITS: Record<string, number> = {
  FIN: 0x01,
  SYN: 0x02,
  RST: 0x04,
  PSH: 0x08,
  ACK: 0x10,
  URG: 0x20,
  ALL: 0x3f,
  NONE: 0,
};

function tcpFlags(ctx: Ctx, s: string): number {
  let v = 0;
  for (const f of s.split(',')) {
    const bit = TCP_FLAG_BITS[f.toUpperCase()];
    if (bit === undefined) die(ctx, `Unknown TCP flag \`${f}'`);
    v |= bit;
  }
  return v;
}

/** libxt_icmp's names: type and code range (0–255 when the name covers every code). */
const ICMP_NAMES: [string, number, number?][] = [
  ['any', 255],
  ['echo-reply', 0],
  ['pong', 0],
  ['destination-unreachable', 3],
  ['network-unreachable', 3, 0],
  ['host-unreachable', 3, 1],
  ['protocol-unreachable', 3, 2],
  ['port-unreachable', 3, 3],
  ['fragmentation-needed', 3, 4],
  ['source-route-failed', 3, 5],
  ['network-unknown', 3, 6],
  ['host-unknown', 3, 7],
  ['network-prohibited', 3, 9],
  ['host-prohibited', 3, 10],
  ['TOS-network-unreachable', 3, 11],
  ['TOS-host-unreachable', 3, 12],
  ['communication-prohibited', 3, 13],
  ['host-precedence-violation', 3, 14],
  ['precedence-cutoff', 3, 15],
  ['source-quench', 4],
  ['redirect', 5],
  ['network-redirect', 5, 0],
  ['host-redirect', 5, 1],
  ['TOS-network-redirect', 5, 2],
  ['TOS-host-redirect', 5, 3],
  ['echo-request', 8],
  ['ping', 8],
  ['router-advertisement', 9],
  ['router-solicitation', 10],
  ['time-exceeded', 11],
  ['ttl-exceeded', 11],
  ['ttl-zero-during-transit', 11, 0],
  ['ttl-zero-during-reassembly', 11, 1],
  ['parameter-problem', 12],
  ['ip-header-bad', 12, 0],
  ['required-option-missing', 12, 1],
  ['timestamp-request', 13],
  ['timestamp-reply', 14],
  ['address-mask-request', 17],
  ['address-mask-reply', 18],
];

/** xtables' ICMP type parser: a name (any unambiguous prefix, any case) or TYPE[/CODE], each 0–255. */
function parseIcmpType(ctx: Ctx, v: string): { type: number; code?: number } {
  let match: [string, number, number?] | undefined;
  for (const n of ICMP_NAMES) {
    if (!n[0].toLowerCase().startsWith(v.toLowerCase())) continue;
    if (match) die(ctx, `Ambiguous ICMP type \`${v}': \`${match[0]}' or \`${n[0]}'?`);
    match = n;
  }
  if (match) return { type: match[1], code: match[2] };
  const m = /^(\d+)(?:\/(.*))?$/.exec(v);
  if (!m || Number(m[1]) > 255) die(ctx, `Unknown ICMP type \`${v}'`);
  if (m[2] === undefined) return { type: Number(m[1]) };
  if (!/^\d+$/.test(m[2]) || Number(m[2]) > 255) die(ctx, `Unknown ICMP code \`${v}'`);
  return { type: Number(m[1]), code: Number(m[2]) };
}

/** The match options of one iptables command line, read into its rule. */
export class MatchOptions {
  /** The match the last -m named, whose options may follow. */
  private matchNow: string | undefined;
  /** The protocol of a `-m tcp`/`-m udp` given before any -p. */
  private l4Before: number | undefined;
  /** How many `-m set` were given (each needs its --match-set). */
  private setMatches = 0;

  constructor(
    private ctx: Ctx,
    private rule: Rule,
  ) {}

  private ext(): Ext[] {
    if (!this.rule.ext) this.rule.ext = [];
    return this.rule.ext;
  }

  /** Reads option `a` when it belongs to a match: true if it did, false for any other option. */
  option(a: string, arg: OptionArgs): boolean {
    switch (a) {
      case '-m':
      case '--match': {
        const m = arg.next();
        if (
          m === 'conntrack' ||
          m === 'state' ||
          m === 'comment' ||
          m === 'addrtype' ||
          m === 'mark' ||
          m === 'statistic' ||
          m === 'multiport' ||
          m === 'physdev' ||
          m === 'set' ||
          m === 'limit'
        ) {
          this.matchNow = m;
          if (m === 'multiport' && this.rule.proto !== undefined && ![6, 17, 132].includes(this.rule.proto))
            die(this.ctx, 'multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP');
          if (m === 'physdev') this.ext().push({ kind: 'physdev' });
          if (m === 'set') this.setMatches++;
          // xt_limit's defaults (libxt_limit limit_init): 3/hour, burst 5.
          if (m === 'limit') this.ext().push({ kind: 'limit', avg: LIMIT_SCALE * 1200, burst: 5 });
        } else if ((m === 'tcp' || m === 'udp') && (this.rule.proto === 6 || this.rule.proto === 17)) {
          // An explicit -m tcp/udp is a match of its own, listed even with no port options.
          if (!this.rule.l4Match && !this.rule.sport && !this.rule.dport)
            this.rule.portsAt = this.rule.ext?.length ?? 0;
          this.rule.l4Match = true;
        } else if ((m === 'tcp' || m === 'udp') && this.rule.proto === undefined && !this.rule.protoInvert) {
          // `-m tcp -p tcp …` (kube-proxy writes its rules so): the match sits where -m named it,
          // and the -p that follows must be its protocol.
          if (!this.rule.l4Match) this.rule.portsAt = this.rule.ext?.length ?? 0;
          this.rule.l4Match = true;
          this.l4Before = m === 'tcp' ? 6 : 17;
        } else if (m !== 'tcp' && m !== 'udp' && m !== 'icmp') {
          reportUnsupported(this.ctx, `iptables match "-m ${m}"`);
          throw new Exit(2);
        }
        break;
      }
      case '--ctstate':
      case '--state': {
        const want = a === '--ctstate' ? 'conntrack' : 'state';
        if (this.matchNow !== want) die(this.ctx, `unknown option "${a}"`);
        const v = arg.next();
        const states = v.split(',');
        for (const st of states)
          if (!(CT_STATES as readonly string[]).includes(st))
            die(this.ctx, `Bad ${want === 'state' ? 'state' : 'ctstate'} "${st}"`);
        const ordered = CT_STATES.filter((st) => states.includes(st));
        this.ext().push({ kind: want, states: ordered, invert: arg.inv() });
        break;
      }
      case '--mark': {
        if (this.matchNow !== 'mark') die(this.ctx, `unknown option "${a}"`);
        const [v, mk] = arg.next().split('/');
        const value = num32(this.ctx, v);
        const mask = mk === undefined ? 0xffffffff : num32(this.ctx, mk);
        this.ext().push({ kind: 'mark', value, mask, invert: arg.inv() });
        break;
      }
      case '--mode': {
        if (this.matchNow !== 'statistic') die(this.ctx, `unknown option "${a}"`);
        const v = arg.next();
        if (v !== 'random') {
          reportUnsupported(this.ctx, `statistic mode ${v}`);
          throw new Exit(2);
        }
        break;
      }
      case '--probability': {
        if (this.matchNow !== 'statistic') die(this.ctx, `unknown option "${a}"`);
        const v = Number(arg.next());
        if (!(v >= 0 && v <= 1)) die(this.ctx, 'probability must be between 0 and 1');
        // libxt_statistic keeps lround(0x80000000 * p) and prints it back divided by 2^31.
        this.ext().push({
          kind: 'statistic',
          probability: Math.round(0x80000000 * v) / 0x80000000,
          invert: arg.inv(),
        });
        break;
      }
      case '--comment': {
        if (this.matchNow !== 'comment') die(this.ctx, `unknown option "${a}"`);
        this.ext().push({ kind: 'comment', text: truncBytes(arg.next(), 255) });
        break;
      }
      case '--src-type':
      case '--dst-type': {
        if (this.matchNow !== 'addrtype') die(this.ctx, `unknown option "${a}"`);
        const v = arg.next().toUpperCase();
        if (!(ADDR_TYPES as readonly string[]).includes(v)) die(this.ctx, `addrtype: invalid type "${v}"`);
        const list = this.ext();
        let x = list[list.length - 1];
        if (x?.kind !== 'addrtype') {
          x = { kind: 'addrtype', srcInvert: false, dstInvert: false };
          list.push(x);
        }
        if (a === '--src-type') {
          x.src = v as AddrType;
          x.srcInvert = arg.inv();
        } else {
          x.dst = v as AddrType;
          x.dstInvert = arg.inv();
        }
        break;
      }
      case '--sport':
      case '--source-port':
      case '--dport':
      case '--destination-port': {
        if (this.rule.proto !== 6 && this.rule.proto !== 17) die(this.ctx, `unknown option "${a}"`);
        const v = {
          ...portArg(this.ctx, arg.next(), this.rule.proto === 6 ? 'tcp' : 'udp'),
          invert: arg.inv(),
        };
        // The implicit -m tcp/udp sits where its first option appeared, among the other matches.
        if (!this.rule.sport && !this.rule.dport && !this.rule.l4Match)
          this.rule.portsAt = this.rule.ext?.length ?? 0;
        if (a === '--sport' || a === '--source-port') this.rule.sport = v;
        else this.rule.dport = v;
        break;
      }
      case '--sports':
      case '--source-ports':
      case '--dports':
      case '--destination-ports':
      case '--ports': {
        if (this.matchNow !== 'multiport') die(this.ctx, `unknown option "${a}"`);
        if (this.rule.proto !== 6 && this.rule.proto !== 17 && this.rule.proto !== 132)
          die(this.ctx, "multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
        const list = arg.next().split(',');
        if (list.length > 15) die(this.ctx, 'too many ports specified');
        const ports = list.map((x): [number, number] => {
          const r = portArg(this.ctx, x, this.rule.proto === 6 ? 'tcp' : 'udp');
          return [r.lo, r.hi];
        });
        const side = a.startsWith('--s') ? 'src' : a.startsWith('--d') ? 'dst' : 'both';
        this.ext().push({ kind: 'multiport', side, ports, invert: arg.inv() });
        break;
      }
      case '--tcp-flags':
      case '--syn': {
        if (this.rule.proto !== 6) die(this.ctx, `unknown option "${a}"`);
        if (!this.rule.sport && !this.rule.dport && !this.rule.l4Match)
          this.rule.portsAt = this.rule.ext?.length ?? 0;
        const mask = a === '--syn' ? 0x17 : tcpFlags(this.ctx, arg.next());
        const comp = a === '--syn' ? 0x02 : tcpFlags(this.ctx, arg.next());
        this.rule.tcpFlags = { mask, comp, invert: arg.inv() };
        break;
      }
      case '--physdev-in':
      case '--physdev-out':
      case '--physdev-is-in':
      case '--physdev-is-out':
      case '--physdev-is-bridged': {
        const x = this.rule.ext?.[this.rule.ext.length - 1];
        if (this.matchNow !== 'physdev' || x?.kind !== 'physdev') die(this.ctx, `unknown option "${a}"`);
        const invert = arg.inv();
        if (a === '--physdev-in' || a === '--physdev-out') {
          const m = ifaceArg(this.ctx, arg.next(), invert);
          if (a === '--physdev-in') x.in = m;
          else x.out = m;
        } else if (a === '--physdev-is-in') x.isIn = { invert };
        else if (a === '--physdev-is-out') x.isOut = { invert };
        else x.isBridged = { invert };
        break;
      }
      case '--match-set': {
        if (this.matchNow !== 'set') die(this.ctx, `unknown option "${a}"`);
        const invert = arg.inv();
        const name = arg.next();
        const flags = arg.peek();
        if (flags === undefined || /^[-!]/.test(flags)) die(this.ctx, '--match-set requires two args.');
        arg.take();
        const dirs = flags.split(',');
        if (dirs.some((d) => d !== 'src' && d !== 'dst'))
          die(this.ctx, "You must spefify (the comma separated list of) 'src' or 'dst'.");
        // xt_set's checkentry (ip_set_nfnl_get_byindex): the set must exist when the rule is added.
        if (!this.ctx.ns.nf.ipsets.get(name)) dieNl(this.ctx, `Set ${name} doesn't exist.`);
        this.ext().push({ kind: 'set', name, dirs: dirs as ('src' | 'dst')[], invert });
        break;
      }
      case '--return-nomatch':
      case '--update-counters':
      case '--update-subcounters':
      case '--packets-eq':
      case '--packets-lt':
      case '--packets-gt':
      case '--bytes-eq':
      case '--bytes-lt':
      case '--bytes-gt':
        if (this.matchNow !== 'set') die(this.ctx, `unknown option "${a}"`);
        return unsupported(this.ctx, `-m set ${a}`);
      case '--limit':
      case '--limit-burst': {
        const x = this.rule.ext?.[this.rule.ext.length - 1];
        if (this.matchNow !== 'limit' || x?.kind !== 'limit') die(this.ctx, `unknown option "${a}"`);
        const v = arg.next();
        if (a === '--limit') x.avg = parseRate(this.ctx, v);
        else {
          if (!/^\d+$/.test(v) || Number(v) > 10000)
            die(this.ctx, `limit: Value "${v}" for option "--limit-burst" is out of range`);
          x.burst = Number(v);
        }
        break;
      }
      case '--icmp-type': {
        if (this.rule.proto !== 1) die(this.ctx, `unknown option "${a}"`);
        this.rule.icmpType = { ...parseIcmpType(this.ctx, arg.next()), invert: arg.inv() };
        break;
      }
      default:
        return false;
    }
    return true;
  }

  /** Each match's final check, once every option is read. */
  finish(): void {
    if (this.l4Before !== undefined && this.rule.proto !== this.l4Before) {
      unsupported(this.ctx, '-m tcp/-m udp without the same -p after it');
    }
    if (this.setMatches > (this.rule.ext ?? []).filter((x) => x.kind === 'set').length)
      unsupported(this.ctx, '-m set without --match-set');
    for (const x of this.rule.ext ?? [])
      if (x.kind === 'physdev' && !x.in && !x.out && !x.isIn && !x.isOut && !x.isBridged)
        die(this.ctx, 'PHYSDEV: no physdev option specified');
  }
}
