// The /proc/sys/net tree of one namespace, for the keys netns-lab models: net.ipv4.ip_forward and
// the namespace scalars, conf/{all,default,DEV}/* (devinet_sysctl), neigh/{default,DEV}/*
// (neigh_sysctl_register), net.bridge.bridge-nf-call-iptables (br_netfilter) and the
// net.netfilter.nf_conntrack_* timeouts and tcp_loose conntrack reads. rtnl.ts is the only caller of
// `set`.

import { NetError } from '../errors.ts';
import {
  DEVCONF_KEYS,
  type DevConf,
  type DevconfKey,
  FOLLOWS_DEFAULT,
  NEIGH_KEYS,
  type NeighKey,
} from '../ipv4/devconf.ts';
import { CT_SYSCTL_DEFAULTS, type CtSysctl } from '../netfilter/conntrack.ts';
import { writable } from '../writable.ts';
import type { Netns } from './netns.ts';

export interface SysctlEntry {
  get(): number;
  set(v: number): void;
  /** proc_dointvec_minmax's bounds: a value outside is EINVAL. */
  range?: readonly [number, number];
  /** A 0444 file (a count the kernel keeps). */
  readOnly?: boolean;
}

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);
/** do_proc_dointvec_jiffies_conv refuses a number of seconds above INT_MAX / HZ (HZ 250). */
const JIFFY_LIMIT = Math.floor(INT_MAX / 250);

/** The bounds of the namespace scalars (net/ipv4/sysctl_net_ipv4.c). */
const IPV4_RANGES: Record<keyof Netns['ipv4'], readonly [number, number]> = {
  icmp_echo_ignore_all: [0, 1],
  icmp_echo_ignore_broadcasts: [0, 1],
  ip_default_ttl: [1, 255],
  icmp_ratelimit: [0, INT_MAX],
  icmp_ratemask: [INT_MIN, INT_MAX],
  icmp_msgs_per_sec: [0, INT_MAX],
  icmp_msgs_burst: [0, INT_MAX],
};

const ROUTE_RANGES: Record<keyof Netns['route'], readonly [number, number]> = {
  mtu_expires: [INT_MIN, INT_MAX],
  min_pmtu: [68, INT_MAX],
};

/**
 * Neighbour times are kept in jiffies: HZ is 250 on the kernel the goldens come from, so a time in
 * ms is rounded up to 4 ms (msecs_to_jiffies) and USER_HZ (1/100 s) values go through jiffies too.
 * Each view reads and writes one stored key in its own unit.
 */
const JIFFY_MS = 4;
const msToJiffyMs = (v: number) => {
  if (v < 0) throw new NetError('EINVAL');
  return Math.ceil(v / JIFFY_MS) * JIFFY_MS;
};
const NEIGH_VIEWS: Record<string, { key: NeighKey; get(ms: number): number; set(v: number): number }> = {
  retrans_time_ms: { key: 'retrans_time_ms', get: (ms) => ms, set: msToJiffyMs },
  base_reachable_time_ms: { key: 'base_reachable_time_ms', get: (ms) => ms, set: msToJiffyMs },
  // USER_HZ: jiffies_to_clock_t and clock_t_to_jiffies.
  retrans_time: {
    key: 'retrans_time_ms',
    get: (ms) => Math.floor(ms / 10),
    set: (v) => Math.floor((v * 250) / 100) * JIFFY_MS,
  },
  base_reachable_time: {
    key: 'base_reachable_time_ms',
    get: (ms) => Math.floor(ms / 1000),
    set: (v) => v * 1000,
  },
};

/**
 * A path below /proc/sys ("net/ipv4/conf/eth0.100/forwarding": a device name may hold a '.', never a
 * '/') → its entry; 'unsupported' for real keys netns-lab does not model.
 */
