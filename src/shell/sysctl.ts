// sysctl (procps) and `echo N > /proc/sys/...` for the IPv4 keys netns-lab models: ip_forward,
// conf/{all,default,DEV}/* and neigh/{default,DEV}/*.

import {
  DEVCONF_KEYS,
  type DevConf,
  type DevconfKey,
  NEIGH_KEYS,
  type NeighKey,
} from '../engine/ipv4/devconf.ts';
import type { Netns } from '../engine/netns/netns.ts';
import type { Ctx } from './context.ts';

type Handle = { get(): number; set(v: number): void };

function lookup(ns: Netns, key: string): Handle | 'unsupported' | undefined {
  const parts = key.split(/[./]/);
  if (parts[0] !== 'net') return 'unsupported';
  if (parts[1] === 'bridge' && parts.length === 3) {
    if (parts[2] === 'bridge-nf-call-iptables')
      return { get: () => ns.bridgeNf.callIptables, set: (v) => (ns.bridgeNf.callIptables = v ? 1 : 0) };
    return /^bridge-nf-/.test(parts[2]) ? 'unsupported' : undefined;
  }
  if (parts[1] !== 'ipv4') return 'unsupported';
  if (parts.length === 3 && parts[2] === 'ip_forward') {
    return { get: () => ns.confAll.v.forwarding, set: (v) => setForwarding(ns, v) };
  }
  if (parts.length === 3 && parts[2] in ns.ipv4) {
    const k = parts[2] as keyof Netns['ipv4'];
    return { get: () => ns.ipv4[k], set: (v) => (ns.ipv4[k] = v) };
  }
  if (parts.length === 5 && parts[2] === 'conf') {
    const [, , , where, k] = parts;
    if (!(DEVCONF_KEYS as readonly string[]).includes(k)) return undefined;
    const key = k as DevconfKey;
    const conf = confFor(ns, where);
    if (!conf) return undefined;
    if (key === 'forwarding' && where === 'all')
      return { get: () => conf.v.forwarding, set: (v) => setForwarding(ns, v) };
    return { get: () => conf.v[key], set: (v) => (conf.v[key] = v) };
  }
  if (parts.length === 5 && parts[2] === 'neigh') {
    const [, , , where, k] = parts;
    if (!(NEIGH_KEYS as readonly string[]).includes(k)) return undefined;
    const conf = where === 'default' ? ns.confDefault : ns.dev(where)?.conf;
    if (!conf) return undefined;
    return { get: () => conf.neigh[k as NeighKey], set: (v) => (conf.neigh[k as NeighKey] = v) };
  }
  // Real keys netns-lab does not model are reported as such; anything else does not exist.
  if (
    parts.length === 3 &&
    /^(tcp_|udp_|icmp_|igmp_|ip_|ipfrag_|inet_|fib_|ping_|raw_|nexthop_|fwmark_|cipso|xfrm4)/.test(parts[2])
  ) {
    return 'unsupported';
  }
  if (parts.length >= 3 && (parts[2] === 'route' || parts[2] === 'vs' || parts[2] === 'netfilter'))
    return 'unsupported';
  return undefined;
}

function confFor(ns: Netns, where: string): DevConf | undefined {
  if (where === 'all') return ns.confAll;
  if (where === 'default') return ns.confDefault;
  return ns.dev(where)?.conf;
}

/** devinet_sysctl_forward / inet_forward_change: on a change, all, default and every device follow. */
function setForwarding(ns: Netns, v: number): void {
  const on = v ? 1 : 0;
  if (ns.confAll.v.forwarding === on) return;
  ns.confAll.v.forwarding = on;
  ns.confDefault.v.forwarding = on;
  for (const d of ns.devices()) d.conf.v.forwarding = on;
}

function parseValue(s: string): number | undefined {
  const t = s.trim();
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

export function sysctl(ctx: Ctx, argv: string[]): number {
  let write = false;
  let quiet = false;
  let valueOnly = false;
  const keys: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-') && keys.length === 0 && a !== '-') {
      for (const c of a.slice(1)) {
        if (c === 'w') write = true;
        else if (c === 'q') quiet = true;
        else if (c === 'n') valueOnly = true;
        else if (c === 'e' || c === 'N') {
          /* ignored */
        } else {
          ctx.write(`netns-lab: unsupported: sysctl option -${c}\n`);
          return 2;
        }
      }
    } else keys.push(a);
  }
  let status = 0;
  for (const arg of keys) {
    const eq = arg.indexOf('=');
    if (eq >= 0 || write) {
      if (eq < 0) {
        ctx.write('sysctl: command line(0): invalid syntax, continuing...\n');
        status = 1;
        continue;
      }
      const key = arg.slice(0, eq).trim();
      const value = arg.slice(eq + 1).trim();
      const h = lookup(ctx.ns, key);
      if (h === 'unsupported') {
        ctx.write(`netns-lab: unsupported: sysctl ${key}\n`);
        status = 2;
        continue;
      }
      if (!h) {
        ctx.write(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
        status = 1;
        continue;
      }
      const v = parseValue(value);
      if (v === undefined) {
        ctx.write(`sysctl: setting key "${key}": Invalid argument\n`);
        status = 255;
        continue;
      }
      h.set(v);
      if (!quiet) ctx.write(valueOnly ? `${h.get()}\n` : `${key} = ${h.get()}\n`);
    } else {
      const h = lookup(ctx.ns, arg);
      if (h === 'unsupported') {
        ctx.write(`netns-lab: unsupported: sysctl ${arg}\n`);
        status = 2;
        continue;
      }
      if (!h) {
        ctx.write(`sysctl: cannot stat /proc/sys/${arg.replace(/\./g, '/')}: No such file or directory\n`);
        status = 1;
        continue;
      }
      ctx.write(valueOnly ? `${h.get()}\n` : `${arg} = ${h.get()}\n`);
    }
  }
  return status;
}

/** `echo VALUE > /proc/sys/net/...`. */
export function procWrite(ctx: Ctx, value: string, path: string): number {
  const m = /^\/proc\/sys\/(.+)$/.exec(path);
  if (!m) {
    ctx.write(`netns-lab: unsupported: writing to ${path}\n`);
    return 2;
  }
  const h = lookup(ctx.ns, m[1]);
  if (h === 'unsupported') {
    ctx.write(`netns-lab: unsupported: ${path}\n`);
    return 2;
  }
  if (!h) {
    ctx.write(`bash: line 1: ${path}: No such file or directory\n`);
    return 1;
  }
  const v = parseValue(value);
  if (v === undefined) {
    ctx.write(`bash: line 1: echo: write error: Invalid argument\n`);
    return 1;
  }
  h.set(v);
  return 0;
}
