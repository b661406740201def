// `ip -j [-p]`: iproute2 6.1's JSON for link, addr, route, neigh and route get (lib/json_writer.c,
// ip/ipaddress.c, iproute.c, ipneigh.c). The common shapes are modelled; anything whose JSON netns-lab
// has not checked against the kernel (route types and metrics, cached exceptions, secondary addresses,
// filters) says unsupported rather than guess.

import type { Device } from '../../engine/link/device.ts';
import { Macvlan } from '../../engine/link/macvlan.ts';
import { Veth } from '../../engine/link/veth.ts';
import { Vxlan } from '../../engine/link/vxlan.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { RT_TABLE_MAIN } from '../../engine/route/fib.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { linkFlags, nameAndLink } from '../print/link.ts';
import { unsupported as stop } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { fail, matches } from './util.ts';

type Json = string | number | boolean | Json[] | { [k: string]: Json };

/** json_writer: compact, or pretty with 4 spaces a level, arrays inline, objects one member a line. */
export function writeJson(v: Json, pretty: boolean): string {
  let depth = 0;
  const eol = () => (pretty ? `\n${'    '.repeat(depth)}` : '');
  const val = (x: Json): string => {
    if (typeof x === 'string') return JSON.stringify(x);
    if (typeof x === 'number' || typeof x === 'boolean') return String(x);
    if (Array.isArray(x)) {
      depth++;
      const inner = x.map(val).join(',');
      depth--;
      if (!pretty) return `[${inner}]`;
      return x.length ? `[ ${inner} ]` : '[ ]';
    }
    depth++;
    const members = Object.entries(x).map(
      ([k, m]) => `${eol()}${JSON.stringify(k)}:${pretty ? ' ' : ''}${val(m)}`,
    );
    depth--;
    return `{${members.join(',')}${members.length ? eol() : ''}}`;
  };
  return `${val(v)}\n`;
}

function unsupported(ctx: Ctx, what: string): never {
  stop(ctx, `ip -j ${what}`);
}

function linkObject(ctx: Ctx, d: Device, addr: boolean): { [k: string]: Json } {
  if (d instanceof Vxlan && d.underlay !== d.netns)
    unsupported(ctx, 'of a VXLAN device moved off its underlay');
  const o: { [k: string]: Json } = { ifindex: d.ifindex };
  Object.assign(o, linkRef(d));
  o.ifname = nameAndLink(d).name.replace(/@.*/, '');
  o.flags = linkFlags(d, nameAndLink(d).mdown).slice(1, -1).split(',');
  o.mtu = d.mtu;
  o.qdisc = d.everUp ? 'noqueue' : 'noop';
  if (d.master) o.master = d.master.name;
  o.operstate = d.operstate();
  if (!addr) o.linkmode = 'DEFAULT';
  o.group = 'default';
  if (d.txQueueLen) o.txqlen = d.txQueueLen;
  const lo = d.kind === 'loopback';
  o.link_type = lo ? 'loopback' : 'ether';
  o.address = d.mac;
  o.broadcast = lo ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff';
  const peer = linkPeerNetns(d);
  if (peer) o.link_netnsid = ctx.ns.nsidOf(peer);
  return o;
}

/**
 * nla_put_iflink puts IFLA_LINK when it is another device, or always beside a link netnsid; iproute2
 * names it ("link") when that index is a device of this namespace, else gives the number.
 */
function linkRef(d: Device): { link?: string; link_index?: number } {
  const elsewhere = linkPeerNetns(d) !== undefined;
  if (d.iflink() === d.ifindex && !elsewhere) return {};
  const local = elsewhere ? undefined : d.netns.devByIndex(d.iflink());
  return local ? { link: local.name } : { link_index: d.iflink() };
}

/** The namespace of a veth peer or macvlan parent that lives elsewhere (link_netnsid). */
function linkPeerNetns(d: Device): Netns | undefined {
  const other = d instanceof Veth ? d.peer : d instanceof Macvlan ? d.parent : undefined;
  return other && other.netns !== d.netns ? other.netns : undefined;
}

function devices(ctx: Ctx, argv: string[]): Device[] {
  const rest = argv[0] === 'dev' ? argv.slice(1) : argv;
  if (rest.length > 1) unsupported(ctx, `${argv.join(' ')} (filters)`);
  if (rest.length === 0) return ctx.ns.devices();
  const d = ctx.ns.dev(rest[0]);
  if (!d) fail(ctx, `Device "${rest[0]}" does not exist.`, 1);
  return [d];
}

