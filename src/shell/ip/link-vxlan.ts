// `ip link add NAME type vxlan …` (iproute2 6.1 ip/iplink_vxlan.c vxlan_parse_opt): the options
// netns-lab models, iproute2's own messages for bad ones, and "unsupported" for the rest.

import type { VxlanConfig } from '../../engine/link/vxlan.ts';
import { ip4ToString, isMulticastIp } from '../../engine/wire/addr.ts';
import { LINUX_VXLAN_PORT } from '../../engine/wire/vxlan.ts';
import { type Ctx, Exit, writeErr } from '../context.ts';
import { unsupported } from '../unsupported.ts';
import { fail, getAddr, incomplete, invarg, matches, parseUnsigned } from './util.ts';

/** What the options said before the kernel checks them (rtnl.addVxlan). */
export interface VxlanArgs {
  cfg: VxlanConfig;
}

const UNSUPPORTED = [
  'tos',
  'dsfield',
  'label',
  'flowlabel',
  'proxy',
  'rsc',
  'l2miss',
  'l3miss',
  'noudpcsum',
  'udp6zerocsumtx',
  'udp6zerocsumrx',
  'remcsumtx',
  'remcsumrx',
  'external',
  'gbp',
  'gpe',
  'df',
  'vnifilter',
];
/** Options whose "no" form is the default: accepted, nothing changes. */
const DEFAULTS = [
  'noproxy',
  'norsc',
  'nol2miss',
  'nol3miss',
  'udpcsum',
  'noudp6zerocsumtx',
  'noudp6zerocsumrx',
  'noremcsumtx',
  'noremcsumrx',
  'noexternal',
];

/** print_explain (iproute2 6.1). */
const USAGE = `Usage: ... vxlan id VNI
		[ { group | remote } IP_ADDRESS ]
		[ local ADDR ]
		[ ttl TTL ]
		[ tos TOS ]
		[ df DF ]
		[ flowlabel LABEL ]
		[ dev PHYS_DEV ]
		[ dstport PORT ]
		[ srcport MIN MAX ]
		[ [no]learning ]
		[ [no]proxy ]
		[ [no]rsc ]
		[ [no]l2miss ]
		[ [no]l3miss ]
		[ ageing SECONDS ]
		[ maxaddress NUMBER ]
		[ [no]udpcsum ]
		[ [no]udp6zerocsumtx ]
		[ [no]udp6zerocsumrx ]
		[ [no]remcsumtx ] [ [no]remcsumrx ]
		[ [no]external ] [ gbp ] [ gpe ]
		[ [no]vnifilter ]

Where:	VNI	:= 0-16777215
	ADDR	:= { IP_ADDRESS | any }
	TOS	:= { NUMBER | inherit }
	TTL	:= { 1..255 | auto | inherit }
	DF	:= { unset | set | inherit }
	LABEL := 0-1048575
`;

/** The order vxlan_parse_opt tries keywords in: an abbreviation means the first it prefixes. */
const KEYWORDS = [
  'id',
  'vni',
  'group',
  'remote',
  'local',
  'dev',
  'ttl',
  'hoplimit',
  'tos',
  'dsfield',
  'label',
  'flowlabel',
  'ageing',
  'maxaddress',
  'port',
  'srcport',
  'dstport',
  'nolearning',
  'learning',
  'noproxy',
  'proxy',
  'norsc',
  'rsc',
  'nol2miss',
  'l2miss',
  'nol3miss',
  'l3miss',
  'udpcsum',
  'noudpcsum',
  'udp6zerocsumtx',
  'noudp6zerocsumtx',
  'udp6zerocsumrx',
  'noudp6zerocsumrx',
  'remcsumtx',
  'noremcsumtx',
  'remcsumrx',
  'noremcsumrx',
  'external',
  'noexternal',
  'gbp',
  'gpe',
  'df',
  'vnifilter',
  'help',
];

/** get_u32 / get_u16 / get_be16: strtoul with base 0, the whole word, within `max`. */
function number(s: string, max: number): number | undefined {
  const v = parseUnsigned(s);
  return v === undefined || v > max ? undefined : v;
}

