// The CNI network configuration the node's runtime hands the plugins (/etc/cni/net.d/*.conf), for
// the `bridge` plugin with `host-local` IPAM of containernetworking/plugins v1.9.1
// (plugins/main/bridge/bridge.go NetConf, plugins/ipam/host-local/backend/allocator/config.go and
// range.go Canonicalize). Keys the model does not implement are refused as unsupported, by name.

import { broadcastOf, type Ip4, inPrefix, ip4ToString, networkOf, parseIp4 } from '../../engine/wire/addr.ts';

import { unsupportedText } from '../unsupported.ts';

export const CNI_PLUGINS_RELEASE = 'v1.9.1';

/** The configuration of the learning material: the seed's bridge network. */
export const DEFAULT_CNI_CONF =
  '{"cniVersion":"1.0.0","name":"my-network","type":"bridge","bridge":"cni0","isGateway":true,"ipMasq":true,"ipam":{"type":"host-local","ranges":[[{"subnet":"10.22.0.0/16"}]],"routes":[{"dst":"0.0.0.0/0"}]}}';

export interface HostLocalRange {
  subnet: Ip4;
  len: number;
  rangeStart: Ip4;
  rangeEnd: Ip4;
  gateway: Ip4;
}

export interface CniConf {
  cniVersion: string;
  name: string;
  bridge: string;
  isGateway: boolean;
  isDefaultGateway: boolean;
  ipMasq: boolean;
  hairpinMode: boolean;
  promiscMode: boolean;
  forceAddress: boolean;
  mtu: number;
  range: HostLocalRange;
  routes: { dst: Ip4; len: number; gw?: Ip4 }[];
}

const BRIDGE_KEYS = new Set([
  'cniVersion',
  'name',
  'type',
  'bridge',
  'isGateway',
  'isDefaultGateway',
  'ipMasq',
  'hairpinMode',
  'promiscMode',
  'forceAddress',
  'mtu',
  'ipam',
]);
const IPAM_KEYS = new Set(['type', 'ranges', 'subnet', 'rangeStart', 'rangeEnd', 'gateway', 'routes']);
const RANGE_KEYS = new Set(['subnet', 'rangeStart', 'rangeEnd', 'gateway']);

function cidr(s: unknown, field: string): { addr: Ip4; len: number } | string {
  const m = typeof s === 'string' ? /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(s) : null;
  const addr = m ? parseIp4(m[1]) : undefined;
  const len = m ? Number(m[2]) : Number.NaN;
  if (addr === undefined || !(len >= 0 && len <= 32)) return `${field}: invalid CIDR address: ${String(s)}`;
  return { addr, len };
}