export function sysctlEntry(ns: Netns, path: string): SysctlEntry | 'unsupported' | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'net') return 'unsupported';
  if (parts[1] === 'bridge' && parts.length === 3) {
    if (parts[2] === 'bridge-nf-call-iptables')
      return {
        get: () => ns.bridgeNf.callIptables,
        set: (v) => {
          writable(ns.bridgeNf).callIptables = v ? 1 : 0;
        },
      };
    return /^bridge-nf-/.test(parts[2]) ? 'unsupported' : undefined;
  }
  if (parts.length === 3 && parts[1] === 'netfilter' && parts[2] === 'nf_conntrack_count') {
    // The namespace's entries; the kernel's count also holds expired ones its GC has not reaped yet.
    return {
      get: () => ns.nf.ct.entries(ns.world.clock.now).length,
      set: () => {
        throw new NetError('EACCES');
      },
      readOnly: true,
    };
  }
  if (parts.length === 3 && parts[1] === 'netfilter' && parts[2] in CT_SYSCTL_DEFAULTS) {
    const k = parts[2] as keyof CtSysctl;
    return {
      get: () => ns.nf.ct.sysctl[k],
      set: (v) => {
        writable(ns.nf.ct.sysctl)[k] = v;
      },
      // tcp_loose is proc_dointvec_minmax 0–1; a timeout is proc_dointvec_jiffies, seconds × HZ (250)
      // kept in an int.
      range: k === 'nf_conntrack_tcp_loose' ? [0, 1] : [-JIFFY_LIMIT, JIFFY_LIMIT],
    };
  }
  if (parts[1] !== 'ipv4') return 'unsupported';
  if (parts.length === 3 && parts[2] === 'ip_forward') {
    return { get: () => ns.confAll.v.forwarding, set: (v) => setForwarding(ns, v) };
  }
  if (parts.length === 3 && parts[2] in ns.ipv4) {
    const k = parts[2] as keyof Netns['ipv4'];
    return {
      get: () => ns.ipv4[k],
      set: (v) => {
        writable(ns.ipv4)[k] = v;
      },
      range: IPV4_RANGES[k],
    };
  }
  if (parts.length === 4 && parts[2] === 'route' && parts[3] in ns.route) {
    const k = parts[3] as keyof Netns['route'];
    return {
      get: () => ns.route[k],
      set: (v) => {
        writable(ns.route)[k] = v;
      },
      range: ROUTE_RANGES[k],
    };
  }
  if (parts.length === 5 && parts[2] === 'conf') {
    const [, , , where, k] = parts;
    if (!(DEVCONF_KEYS as readonly string[]).includes(k)) return undefined;
    const key = k as DevconfKey;
    const conf = confFor(ns, where);
    if (!conf) return undefined;
    if (key === 'forwarding' && where === 'all')
      return { get: () => conf.v.forwarding, set: (v) => setForwarding(ns, v) };
    return {
      get: () => conf.v[key],
      set: (v) => {
        conf.write(key, v);
        // devinet_copy_dflt_conf: devices that never had the key written follow `default`.
        if (conf === ns.confDefault && FOLLOWS_DEFAULT.has(key))
          for (const d of ns.devices()) if (!d.conf.written.has(key)) d.conf.set(key, v);
      },
    };
  }
  if (parts.length === 5 && parts[2] === 'neigh') {
    const [, , , where, k] = parts;
    // neigh/default is arp_tbl's own parameters, registered in the machine's first namespace only;
    // netns-lab's namespaces, like record.sh's sandbox, are not that one.
    const conf = ns.dev(where)?.conf;
    if (!conf) return undefined;
    const view = NEIGH_VIEWS[k];
    if (view) {
      const key = view.key;
      return { get: () => view.get(conf.neigh[key]), set: (v) => conf.setNeigh(key, view.set(v)) };
    }
    if (!(NEIGH_KEYS as readonly string[]).includes(k)) return undefined;
    return { get: () => conf.neigh[k as NeighKey], set: (v) => conf.setNeigh(k as NeighKey, v) };
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

/**
 * Every path below /proc/sys this model answers for in `ns` (what `sysctl -a` can list), in no
 * particular order. net.bridge is left out: the kernel has it only while br_netfilter is loaded.
 */
export function sysctlPaths(ns: Netns): string[] {
  const out = ['net/ipv4/ip_forward'];
  for (const k of [...Object.keys(CT_SYSCTL_DEFAULTS), 'nf_conntrack_count']) out.push(`net/netfilter/${k}`);
  for (const k of Object.keys(ns.ipv4)) out.push(`net/ipv4/${k}`);
  for (const k of Object.keys(ns.route)) out.push(`net/ipv4/route/${k}`);
  const devs = ns.devices().map((d) => d.name);
  for (const where of ['all', 'default', ...devs])
    for (const k of DEVCONF_KEYS) out.push(`net/ipv4/conf/${where}/${k}`);
  for (const dev of devs)
    for (const k of [
      ...NEIGH_KEYS,
      ...Object.keys(NEIGH_VIEWS).filter((v) => !(NEIGH_KEYS as readonly string[]).includes(v)),
    ])
      out.push(`net/ipv4/neigh/${dev}/${k}`);
  return out.filter((p) => typeof sysctlEntry(ns, p) === 'object');
}

function confFor(ns: Netns, where: string): DevConf | undefined {
  if (where === 'all') return ns.confAll;
  if (where === 'default') return ns.confDefault;
  return ns.dev(where)?.conf;
}

/**
 * devinet_sysctl_forward / inet_forward_change: on a change, default and every device take the value
 * as written (2 stays 2), and all.accept_redirects becomes its negation (a router takes no redirects).
 */
function setForwarding(ns: Netns, on: number): void {
  if (ns.confAll.v.forwarding === on) return;
  ns.confAll.set('forwarding', on);
  ns.confAll.set('accept_redirects', on ? 0 : 1);
  ns.confDefault.set('forwarding', on);
  for (const d of ns.devices()) d.conf.set('forwarding', on);
}
