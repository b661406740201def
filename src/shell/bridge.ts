// `bridge fdb show|add|append|replace|del` and `bridge link show|set` (iproute2 bridge/fdb.c, link.c).

import { NetError } from '../engine/errors.ts';
import { Bridge } from '../engine/link/bridge.ts';
import type { Device } from '../engine/link/device.ts';
import type { FdbEntry } from '../engine/link/fdb.ts';
import { Macvlan } from '../engine/link/macvlan.ts';
import { Veth } from '../engine/link/veth.ts';
import { Vxlan } from '../engine/link/vxlan.ts';
import { NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE, type VxlanRdst } from '../engine/link/vxlan-fdb.ts';
import { type Ctx, Exit, netlinkErrorLine, writeErr } from './context.ts';
import { EXIT } from './exit.ts';
import { BRIDGE_FDB_USAGE, BRIDGE_LINK_USAGE, BRIDGE_USAGE } from './ip/usage.ts';
import { fail, getAddr, incomplete, invarg, matches, needDev, parseUnsigned } from './ip/util.ts';
import { linkFlags } from './print/link.ts';
import { vxlanFdbLines } from './print/vxlan-fdb.ts';
import { reportUnsupported, unsupported } from './unsupported.ts';

/**
 * br port_cost: from the link speed ethtool reports (a veth says 10000 Mb/s: cost 2; a macvlan says
 * its parent's; a bridge the fastest of its running ports), else the fallback 100.
 */
export function portCost(dev: Device): number {
  const speed = (d: Device): boolean =>
    d instanceof Veth ||
    (d instanceof Macvlan && speed(d.parent)) ||
    (d instanceof Bridge && d.ports.some((p) => p.dev.up && speed(p.dev)));
  return speed(dev) ? 2 : 100;
}

export function bridgeCmd(ctx: Ctx, argv: string[]): number {
  try {
    return bridgeMain(ctx, argv);
  } catch (e) {
    // bridge returns -1 when rtnl_talk fails: the kernel's error, exit 255 (ip exits 2).
    if (!(e instanceof NetError)) throw e;
    writeErr(ctx, netlinkErrorLine(e));
    throw new Exit(EXIT.USAGE);
  }
}

function bridgeMain(ctx: Ctx, argv: string[]): number {
  let i = 0;
  let details = false;
  let stats = false;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const o = argv[i];
    if (matches(o, '-help')) fail(ctx, BRIDGE_USAGE, 255);
    else if (matches(o, '-Version')) {
      ctx.write('bridge utility, 6.1.0\n');
      return 0;
    } else if (matches(o, '-details')) details = true;
    else if (matches(o, '-netns')) {
      // bridge -n NS: netns_switch, as `ip -n` does.
      const name = argv[++i] ?? incomplete(ctx);
      const ns = ctx.world.netns(name);
      if (!ns || name === '') fail(ctx, `Cannot open network namespace "${name}": No such file or directory`);
      ctx = { ...ctx, ns };
    } else if (o === '-s' || matches(o, '-statistics')) stats = true;
    else if (matches(o.split('=')[0], '-color')) {
      // matches_color: -c and -color(=always) colour even into a file.
      const v = o.includes('=') ? o.slice(o.indexOf('=') + 1) : 'always';
      if (v === 'always') reportUnsupported(ctx, 'bridge -color (the output below is not coloured)');
    } else fail(ctx, `Option "${o}" is unknown, try "bridge help".`, 255);
  }
  const obj = argv[i];
  const rest = argv.slice(i + 1);
  if (obj === undefined) fail(ctx, BRIDGE_USAGE, 255);
  if (matches(obj, 'fdb')) {
    if (stats) unsupported(ctx, 'bridge -s fdb (the used/updated ages)');
    return fdb(ctx, rest);
  }
  if (matches(obj, 'link')) return link(ctx, rest, details);
  if (matches(obj, 'vlan')) {
    // No bridge filters VLANs here (vlan_filtering 0), so no port has an entry: the header alone.
    const cmd = rest[0];
    const showing = cmd === undefined || matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst');
    const devOk =
      rest.length <= 1 || (rest.length === 3 && rest[1] === 'dev' && ctx.ns.dev(rest[2]) !== undefined);
    if (!showing || !devOk) unsupported(ctx, `bridge vlan ${rest.join(' ')}`);
    ctx.write('port              vlan-id  \n');
    return 0;
  }
  if (matches(obj, 'mdb') || matches(obj, 'monitor')) unsupported(ctx, `bridge ${obj}`);
  if (matches(obj, 'help')) fail(ctx, BRIDGE_USAGE, 255);
  fail(ctx, `Object "${obj}" is unknown, try "bridge help".`, 255);
}