/** Parses a configuration; a string is the error (with the field it is about). */
export function parseCniConf(text: string): CniConf | string {
  if (text.length > 65536) return 'the configuration is longer than 64 KiB';
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text);
  } catch (e) {
    return `failed to load netconf: ${(e as Error).message}`;
  }
  if (typeof j !== 'object' || j === null || Array.isArray(j))
    return 'failed to load netconf: not a JSON object';
  if (Array.isArray(j.plugins))
    return unsupportedText("a configuration list (.conflist); give the bridge plugin's own configuration");
  if (j.type !== 'bridge')
    return unsupportedText(`CNI plugin type ${JSON.stringify(j.type)} (netns-lab models "bridge")`);
  for (const k of Object.keys(j)) if (!BRIDGE_KEYS.has(k)) return unsupportedText(`bridge plugin key "${k}"`);
  const bool = (k: string) => {
    const v = j[k];
    return v === undefined ? false : v === true ? true : v === false ? false : undefined;
  };
  for (const k of ['isGateway', 'isDefaultGateway', 'ipMasq', 'hairpinMode', 'promiscMode', 'forceAddress'])
    if (bool(k) === undefined) return `failed to load netconf: "${k}" must be true or false`;
  if (typeof j.name !== 'string' || j.name === '') return 'failed to load netconf: "name" is missing';
  const bridge = j.bridge === undefined ? 'cni0' : j.bridge;
  if (typeof bridge !== 'string' || bridge.length === 0 || bridge.length > 15)
    return `failed to load netconf: "bridge" must be an interface name`;
  const mtu = j.mtu === undefined ? 0 : j.mtu;
  if (typeof mtu !== 'number' || !Number.isInteger(mtu) || mtu < 0)
    return 'failed to load netconf: "mtu" must be a number';
  if (bool('hairpinMode') && bool('promiscMode'))
    return 'cannot set hairpin mode and promiscuous mode at the same time';
  if (bool('promiscMode')) return unsupportedText('bridge plugin key "promiscMode"');
  const ipam = j.ipam as Record<string, unknown> | undefined;
  if (typeof ipam !== 'object' || ipam === null)
    return unsupportedText('a bridge network without IPAM (layer 2 only)');
  if (ipam.type !== 'host-local')
    return unsupportedText(`IPAM type ${JSON.stringify(ipam.type)} (netns-lab models "host-local")`);
  for (const k of Object.keys(ipam)) if (!IPAM_KEYS.has(k)) return unsupportedText(`host-local key "${k}"`);
  // config.go: the old single "subnet" form becomes one range set of one range.
  let sets: unknown = ipam.ranges;
  if (ipam.subnet !== undefined) {
    if (sets !== undefined) return unsupportedText('both "subnet" and "ranges" in ipam');
    sets = [
      [{ subnet: ipam.subnet, rangeStart: ipam.rangeStart, rangeEnd: ipam.rangeEnd, gateway: ipam.gateway }],
    ];
  }
  if (!Array.isArray(sets) || sets.length === 0) return 'no IP ranges specified';
  if (sets.length > 1 || !Array.isArray(sets[0]) || sets[0].length !== 1)
    return unsupportedText('more than one range (ipam.ranges must be [[{...}]])');
  const r = sets[0][0] as Record<string, unknown>;
  for (const k of Object.keys(r))
    if (!RANGE_KEYS.has(k)) return unsupportedText(`host-local range key "${k}"`);
  const sn = cidr(r.subnet, 'ipam.ranges[0][0].subnet');
  if (typeof sn === 'string') return sn;
  // range.go Canonicalize
  if (sn.len > 30)
    return `invalid range set 0: Network ${ip4ToString(sn.addr)}/${sn.len} too small to allocate from`;
  const net = networkOf(sn.addr, sn.len);
  if (net !== sn.addr)
    return `invalid range set 0: Network has host bits set. For a subnet mask of length ${sn.len} the network address is ${ip4ToString(net)}`;
  const bcast = broadcastOf(net, sn.len);
  const inNet = (a: Ip4) => inPrefix(a, net, sn.len);
  const addr = (k: string, dflt: Ip4): Ip4 | string => {
    if (r[k] === undefined) return dflt;
    const a = typeof r[k] === 'string' ? parseIp4(r[k] as string) : undefined;
    if (a === undefined) return `ipam.ranges[0][0].${k}: invalid IP address: ${String(r[k])}`;
    return a;
  };
  const gateway = addr('gateway', net + 1);
  const rangeStart = addr('rangeStart', net + 1);
  const rangeEnd = addr('rangeEnd', bcast - 1);
  for (const [k, v] of [
    ['gateway', gateway],
    ['rangeStart', rangeStart],
    ['rangeEnd', rangeEnd],
  ] as const) {
    if (typeof v === 'string') return v;
    if (k !== 'gateway' && !inNet(v))
      return `invalid range set 0: ${k === 'rangeStart' ? 'RangeStart' : 'RangeEnd'} ${ip4ToString(v)} not in network ${ip4ToString(net)}/${sn.len}`;
  }
  const routes: CniConf['routes'] = [];
  const rs = ipam.routes === undefined ? [] : ipam.routes;
  if (!Array.isArray(rs)) return 'ipam.routes must be a list';
  for (const [i, x] of rs.entries()) {
    const o = x as Record<string, unknown>;
    for (const k of Object.keys(o ?? {}))
      if (k !== 'dst' && k !== 'gw') return unsupportedText(`route key "${k}" (ipam.routes[${i}])`);
    const d = cidr(o?.dst, `ipam.routes[${i}].dst`);
    if (typeof d === 'string') return d;
    let gw: Ip4 | undefined;
    if (o.gw !== undefined) {
      gw = typeof o.gw === 'string' ? parseIp4(o.gw) : undefined;
      if (gw === undefined) return `ipam.routes[${i}].gw: invalid IP address: ${String(o.gw)}`;
    }
    routes.push({ dst: d.addr, len: d.len, gw });
  }
  return {
    cniVersion: typeof j.cniVersion === 'string' ? j.cniVersion : '',
    name: j.name,
    bridge,
    isGateway: bool('isGateway') === true || bool('isDefaultGateway') === true,
    isDefaultGateway: bool('isDefaultGateway') === true,
    ipMasq: bool('ipMasq') === true,
    hairpinMode: bool('hairpinMode') === true,
    promiscMode: false,
    forceAddress: bool('forceAddress') === true,
    mtu,
    range: {
      subnet: net,
      len: sn.len,
      gateway: gateway as Ip4,
      rangeStart: rangeStart as Ip4,
      rangeEnd: rangeEnd as Ip4,
    },
    routes,
  };
}
