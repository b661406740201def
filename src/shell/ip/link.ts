// `ip link add|set|del|show` (ip/iplink.c, iplink_bridge.c, iplink_macvlan.c, link_veth.c).

import { NetError } from '../../engine/errors.ts';
import { Bridge } from '../../engine/link/bridge.ts';
import type { Device } from '../../engine/link/device.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import type { Ctx } from '../context.ts';
import { briefLink, linkHeader, linkLine } from '../print/link.ts';
import { linkDetails } from '../print/link-details.ts';
import { statsLines } from '../print/link-stats.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { parseVxlanArgs } from './link-vxlan.ts';
import { IP_LINK_USAGE } from './usage.ts';
import {
  checkIfname,
  duparg,
  duparg2,
  fail,
  getMac,
  getUnsigned,
  incomplete,
  invarg,
  matches,
  needDev,
  selectDevices,
  validAltIfname,
} from './util.ts';

/** What one `ip link add/set` (or a veth peer spec) asked for, in iplink_parse's terms. */
interface LinkReq {
  name?: string;
  dev?: string;
  mac?: string;
  mtu?: number;
  txqlen?: number;
  /** promisc on|off */
  promisc?: boolean;
  netns?: Netns;
  up?: boolean;
  master?: string | null;
  link?: string;
  type?: string;
  typeArgs: string[];
}

function parseLinkArgs(ctx: Ctx, argv: string[]): LinkReq {
  const req: LinkReq = { typeArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) incomplete(ctx);
      return v;
    };
    if (a === 'up') req.up = true;
    else if (a === 'down') req.up = false;
    else if (a === 'name') {
      const v = next();
      if (req.name !== undefined) duparg(ctx, 'name', v);
      if (!checkIfname(v)) invarg(ctx, '"name" not a valid ifname', v);
      req.name = v;
    } else if (matches(a, 'address') && a.length >= 1) {
      req.mac = getMac(ctx, next(), 'RTNETLINK answers: Invalid argument');
    } else if (matches(a, 'mtu')) {
      const v = next();
      // get_integer: a negative MTU goes to the kernel as a huge u32, which it refuses.
      if (!/^-?(0x[0-9a-f]+|\d+)$/i.test(v)) invarg(ctx, 'Invalid "mtu" value\n', v);
      req.mtu = Number(v) >>> 0;
    } else if (a === 'netns') {
      const v = next();
      // A number is a PID: in netns-lab every process but the scripts' own lives in the host namespace.
      const ns = /^\d+$/.test(v) && !ctx.world.netns(v) ? ctx.world.host : ctx.world.netns(v);
      if (!ns || v === '') invarg(ctx, 'Invalid "netns" value', v);
      req.netns = ns;
    } else if (a === 'master') {
      const v = next();
      if (!ctx.ns.dev(v)) invarg(ctx, 'Device does not exist', v);
      req.master = v;
    } else if (a === 'nomaster') {
      req.master = null;
    } else if (a === 'link') {
      req.link = next();
    } else if (a === 'type') {
      req.type = next();
      req.typeArgs = argv.slice(i + 1);
      break;
    } else if (a === 'dev') {
      const v = next();
      if (req.dev !== undefined) duparg2(ctx, 'dev', v);
      if (!validAltIfname(v)) invarg(ctx, '"dev" not a valid ifname', v);
      req.dev = v;
    } else if (a === 'promisc') {
      // iplink_parse: on or off, nothing else ("Error: argument of \"promisc\" must be \"on\" or \"off\"").
      const v = next();
      if (v !== 'on' && v !== 'off')
        fail(ctx, `Error: argument of "promisc" must be "on" or "off", not "${v}"`, 1);
      req.promisc = v === 'on';
    } else if (matches(a, 'txqueuelen') || a === 'qlen' || matches(a, 'txqlen')) {
      const v = next();
      if (req.txqlen !== undefined) duparg(ctx, 'txqueuelen', v);
      req.txqlen = getUnsigned(ctx, v, 'Invalid "txqueuelen" value\n');
    } else if (a === 'arp' || a === 'multicast' || a === 'allmulticast' || a === 'group' || a === 'alias') {
      unsupported(ctx, `ip link option "${a}"`);
    } else if (a === 'help') {
      fail(ctx, IP_LINK_USAGE, 255);
    } else {
      // A bare word is the device name (iplink_parse: "dev" is optional).
      if (req.dev !== undefined) duparg2(ctx, 'dev', a);
      if (!validAltIfname(a)) invarg(ctx, '"dev" not a valid ifname', a);
      req.dev = a;
    }
  }
  return req;
}