function fdbState(br: Bridge, e: FdbEntry): string {
  if (e.local) return 'permanent';
  if (e.isStatic) return 'static';
  if (br.ageOf(e) * 100 > br.ageingTime && !e.addedByUser) return 'stale';
  return '';
}

function fdb(ctx: Ctx, argv: string[]): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return fdbShow(ctx, rest);
  if (cmd === 'add' || matches(cmd, 'append') || matches(cmd, 'replace') || matches(cmd, 'delete')) {
    return fdbModify(
      ctx,
      rest,
      cmd === 'add' ? 'add' : cmd.startsWith('ap') ? 'append' : cmd.startsWith('r') ? 'replace' : 'del',
    );
  }
  if (matches(cmd, 'help')) fail(ctx, BRIDGE_FDB_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "bridge fdb help".`, 255);
}

function fdbShow(ctx: Ctx, argv: string[]): number {
  let brFilter: Device | undefined;
  let devFilter: Device | undefined;
  let dynamic = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'br') {
      const name = argv[++i] ?? incomplete(ctx);
      if (!ctx.ns.dev(name)) fail(ctx, `Cannot find bridge device "${name}"`, 255);
      brFilter = ctx.ns.dev(name);
    } else if (a === 'brport' || a === 'dev')
      devFilter = needDev(ctx, ctx.ns, argv[++i] ?? incomplete(ctx), 255);
    else if (a === 'dynamic') dynamic = true;
    else unsupported(ctx, `bridge fdb show argument "${a}"`);
  }
  const lines: string[] = [];
  for (const dev of ctx.ns.devices()) {
    if (dev.kind === 'loopback') continue;
    if (devFilter && dev !== devFilter) continue;
    if (brFilter && dev !== brFilter && dev.master !== brFilter) continue;
    const devPart = devFilter ? '' : `dev ${dev.name} `;
    // The device's own address lists ("self", ndo_dflt_fdb_dump): unicast (user entries, macvlan
    // children's MACs), then multicast: IPv6 all-nodes (joined at registration even with IPv6
    // disabled), IPv4 all-hosts while up, and a snooping bridge's multicast-router groups.
    const self: string[] = [...dev.ucAddrs];
    for (const m of ctx.world.macvlansOf(dev)) if (m.up) self.push(m.mac);
    self.push('33:33:00:00:00:01');
    if (dev.up) self.push('01:00:5e:00:00:01');
    if (dev instanceof Bridge && dev.up && dev.mcastSnooping)
      self.push('01:00:5e:00:00:6a', '33:33:00:00:00:6a');
    // A VXLAN device dumps its own FDB (vxlan_fdb_dump) instead of the address lists.
    const selfLines =
      dev instanceof Vxlan
        ? vxlanFdbLines(dev, ctx.ns, devPart, dynamic)
        : self.map((mac) => `${mac} ${devPart}self permanent\n`);
    if (dev instanceof Bridge) {
      if (!dynamic) lines.push(...selfLines);
      for (const e of dev.fdb.all()) {
        if (e.port) continue;
        if (dynamic && e.local) continue;
        lines.push(`${e.mac} ${devPart}master ${dev.name} ${fdbState(dev, e)}\n`);
      }
      continue;
    }
    const br = dev.master;
    if (br) {
      for (const e of br.fdb.all()) {
        if (e.port !== dev) continue;
        if (dynamic && e.local) continue;
        lines.push(`${e.mac} ${devPart}master ${br.name} ${fdbState(br, e)}\n`);
      }
    }
    if (!dynamic || dev instanceof Vxlan) lines.push(...selfLines);
  }
  ctx.write(lines.join(''));
  return 0;
}

function fdbModify(ctx: Ctx, argv: string[], mode: 'add' | 'append' | 'replace' | 'del'): number {
  let mac: string | undefined;
  let dev: string | undefined;
  let self = false;
  let master = false;
  let state: 'permanent' | 'static' | 'dynamic' = 'permanent';
  const remote: Partial<VxlanRdst> = {};
  let remoteWord: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'dev') dev = argv[++i] ?? incomplete(ctx);
    else if (a === 'dst') {
      const v = argv[++i] ?? incomplete(ctx);
      remote.ip = getAddr(ctx, v);
      remoteWord ??= a;
    } else if (a === 'port') {
      const v = argv[++i] ?? incomplete(ctx);
      const n = parseUnsigned(v);
      if (n === undefined || n > 0xffff) invarg(ctx, 'invalid port\n', v);
      remote.port = n;
      remoteWord ??= a;
    } else if (a === 'vni') {
      const v = argv[++i] ?? incomplete(ctx);
      const n = parseUnsigned(v);
      if (n === undefined || n >= 1 << 24) invarg(ctx, 'invalid VNI\n', v);
      remote.vni = n;
      remoteWord ??= a;
    } else if (a === 'via') {
      const v = argv[++i] ?? incomplete(ctx);
      const d = ctx.ns.dev(v);
      if (!d) fail(ctx, `Cannot find device "${v}"`, 255);
      remote.ifindex = d.ifindex;
      remoteWord ??= a;
    } else if (a === 'self') self = true;
    else if (matches(a, 'master')) master = true;
    else if (matches(a, 'local') || matches(a, 'permanent')) state = 'permanent';
    else if (matches(a, 'temp') || matches(a, 'static')) state = 'static';
    else if (matches(a, 'dynamic')) state = 'dynamic';
    else if (
      a === 'vlan' ||
      a === 'src_vni' ||
      a === 'nhid' ||
      a === 'router' ||
      a === 'extern_learn' ||
      a === 'sticky' ||
      a === 'use'
    ) {
      unsupported(ctx, `bridge fdb option "${a}"`);
    } else {
      if (mac !== undefined) fail(ctx, `Error: either "to" is duplicate, or "${a}" is a garbage.`, 255);
      mac = a === 'to' ? argv[++i] : a;
    }
  }
  if (dev === undefined || mac === undefined) fail(ctx, 'Device and address are required arguments.', 255);
  const m =
    /^([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})/.exec(
      mac,
    );
  if (!m) fail(ctx, `Invalid mac address ${mac}`, 255);
  const addr = m
    .slice(1)
    .map((x) => x.toLowerCase().padStart(2, '0'))
    .join(':');
  const d = needDev(ctx, ctx.ns, dev, 255);
  // rtnl_fdb_add / rtnl_fdb_del: only Ethernet devices have an FDB (lo is ARPHRD_LOOPBACK).
  if (d.kind === 'loopback')
    throw new NetError(
      'EINVAL',
      `FDB ${mode === 'del' ? 'delete' : 'add'} only supported for Ethernet devices.`,
    );
  if (d instanceof Vxlan && (self || !master)) {
    // rtnl_fdb_add/del: the master bridge's FDB first (NTF_MASTER), then the device's own (NTF_SELF).
    if (master) {
      if (mode === 'del') ctx.world.rtnl.fdbDel(d, addr, { self: false, master });
      else ctx.world.rtnl.fdbAdd(d, addr, { self: false, master, state }, mode);
    }
    // NUD bits as fdb_modify sets them: NOARP unless dynamic, PERMANENT unless static or dynamic.
    const nud =
      state === 'permanent'
        ? NUD_NOARP | NUD_PERMANENT
        : state === 'static'
          ? NUD_NOARP | NUD_REACHABLE
          : NUD_REACHABLE;
    if (mode === 'del') ctx.world.rtnl.vxlanFdbDel(d, addr, remote);
    else ctx.world.rtnl.vxlanFdbAdd(d, addr, remote, nud, mode);
    return 0;
  }
  if (remoteWord !== undefined)
    unsupported(ctx, `bridge fdb option "${remoteWord}" on a device that is not VXLAN`);
  if (mode === 'del') ctx.world.rtnl.fdbDel(d, addr, { self, master });
  else ctx.world.rtnl.fdbAdd(d, addr, { self, master, state }, mode);
  return 0;
}

const PORT_STATES = ['disabled', 'listening', 'learning', 'forwarding', 'blocking'];

function link(ctx: Ctx, argv: string[], details: boolean): number {
  const cmd = argv[0] ?? 'show';
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) {
    let devFilter: Device | undefined;
    for (let i = 1; i < argv.length; i++) {
      if (argv[i] === 'dev') devFilter = needDev(ctx, ctx.ns, argv[++i] ?? incomplete(ctx), 255);
      else unsupported(ctx, `bridge link show argument "${argv[i]}"`);
    }
    for (const dev of ctx.ns.devices()) {
      const br = dev.master;
      if (!br || (devFilter && dev !== devFilter)) continue;
      const p = br.port(dev)!;
      // AF_BRIDGE dumps carry IFLA_LINK without the link's netnsid, so bridge resolves the index locally.
      let name = dev.name;
      let mdown = false;
      const iflink = dev instanceof Veth || dev instanceof Macvlan ? dev.iflink() : dev.ifindex;
      if (iflink !== dev.ifindex) {
        const local = ctx.ns.devByIndex(iflink);
        name = `${dev.name}@${local ? local.name : `if${iflink}`}`;
        mdown = local ? !local.up : false;
      }
      const state = PORT_STATES[br.portForwarding(p) ? 3 : 0];
      ctx.write(
        `${dev.ifindex}: ${name}: ${linkFlags(dev, mdown)} mtu ${dev.mtu} master ${br.name} state ${state} priority 32 cost ${portCost(dev)} \n`,
      );
      if (details) {
        ctx.write(
          `    hairpin ${p.hairpin ? 'on' : 'off'} guard off root_block off fastleave off learning ${p.learning ? 'on' : 'off'} flood ${p.flood ? 'on' : 'off'} mcast_flood on bcast_flood on mcast_router 1 mcast_to_unicast off neigh_suppress off vlan_tunnel off isolated ${p.isolated ? 'on' : 'off'} locked off \n`,
        );
      }
    }
    return 0;
  }
  if (matches(cmd, 'set')) {
    let dev: Device | undefined;
    const flags: { hairpin?: boolean; learning?: boolean; flood?: boolean; isolated?: boolean } = {};
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i];
      const onoff = (): boolean => {
        const v = argv[++i] ?? incomplete(ctx);
        if (v !== 'on' && v !== 'off')
          fail(ctx, `Error: argument of "${a}" must be "on" or "off", not "${v}"`, 255);
        return v === 'on';
      };
      if (a === 'dev') {
        const name = argv[++i] ?? incomplete(ctx);
        if (!ctx.ns.dev(name)) fail(ctx, `Cannot find bridge device "${name}"`, 255);
        dev = ctx.ns.dev(name);
      } else if (a === 'hairpin' || a === 'learning' || a === 'flood') flags[a] = onoff();
      else if (a === 'isolated') {
        // parse_one_of: the newer wording, and -EINVAL as the exit status.
        const v = argv[++i] ?? incomplete(ctx);
        if (v !== 'on' && v !== 'off')
          fail(ctx, `Error: argument of "isolated" must be one of "off", "on", not "${v}"`, 234);
        flags.isolated = v === 'on';
      } else unsupported(ctx, `bridge link set option "${a}"`);
    }
    if (!dev) fail(ctx, 'Device is a required argument.', 255);
    ctx.world.rtnl.setBridgePort(dev, flags);
    return 0;
  }
  if (matches(cmd, 'help')) fail(ctx, BRIDGE_LINK_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "bridge link help".`, 255);
}
