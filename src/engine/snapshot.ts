// Plain-data views of the engine's state. The UI, the worker boundary and the exporter see only
// these, never live engine objects.

export type LinkKind = 'loopback' | 'veth' | 'bridge' | 'macvlan' | 'vxlan';

export interface LinkSnapshot {
  ifindex: number;
  name: string;
  kind: LinkKind;
  mac: string;
  mtu: number;
  /** Administratively up (IFF_UP). */
  up: boolean;
  /** Lower layer up (IFF_LOWER_UP / carrier). */
  carrier: boolean;
  /** What `ip link` prints after "state": UP, DOWN, UNKNOWN, LOWERLAYERDOWN. */
  operstate: string;
  /** Bridge this device is a port of (same namespace). */
  master?: string;
  /** IPv4 addresses with prefix, e.g. "10.0.0.1/24". */
  addrs: string[];
  /** veth: where the other end lives. */
  peer?: { netns: string; ifname: string };
  /** macvlan: the parent device (may be in another namespace). */
  parent?: { netns: string; ifname: string };
  /** net.ipv4.conf.DEV.proxy_arp is set (present only when it is). */
  proxyArp?: boolean;
  /** bridge: FDB ageing time in centiseconds (`ip link … ageing_time`). */
  ageingTime?: number;
  /** bridge: FDB entries added with `bridge fdb add … master` (not learned ones, not local). */
  fdb?: { mac: string; port: string }[];
  /**
   * vxlan: its VNI and UDP port, the namespace whose network carries it (its underlay), the default
   * remote and local addresses when given, its lower device, and the remote VTEPs its FDB names.
   */
  vxlan?: {
    vni: number;
    port: number;
    underlay: string;
    remote?: string;
    local?: string;
    dev?: string;
    learning: boolean;
    vteps: string[];
  };
}

export interface NetnsSnapshot {
  /** "" for the host (root) namespace, otherwise the `ip netns` name. */
  name: string;
  links: LinkSnapshot[];
  /** `ip route show` lines (main table). */
  routes: string[];
  /** `ip neigh show` lines. */
  neigh: string[];
  ipForward: boolean;
  /**
   * iptables rules of every table in use, in `iptables -S` order; absent when there are none. `spec`
   * is the rule as `-S` prints it (after "-A CHAIN"), `argv` the same rule as words for a command.
   */
  iptables?: { table: string; chain: string; spec: string; argv: string[] }[];
}

export interface TopologySnapshot {
  /** The host namespace first, then the named ones in creation order. */
  namespaces: NetnsSnapshot[];
  /** Virtual clock, milliseconds. */
  timeMs: number;
}