export function ipJson(ctx: Ctx, obj: string, argv: string[], opts: IpOpts): number {
  const out = (v: Json) => ctx.write(writeJson(v, opts.pretty));
  if (opts.details || opts.stats || opts.family) unsupported(ctx, 'with -d, -s or a family');
  const cmd = argv[0] ?? 'show';
  const show = matches(cmd, 'show') || matches(cmd, 'list');
  const rest = argv.slice(1);
  if (obj === 'link' && show) {
    out(devices(ctx, rest).map((d) => linkObject(ctx, d, false)));
    return 0;
  }
  if (obj === 'address' && show) {
    const devs = devices(ctx, rest);
    if (devs.some((d) => d.addrs.some((a) => a.secondary || a.label !== d.name)))
      unsupported(ctx, 'addr with secondary or labelled addresses');
    if (opts.brief) {
      out(
        devs.map((d) => {
          const o: { [k: string]: Json } = {};
          Object.assign(o, linkRef(d));
          o.ifname = nameAndLink(d).name.replace(/@.*/, '');
          o.operstate = d.operstate();
          o.addr_info = d.addrs.map((a) => ({ local: ip4ToString(a.local), prefixlen: a.prefixLen }));
          return o;
        }),
      );
      return 0;
    }
    out(
      devs.map((d) => ({
        ...linkObject(ctx, d, true),
        addr_info: d.addrs.map((a) => {
          const o: { [k: string]: Json } = {
            family: 'inet',
            local: ip4ToString(a.local),
            prefixlen: a.prefixLen,
          };
          if (a.broadcast !== undefined) o.broadcast = ip4ToString(a.broadcast);
          o.scope = a.scope;
          o.label = a.label;
          o.valid_life_time = 4294967295;
          o.preferred_life_time = 4294967295;
          return o;
        }),
      })),
    );
    return 0;
  }
  if (opts.brief) unsupported(ctx, `-br ${obj}`);
  if (obj === 'route' && show) {
    if (rest.length) unsupported(ctx, `route show ${rest.join(' ')}`);
    const routes = ctx.ns.fib.table(RT_TABLE_MAIN);
    if (routes.some((r) => r.type !== 'unicast' || r.mtu !== undefined || r.onlink))
      unsupported(ctx, 'route show with typed, onlink or MTU routes');
    out(
      routes.map((r) => {
        const o: { [k: string]: Json } = {
          dst: r.len === 0 ? 'default' : r.len === 32 ? ip4ToString(r.dst) : `${ip4ToString(r.dst)}/${r.len}`,
        };
        if (r.gw !== undefined) o.gateway = ip4ToString(r.gw);
        if (r.dev) o.dev = r.dev.name;
        if (r.proto !== 'boot') o.protocol = r.proto;
        if (r.scope !== 'global') o.scope = r.scope;
        if (r.prefsrc !== undefined) o.prefsrc = ip4ToString(r.prefsrc);
        if (r.metric) o.metric = r.metric;
        o.flags = r.dev && r.dev.up && !r.dev.carrier ? ['linkdown'] : [];
        return o;
      }),
    );
    return 0;
  }
  if (obj === 'route' && matches(cmd, 'get')) {
    if (rest.length !== 1) unsupported(ctx, `route get ${rest.join(' ')}`);
    const dst = rest[0];
    const addr = /^\d+\.\d+\.\d+\.\d+$/.test(dst)
      ? dst.split('.').reduce((s, o) => s * 256 + Number(o), 0)
      : undefined;
    if (addr === undefined) unsupported(ctx, `route get ${dst}`);
    const ro = ctx.ns.stack.routeOutputKey(addr, {});
    if (ro.error || ro.route.type !== 'unicast' || ro.fnhe || ro.route.table !== RT_TABLE_MAIN)
      unsupported(ctx, 'route get of a local, broadcast, cached or unreachable destination');
    const o: { [k: string]: Json } = { dst: ip4ToString(addr) };
    if (ro.gw !== undefined) o.gateway = ip4ToString(ro.gw);
    o.dev = ro.route.dev!.name;
    o.prefsrc = ip4ToString(ro.src);
    o.flags = [];
    o.uid = 0;
    o.cache = [];
    out([o]);
    return 0;
  }
  if (obj === 'neighbour' && show) {
    if (rest.length) unsupported(ctx, `neigh show ${rest.join(' ')}`);
    const entries = ctx.ns.stack.neigh.all().filter((n) => n.state !== 'NONE' && n.state !== 'NOARP');
    if (entries.some((n) => n.isRouter)) unsupported(ctx, 'neigh with router entries');
    out(
      entries.map((n) => {
        const o: { [k: string]: Json } = { dst: ip4ToString(n.ip), dev: n.dev.name };
        if (n.lladdr && n.state !== 'INCOMPLETE' && n.state !== 'FAILED') o.lladdr = n.lladdr;
        o.state = [n.state];
        return o;
      }),
    );
    return 0;
  }
  unsupported(ctx, `${obj} ${argv.join(' ')}`.trim());
}