export function ipLink(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return linkAdd(ctx, rest);
  if (matches(cmd, 'set') || matches(cmd, 'change')) return linkSet(ctx, rest);
  if (matches(cmd, 'delete')) return linkDel(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return linkShow(ctx, rest, opts);
  if (matches(cmd, 'help')) fail(ctx, IP_LINK_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "ip link help".`, 255);
}

function linkAdd(ctx: Ctx, argv: string[]): number {
  const req = parseLinkArgs(ctx, argv);
  const name = req.name ?? req.dev;
  if (!req.type) fail(ctx, 'Not enough information: "type" argument is required', 255);
  // IFLA_IFNAME policy: at most 15 bytes.
  if (name !== undefined && name.length >= 16) fail(ctx, 'Error: Attribute failed policy validation.', 2);
  const world = ctx.world;
  const ns = req.netns ?? ctx.ns;
  if (name === undefined && req.type !== 'veth')
    fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  let dev: Device;
  switch (req.type) {
    case 'veth': {
      let peer: LinkReq = { typeArgs: [] };
      if (req.typeArgs.length) {
        if (req.typeArgs[0] !== 'peer') fail(ctx, 'Usage: ip link <options> type veth [peer <options>]', 255);
        peer = parseLinkArgs(ctx, req.typeArgs.slice(1));
        if (peer.type) unsupported(ctx, '"type" inside a veth peer specification');
        if (peer.name !== undefined && peer.dev !== undefined)
          fail(ctx, 'both "name" and "dev" cannot be used when creating devices.', 255);
      }
      const [a, b] = world.rtnl.addVeth(ns, name ?? autoName(ns), {
        mac: req.mac,
        mtu: req.mtu,
        // veth_newlink: with a `peer` part the peer takes only its own attributes; without one, the
        // device's (so the same MTU).
        peerMtu: req.typeArgs.length ? peer.mtu : req.mtu,
        peerName: peer.name ?? peer.dev,
        peerMac: peer.mac,
        peerNs: peer.netns ?? ctx.ns,
      });
      // rtnl_create_link: each end takes IFLA_TXQLEN from its own attributes.
      if (peer.txqlen !== undefined) world.rtnl.setTxQueueLen(b, peer.txqlen);
      dev = a;
      if (peer.up) world.rtnl.setUp(b, true);
      break;
    }
    case 'bridge': {
      const bo = parseBridgeArgs(ctx, req.typeArgs);
      dev = world.rtnl.addBridge(ns, name!, { mac: req.mac, mtu: req.mtu, ...bo });
      break;
    }
    case 'macvlan': {
      if (!req.link) fail(ctx, 'Error: macvlan requires link.', 2);
      const parent = needDev(ctx, ctx.ns, req.link);
      let mode = 'vepa';
      for (let i = 0; i < req.typeArgs.length; i++) {
        const a = req.typeArgs[i];
        if (a === 'mode') {
          mode = req.typeArgs[++i] ?? incomplete(ctx);
          if (!['private', 'vepa', 'bridge', 'passthru', 'source'].includes(mode)) {
            fail(
              ctx,
              `Error: argument of "mode" must be "private", "vepa", "bridge", "passthru" or "source"`,
              255,
            );
          }
          if (mode !== 'bridge') unsupported(ctx, `macvlan mode ${mode} (netns-lab models mode bridge)`);
        } else unsupported(ctx, `macvlan option "${a}"`);
      }
      if (mode !== 'bridge')
        unsupported(ctx, 'macvlan mode vepa (the default; netns-lab models mode bridge)');
      // With `netns`, the macvlan is registered in that namespace (its name and ifindex are that
      // namespace's); its parent is looked up where the command runs.
      dev = world.rtnl.addMacvlan(ns, name!, parent, { mac: req.mac, mode, mtu: req.mtu });
      break;
    }
    case 'vxlan': {
      const { cfg } = parseVxlanArgs(ctx, req.typeArgs);
      dev = world.rtnl.addVxlan(ns, ctx.ns, name!, cfg, { mac: req.mac, mtu: req.mtu });
      break;
    }
    case 'dummy':
    case 'vlan':
    case 'bond':
    case 'ipvlan':
    case 'tun':
    case 'gre':
    case 'ipip':
      unsupported(ctx, `link type ${req.type}`);
      break;
    default:
      fail(ctx, `Error: Unknown device type.`, 2);
  }
  if (req.txqlen !== undefined) world.rtnl.setTxQueueLen(dev, req.txqlen);
  if (req.master !== undefined) applyMaster(ctx, dev, req.master);
  if (req.up) world.rtnl.setUp(dev, true);
  return 0;
}

function autoName(ns: Netns): string {
  let i = 0;
  while (ns.dev(`veth${i}`)) i++;
  return `veth${i}`;
}

function parseBridgeArgs(ctx: Ctx, argv: string[]): { ageingTime?: number; mcastSnooping?: boolean } {
  const out: { ageingTime?: number; mcastSnooping?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[++i];
    if (v === undefined) incomplete(ctx);
    if (a === 'ageing_time') out.ageingTime = getUnsigned(ctx, v, 'invalid ageing_time');
    else if (a === 'mcast_snooping') out.mcastSnooping = getUnsigned(ctx, v, 'invalid mcast_snooping') !== 0;
    else if (a === 'stp_state') {
      if (getUnsigned(ctx, v, 'invalid stp_state') !== 0) unsupported(ctx, 'STP (stp_state 1)');
    } else unsupported(ctx, `bridge option "${a}"`);
  }
  return out;
}

function applyMaster(ctx: Ctx, dev: Device, master: string | null): void {
  if (master === null) {
    ctx.world.rtnl.setMaster(dev, undefined);
    return;
  }
  const br = needDev(ctx, ctx.ns, master);
  if (!(br instanceof Bridge)) throw new NetError('EOPNOTSUPP');
  ctx.world.rtnl.setMaster(dev, br);
}

function linkSet(ctx: Ctx, argv: string[]): number {
  const req = parseLinkArgs(ctx, argv);
  if (req.dev === undefined) fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  const dev = needDev(ctx, ctx.ns, req.dev);
  const world = ctx.world;
  // do_setlink order: namespace, address, mtu, name, flags, master, then link-type options.
  if (req.netns) world.rtnl.setNetns(dev, req.netns);
  if (req.mac) world.rtnl.setMac(dev, req.mac);
  if (req.mtu !== undefined) world.rtnl.setMtu(dev, req.mtu);
  if (req.txqlen !== undefined) world.rtnl.setTxQueueLen(dev, req.txqlen);
  if (req.name !== undefined) world.rtnl.setName(dev, req.name);
  if (req.promisc !== undefined) world.rtnl.setPromiscFlag(dev, req.promisc);
  if (req.up !== undefined) world.rtnl.setUp(dev, req.up);
  if (req.master !== undefined) applyMaster(ctx, dev, req.master);
  if (req.type) {
    if (req.type !== dev.kind) fail(ctx, 'RTNETLINK answers: Operation not supported', 2);
    if (dev instanceof Bridge) {
      ctx.world.rtnl.setBridgeOptions(dev, parseBridgeArgs(ctx, req.typeArgs));
    }
  }
  return 0;
}

function linkDel(ctx: Ctx, argv: string[]): number {
  const req = parseLinkArgs(ctx, argv);
  if (req.dev === undefined) fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  const dev = needDev(ctx, ctx.ns, req.dev);
  ctx.world.rtnl.delLink(dev);
  return 0;
}

function linkShow(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const devs = selectDevices(ctx, argv);
  for (const d of devs) {
    if (opts.brief) ctx.write(briefLink(d));
    else {
      ctx.write(
        opts.oneline
          ? `${linkHeader(d, { mode: true }).slice(0, -1)}\\${linkLine(d, ctx.ns)}`
          : linkHeader(d, { mode: true }) + (opts.details ? linkDetails(d, ctx.ns) : linkLine(d, ctx.ns)),
      );
      if (opts.stats) ctx.write(statsLines(d, opts.stats));
    }
  }
  return 0;
}