/** vxlan_parse_opt for a new device. `lower` resolves `dev NAME` in the namespace ip runs in. */
export function parseVxlanArgs(ctx: Ctx, argv: string[]): VxlanArgs {
  const cfg: VxlanConfig = {
    vni: 0,
    remote: 0,
    local: 0,
    dstPort: 0,
    portMin: 0,
    portMax: 0,
    learning: true,
    ttl: 0,
    ageing: 300,
    maxAddress: 0,
  };
  const seen = new Set<string>();
  let group = false;
  let haveId = false;
  let haveDst = false;
  let dstPortGiven = false;
  /** check_duparg: one attribute, however it was spelled. */
  const once = (attr: string, key: string, arg: string) => {
    if (seen.has(attr)) fail(ctx, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.`);
    seen.add(attr);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) incomplete(ctx);
      return v;
    };
    const kw = KEYWORDS.find((k) => matches(a, k));
    if (kw === 'id' || kw === 'vni') {
      const v = next();
      once('id', 'id', v);
      const n = number(v, 0xffffffff);
      if (n === undefined || n >= 1 << 24) invarg(ctx, 'invalid id', v);
      cfg.vni = n;
      haveId = true;
    } else if (kw === 'group' || kw === 'remote') {
      if (haveDst && group !== (kw === 'group'))
        fail(ctx, 'vxlan: both group and remote cannot be specified', 1);
      const v = next();
      once('group', kw, v);
      const ip = getAddr(ctx, v);
      if (kw === 'group') {
        if (!isMulticastIp(ip)) invarg(ctx, 'invalid group address', v);
      } else if (isMulticastIp(ip)) invarg(ctx, 'invalid remote address', v);
      group = kw === 'group';
      haveDst = true;
      cfg.remote = ip;
    } else if (kw === 'local') {
      const v = next();
      once('local', 'local', v);
      const ip = getAddr(ctx, v);
      if (isMulticastIp(ip)) invarg(ctx, 'invalid local address', v);
      cfg.local = ip;
    } else if (kw === 'dev') {
      const v = next();
      once('dev', 'dev', v);
      const d = ctx.ns.dev(v);
      if (!d) fail(ctx, `Cannot find device "${v}"`, 255);
      cfg.lower = d;
    } else if (kw === 'ttl' || kw === 'hoplimit') {
      const v = next();
      once('ttl', 'ttl', v);
      if (v === 'inherit') unsupported(ctx, 'vxlan ttl inherit');
      if (v !== 'auto') {
        const n = parseUnsigned(v);
        if (n === undefined) invarg(ctx, 'invalid TTL', v);
        if (n > 255) invarg(ctx, 'TTL must be <= 255', v);
        cfg.ttl = n;
      }
    } else if (kw === 'ageing') {
      const v = next();
      once('ageing', 'ageing', v);
      const n = v === 'none' ? 0 : number(v, 0xffffffff);
      if (n === undefined) invarg(ctx, 'ageing timer', v);
      // vxlan_config_validate: 0 means the default.
      cfg.ageing = n || 300;
    } else if (kw === 'maxaddress') {
      const v = next();
      once('maxaddress', 'maxaddress', v);
      const n = v === 'unlimited' ? 0 : number(v, 0xffffffff);
      if (n === undefined) invarg(ctx, 'max addresses', v);
      cfg.maxAddress = n;
    } else if (kw === 'port' || kw === 'srcport') {
      const lo = next();
      once('srcport', 'srcport', lo);
      const min = number(lo, 0xffff);
      if (min === undefined) invarg(ctx, 'min port', lo);
      const hi = next();
      const max = number(hi, 0xffff);
      if (max === undefined) invarg(ctx, 'max port', hi);
      if (max < min) fail(ctx, 'Error: Invalid source port range.', 2);
      cfg.portMin = min;
      cfg.portMax = max;
    } else if (kw === 'dstport') {
      const v = next();
      once('dstport', 'dstport', v);
      const n = number(v, 0xffff);
      if (n === undefined) invarg(ctx, 'dst port', v);
      cfg.dstPort = n;
      dstPortGiven = true;
    } else if (kw === 'nolearning' || kw === 'learning') {
      once('learning', a, a);
      cfg.learning = kw === 'learning';
    } else if (kw !== undefined && DEFAULTS.includes(kw)) {
      once(kw.replace(/^no/, ''), a, a);
    } else if (kw !== undefined && UNSUPPORTED.includes(kw)) {
      unsupported(ctx, `vxlan option "${kw}"`);
    } else if (kw === 'help') {
      writeErr(ctx, USAGE);
      throw new Exit(1);
    } else {
      writeErr(ctx, `vxlan: unknown command "${a}"?\n${USAGE}`);
      throw new Exit(1);
    }
  }
  if (!haveId) fail(ctx, 'vxlan: missing virtual network identifier', 1);
  if (group && !cfg.lower) fail(ctx, "vxlan: 'group' requires 'dev' to be specified", 1);
  if (group) unsupported(ctx, 'a multicast group underlay (vxlan group)');
  if (!dstPortGiven)
    writeErr(
      ctx,
      'vxlan: destination port not specified\nWill use Linux kernel default (non-standard value)\n' +
        "Use 'dstport 4789' to get the IANA assigned value\nUse 'dstport 0' to get default and quiet this message\n",
    );
  // vxlan_config_validate: port 0 is the module's default.
  cfg.dstPort ||= LINUX_VXLAN_PORT;
  return { cfg };
}

/** The words of an `ip link add` that builds this configuration again (for export). */
export function vxlanArgv(cfg: VxlanConfig, lowerName?: string): string[] {
  const out = ['id', String(cfg.vni)];
  if (cfg.remote) out.push('remote', ip4ToString(cfg.remote));
  if (cfg.local) out.push('local', ip4ToString(cfg.local));
  if (lowerName !== undefined) out.push('dev', lowerName);
  if (cfg.portMin || cfg.portMax) out.push('srcport', String(cfg.portMin), String(cfg.portMax));
  out.push('dstport', String(cfg.dstPort));
  if (!cfg.learning) out.push('nolearning');
  if (cfg.ttl) out.push('ttl', String(cfg.ttl));
  if (cfg.ageing !== 300) out.push('ageing', String(cfg.ageing));
  if (cfg.maxAddress) out.push('maxaddress', String(cfg.maxAddress));
  return out;
}
