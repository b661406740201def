// /proc/sys/net/ipv4/conf/{all,default,DEV}/*: per-device IPv4 settings (struct ipv4_devconf).
// A new device copies `default`; the effective value of several settings combines `all` and the device.

export const DEVCONF_KEYS = [
  'forwarding',
  'rp_filter',
  'arp_ignore',
  'arp_announce',
  'arp_accept',
  'arp_notify',
  'arp_filter',
  'proxy_arp',
  'accept_local',
  'route_localnet',
  'send_redirects',
  'accept_redirects',
  'secure_redirects',
  'shared_media',
  'promote_secondaries',
  'arp_evict_nocarrier',
] as const;
export type DevconfKey = (typeof DEVCONF_KEYS)[number];

const DEFAULTS: Record<DevconfKey, number> = {
  forwarding: 0,
  rp_filter: 0,
  arp_ignore: 0,
  arp_announce: 0,
  arp_accept: 0,
  arp_notify: 0,
  arp_filter: 0,
  proxy_arp: 0,
  accept_local: 0,
  route_localnet: 0,
  send_redirects: 1,
  accept_redirects: 1,
  secure_redirects: 1,
  shared_media: 1,
  promote_secondaries: 0,
  arp_evict_nocarrier: 1,
};

/** /proc/sys/net/ipv4/neigh/{default,DEV}/* (struct neigh_parms), in the units the sysctl shows. */
export const NEIGH_KEYS = [
  'base_reachable_time_ms',
  'delay_first_probe_time',
  'retrans_time_ms',
  'ucast_solicit',
  'mcast_solicit',
  'app_solicit',
  'mcast_resolicit',
  'gc_stale_time',
  'proxy_delay',
  'locktime',
] as const;
export type NeighKey = (typeof NEIGH_KEYS)[number];

const NEIGH_DEFAULTS: Record<NeighKey, number> = {
  base_reachable_time_ms: 30000,
  delay_first_probe_time: 5,
  retrans_time_ms: 1000,
  ucast_solicit: 3,
  mcast_solicit: 3,
  app_solicit: 0,
  mcast_resolicit: 0,
  gc_stale_time: 60,
  proxy_delay: 80,
  locktime: 100,
};

/**
 * Keys whose sysctl writes go through devinet_conf_proc: a write marks the key as set on that device
 * (IPV4_DEVCONF state bits), and a write to `default` reaches every device of the namespace that never
 * had its own written (devinet_copy_dflt_conf). forwarding (devinet_sysctl_forward) and the flushing
 * keys (promote_secondaries, route_localnet: ipv4_doint_and_flush) do neither.
 */
export const FOLLOWS_DEFAULT: ReadonlySet<DevconfKey> = new Set(
  DEVCONF_KEYS.filter((k) => k !== 'forwarding' && k !== 'promote_secondaries' && k !== 'route_localnet'),
);

export class DevConf {
  readonly v: Readonly<Record<DevconfKey, number>>;
  readonly neigh: Readonly<Record<NeighKey, number>>;
  /** The keys written through sysctl here (a new device copies them with the values, as memcpy does). */
  readonly written: Set<DevconfKey>;
  constructor(
    v?: Readonly<Record<DevconfKey, number>>,
    neigh?: Readonly<Record<NeighKey, number>>,
    written?: ReadonlySet<DevconfKey>,
  ) {
    this.v = { ...(v ?? DEFAULTS) };
    this.neigh = { ...(neigh ?? NEIGH_DEFAULTS) };
    this.written = new Set(written);
  }
  clone(): DevConf {
    return new DevConf(this.v, this.neigh, this.written);
  }
  /**
   * ipv4_devconf_setall: a device given an address (`ip addr add`, or lo's 127.0.0.1 as it first
   * comes up) stops following `default` in everything.
   */
  setAll(): void {
    for (const k of FOLLOWS_DEFAULT) this.written.add(k);
  }
  /** A sysctl write of `key` (see FOLLOWS_DEFAULT). */
  write(key: DevconfKey, value: number): void {
    this.set(key, value);
    if (FOLLOWS_DEFAULT.has(key)) this.written.add(key);
  }

  /** Written only by the sysctl tree (netns/sysctl.ts), which rtnl calls. */
  set(key: DevconfKey, value: number): void {
    (this.v as Record<DevconfKey, number>)[key] = value;
  }
  setNeigh(key: NeighKey, value: number): void {
    (this.neigh as Record<NeighKey, number>)[key] = value;
  }
}
