// Docker Engine v28.2.2's daemon, as far as the network goes: daemon start, the bridge and macvlan
// drivers, IPAM, the port allocator and container start/stop. Each step is run through Ops as the
// plain command that has the same effect. File and line references are to moby at v28.2.2
// (libnetwork/drivers/bridge/ unless a fuller path is given).

import { RT_TABLE_MAIN } from '../../engine/route/fib.ts';
import { SEC } from '../../engine/sim/clock.ts';
import { broadcastOf, inPrefix, ip4ToString } from '../../engine/wire/addr.ts';
import { type FwNetwork, type FwPort, Iptabler } from './iptabler.ts';
import type { Ops } from './ops.ts';
import { startImageProcess, startProxy } from './processes.ts';
import type { Binding, Container, DockerState, Endpoint, Network, PortSpec, Subnet } from './state.ts';

/** An error the daemon answers with ("Error response from daemon: …"). */
export class DaemonError extends Error {}

/** A start error raised before the network is set up (not wrapped in "failed to set up …"). */
export class StartError extends DaemonError {}

/** Something Docker does that netns-lab does not model. */
export class Unsupported extends Error {}

const DEFAULT_BRIDGE = 'docker0';

/** libnetwork/ipamutils/utils.go:10-18: the local-scope default pools, split into these sizes. */
const PREDEFINED: [string, number, number][] = [
  ['172.17.0.0', 16, 16],
  ['172.18.0.0', 16, 16],
  ['172.19.0.0', 16, 16],
  ['172.20.0.0', 14, 16],
  ['172.24.0.0', 14, 16],
  ['172.28.0.0', 14, 16],
  ['192.168.0.0', 16, 20],
];

const ip4 = (s: string) => s.split('.').reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);

export function subnetText(s: Subnet): string {
  return `${ip4ToString(s.addr)}/${s.len}`;
}

function overlaps(a: Subnet, b: Subnet): boolean {
  return inPrefix(a.addr, b.addr, b.len) || inPrefix(b.addr, a.addr, a.len);
}

function fw(n: Network): FwNetwork {
  return { name: n.name, ifName: n.bridge!, prefix: subnetText(n.subnet!) };
}

// --- daemon start --------------------------------------------------------------------------------

/** dockerd's start, the first time a docker command runs in a lab. */
export function ensureDaemon(ops: Ops, st: DockerState): void {
  if (st.started) return;
  st.started = true;
  const ipt = new Iptabler(ops);
  ops.note('dockerd starts: the bridge driver sets up its chains (iptabler.go NewIptabler)');
  ipt.setupChains();
  ops.note('the network controller adds DOCKER-USER (firewall_linux.go setupUserChain)');
  ipt.setupUserChain();
  ops.note('the default network "bridge" (daemon_unix.go initBridgeDriver)');
  createBridgeNetwork(ops, st, {
    name: 'bridge',
    isDefault: true,
    bridge: DEFAULT_BRIDGE,
    mtu: 1500,
    options: {
      'com.docker.network.bridge.default_bridge': 'true',
      'com.docker.network.bridge.enable_icc': 'true',
      'com.docker.network.bridge.enable_ip_masquerade': 'true',
      'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
      'com.docker.network.bridge.name': 'docker0',
      'com.docker.network.driver.mtu': '1500',
    },
  });
  for (const [name, driver] of [
    ['host', 'host'],
    ['none', 'null'],
  ] as const) {
    st.networks.push({
      id: st.newId(),
      name,
      driver,
      created: st.world.clock.now,
      options: {},
      ipamConfigured: false,
      isDefault: false,
      mtu: 0,
      used: new Set(),
    });
  }
}

// --- IPAM (ipams/defaultipam) --------------------------------------------------------------------

/** InferReservedNetworks (netutils/utils_linux.go): the host's on-link routes. */
function reservedNetworks(st: DockerState): Subnet[] {
  const fib = st.world.host.fib;
  if (!fib.has(RT_TABLE_MAIN)) return [];
  return fib
    .table(RT_TABLE_MAIN)
    .filter((r) => r.scope === 'link' && r.len > 0 && r.type === 'unicast')
    .map((r) => ({ addr: r.dst, len: r.len }));
}

/** RequestPool: the subnet asked for, or the first default pool free of networks and host routes. */
function requestPool(st: DockerState, want?: Subnet): Subnet {
  const taken = st.networks.filter((n) => n.subnet).map((n) => n.subnet!);
  if (want) {
    if (taken.some((t) => overlaps(t, want)))
      throw new DaemonError('invalid pool request: Pool overlaps with other one on this address space');
    return want;
  }
  const reserved = [...taken, ...reservedNetworks(st)];
  for (const [base, baseLen, size] of PREDEFINED) {
    const start = ip4(base);
    const count = 2 ** (size - baseLen);
    for (let i = 0; i < count; i++) {
      const cand = { addr: (start + i * 2 ** (32 - size)) >>> 0, len: size };
      if (!reserved.some((r) => overlaps(r, cand))) return cand;
    }
  }
  throw new DaemonError(
    'could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network',
  );
}

/** getAddress: the preferred address, or the lowest free one (local networks are not "serial"). */
function allocIp(net: Network, pref?: number): number {
  const s = net.subnet!;
  if (pref !== undefined) {
    if (!inPrefix(pref, s.addr, s.len))
      throw new DaemonError(
        `invalid address ${ip4ToString(pref)}: It does not belong to any of this network's subnets`,
      );
    if (net.used.has(pref)) throw new DaemonError('Address already in use');
    net.used.add(pref);
    return pref;
  }
  const first = (s.addr + 1) >>> 0;
  const last = (broadcastOf(s.addr, s.len) - 1) >>> 0;
  for (let a = first; a <= last; a++) {
    if (!net.used.has(a)) {
      net.used.add(a);
      return a;
    }
  }
  throw new DaemonError('no available addresses on this pool');
}

// --- networks ------------------------------------------------------------------------------------

export interface NetworkRequest {
  name: string;
  driver: 'bridge' | 'macvlan';
  subnet?: Subnet;
  gateway?: number;
  /** -o KEY=VALUE */
  options: Record<string, string>;
}

export function createNetwork(ops: Ops, st: DockerState, req: NetworkRequest): Network {
  if (st.networks.some((n) => n.name === req.name))
    throw new DaemonError(`network with name ${req.name} already exists`);
  if (req.driver === 'macvlan') return createMacvlanNetwork(st, req);
  for (const k of Object.keys(req.options)) {
    if (k !== 'com.docker.network.bridge.name')
      throw new Unsupported(`bridge driver option ${k} (netns-lab models com.docker.network.bridge.name)`);
  }
  const id = st.newId();
  const bridge = req.options['com.docker.network.bridge.name'] ?? `br-${id.slice(0, 12)}`;
  return createBridgeNetwork(ops, st, {
    id,
    name: req.name,
    isDefault: false,
    bridge,
    mtu: 0,
    subnet: req.subnet,
    gateway: req.gateway,
    options: { ...req.options },
  });
}

interface BridgeNetworkSpec {
  id?: string;
  name: string;
  isDefault: boolean;
  bridge: string;
  mtu: number;
  subnet?: Subnet;
  gateway?: number;
  options: Record<string, string>;
}

/** Network.ipamAllocate, then the bridge driver's createNetwork (bridge_linux.go:795-935). */
function createBridgeNetwork(ops: Ops, st: DockerState, spec: BridgeNetworkSpec): Network {
  const host = st.world.host;
  if (host.dev(spec.bridge))
    throw new Unsupported(
      `a device named ${spec.bridge} already exists (netns-lab models bridges Docker creates itself)`,
    );
  for (const n of st.networks) {
    if (n.bridge === spec.bridge)
      throw new DaemonError(
        `cannot create network ${spec.id ?? ''} (${spec.bridge}): conflicts with network ${n.id} (${n.bridge}): networks have same bridge name`,
      );
  }
  const subnet = requestPool(st, spec.subnet);
  const used = new Set<number>();
  const gateway = spec.gateway ?? (subnet.addr + 1) >>> 0;
  used.add(gateway);
  const net: Network = {
    id: spec.id ?? st.newId(),
    name: spec.name,
    driver: 'bridge',
    created: st.world.clock.now,
    subnet,
    gateway,
    bridge: spec.bridge,
    options: spec.options,
    ipamConfigured: spec.subnet !== undefined,
    isDefault: spec.isDefault,
    mtu: spec.mtu,
    used,
  };
  const br = spec.bridge;
  // setupDevice (setup_device_linux.go:16): a random MAC, and txqueuelen 0 (netlink's zero LinkAttrs).
  ops.run(['ip', 'link', 'add', br, 'address', st.newMac(), 'txqueuelen', '0', 'type', 'bridge']);
  ops.note(`setupDefaultSysctl writes net.ipv6.conf.${br}.accept_ra=0 (IPv6: not modelled)`);
  if (spec.mtu > 0) ops.run(['ip', 'link', 'set', br, 'mtu', `${spec.mtu}`]);
  // setupBridgeIPv4 (setup_ipv4_linux.go:30): netlink adds the broadcast address itself.
  ops.run([
    'ip',
    'addr',
    'add',
    `${ip4ToString(gateway)}/${subnet.len}`,
    'brd',
    ip4ToString(broadcastOf(subnet.addr, subnet.len)),
    'dev',
    br,
  ]);
  // setupIPv4Forwarding (setup_ip_forwarding.go:20): only if it was off, then FORWARD policy DROP.
  if (!host.confAll.v.forwarding) {
    ops.run(['echo', '1'], '/proc/sys/net/ipv4/ip_forward');
    new Iptabler(ops).filterForwardDrop();
  }
  ops.note("the network's iptables rules (iptabler/network.go setupIPTables)");
  new Iptabler(ops).addNetwork(fw(net));
  ops.run(['ip', 'link', 'set', br, 'up']);
  st.networks.push(net);
  return net;
}

/** The macvlan driver's CreateNetwork: nothing in the kernel while the parent exists. */
function createMacvlanNetwork(st: DockerState, req: NetworkRequest): Network {
  const parent = req.options.parent;
  for (const k of Object.keys(req.options)) {
    if (k !== 'parent' && k !== 'macvlan_mode')
      throw new Unsupported(`macvlan driver option ${k} (netns-lab models parent)`);
  }
  const mode = req.options.macvlan_mode ?? 'bridge';
  if (mode !== 'bridge') throw new Unsupported(`macvlan_mode ${mode} (netns-lab models bridge)`);
  if (!parent)
    throw new Unsupported(
      'a macvlan network without -o parent= (Docker then creates a dummy link; netns-lab has none)',
    );
  if (!st.world.host.dev(parent)) {
    // macvlan_setup.go createVlanLink and parseVlan: a missing parent must name a VLAN to create.
    if (!parent.includes('.'))
      throw new DaemonError(`invalid subinterface vlan name ${parent}, example formatting is eth0.10`);
    const parts = parent.split('.');
    if (parts.length !== 2)
      throw new DaemonError(
        `required interface name format is: name.vlan_id, ex. eth0.10 for vlan 10, instead received ${parent}`,
      );
    const [base, vid] = parts;
    if (!/^[+-]?\d{1,18}$/.test(vid))
      throw new DaemonError(`unable to parse a valid vlan id from: ${vid} (ex. eth0.10 for vlan 10)`);
    if (!st.world.host.dev(base))
      throw new DaemonError(`-o parent interface was not found on the host: ${base}`);
    if (Number(vid) < 1 || Number(vid) > 4094)
      throw new DaemonError(`vlan id must be between 1-4094, received: ${Number(vid)}`);
    throw new Unsupported(`a VLAN parent ${parent} (netns-lab has no VLAN links)`);
  }
  const subnet = requestPool(st, req.subnet);
  const gateway = req.gateway ?? (subnet.addr + 1) >>> 0;
  const net: Network = {
    id: st.newId(),
    name: req.name,
    driver: 'macvlan',
    created: st.world.clock.now,
    subnet,
    gateway,
    parent,
    options: { ...req.options },
    ipamConfigured: req.subnet !== undefined,
    isDefault: false,
    mtu: 0,
    used: new Set([gateway]),
  };
  st.networks.push(net);
  return net;
}

export function removeNetwork(ops: Ops, st: DockerState, net: Network): void {
  if (net.isDefault || net.driver === 'host' || net.driver === 'null')
    throw new DaemonError(`${net.name} is a pre-defined network and cannot be removed`);
  const users = st.containers.filter((c) => c.endpoints.some((e) => e.net === net));
  if (users.length)
    throw new DaemonError(
      `error while removing network: network ${net.name} has active endpoints (${users.map((c) => `name:"${c.name}" id:"${c.id.slice(0, 12)}"`).join(', ')})`,
    );
  if (net.driver === 'bridge') {
    // deleteNetwork (bridge_linux.go:944): the bridge goes, then the network's rules.
    ops.run(['ip', 'link', 'del', net.bridge!]);
    new Iptabler(ops).delNetwork(fw(net));
  }
  st.networks = st.networks.filter((n) => n !== net);
}

// --- containers ----------------------------------------------------------------------------------

/** The container's own network namespace (osl.NewSandbox: the namespace, then lo up). */
function createSandbox(ops: Ops, c: Container): void {
  ops.note(
    `container ${c.name}: its network namespace (osl NewSandbox; Docker keeps it in /var/run/docker/netns)`,
  );
  ops.run(['ip', 'netns', 'add', c.name]);
  ops.ip(c.name, 'link', 'set', 'lo', 'up');
}

/** Starts a created or exited container: namespace, endpoints, ports, then its process. */
export function startContainer(ops: Ops, st: DockerState, c: Container): void {
  const mode = c.networkMode;
  if (mode === 'host') c.ns = '';
  else if (mode.startsWith('container:')) {
    // getNetworkedContainer (daemon/container_operations.go:899): resolved only at start.
    const ref = mode.slice('container:'.length);
    const other = st.container(ref);
    if (!other) throw new StartError(`joining network namespace of container: No such container: ${ref}`);
    if (other === c) throw new StartError('cannot join own network namespace');
    if (other.state !== 'running')
      throw new StartError(
        `cannot join network namespace of a non running container: container ${other.name} is ${other.state}`,
      );
    c.ns = other.ns;
  } else {
    if (st.world.netns(c.name))
      throw new Unsupported(
        `a network namespace named ${c.name} already exists (netns-lab names a container's namespace after it)`,
      );
    createSandbox(ops, c);
    ops.note(
      "runc sets net.ipv4.ping_group_range='0 2147483647' and net.ipv4.ip_unprivileged_port_start=0 in the namespace (daemon/oci_linux.go; not modelled: they only matter to unprivileged processes)",
    );
    c.ns = c.name;
    for (const name of c.networks) {
      const net = st.network(name)!;
      if (net.driver === 'null') continue;
      joinNetwork(ops, st, c, net, c.requestedIp);
    }
  }
  c.state = 'running';
  c.startedAt = st.world.clock.now;
  c.stopProcess = startImageProcess(ops, st, c);
}

/** CreateEndpoint + Join + ProgramExternalConnectivity for one network. */
export function joinNetwork(ops: Ops, st: DockerState, c: Container, net: Network, pref?: number): Endpoint {
  const ns = c.ns!;
  const ifName = `eth${c.endpoints.length}`;
  if (pref !== undefined && net.isDefault)
    throw new DaemonError('user specified IP address is supported on user defined networks only');
  const ip = allocIp(net, pref);
  const hostTaken = (n: string) => st.world.host.dev(n) !== undefined;
  const ep: Endpoint = {
    id: st.newId(),
    net,
    ip,
    mac: '',
    srcName: '',
    ifName,
    bindings: [],
  };
  if (net.driver === 'bridge') {
    ops.note(`endpoint on ${net.name}: the bridge driver's CreateEndpoint (bridge_linux.go:1050)`);
    const hostVeth = st.newVethName(hostTaken);
    const srcName = st.newVethName(hostTaken);
    ep.hostVeth = hostVeth;
    ep.srcName = srcName;
    // createVeth (bridge_linux.go:1239): the peer is created directly in the container's namespace.
    ops.run([
      'ip',
      'link',
      'add',
      hostVeth,
      'txqueuelen',
      '0',
      'type',
      'veth',
      'peer',
      'name',
      srcName,
      'txqueuelen',
      '0',
      'netns',
      ns,
    ]);
    if (net.mtu > 0) {
      ops.ip('', 'link', 'set', hostVeth, 'mtu', `${net.mtu}`);
      ops.ip(ns, 'link', 'set', srcName, 'mtu', `${net.mtu}`);
    }
    ops.ip('', 'link', 'set', hostVeth, 'master', net.bridge!);
    ep.mac = st.newMac();
    new Iptabler(ops).endpoint(fw(net), ip, c.name, true);
    ops.ip('', 'link', 'set', hostVeth, 'up');
  } else {
    ops.note(`endpoint on ${net.name}: the macvlan driver's Join (macvlan_joinleave.go:21)`);
    ep.mac = st.newMac();
    const srcName = st.newVethName(hostTaken);
    ep.srcName = srcName;
    // createMacVlan (macvlan_setup.go:22), then the sandbox moves it in (osl moveLink).
    ops.run([
      'ip',
      'link',
      'add',
      srcName,
      'link',
      net.parent!,
      'txqueuelen',
      '0',
      'type',
      'macvlan',
      'mode',
      'bridge',
    ]);
    ops.ip('', 'link', 'set', srcName, 'netns', ns);
  }
  // osl AddInterface (osl/interface_linux.go:235): down, rename, MAC, address, up.
  ops.note(`the sandbox configures the interface (osl/interface_linux.go AddInterface)`);
  ops.ip(ns, 'link', 'set', ep.srcName, 'down');
  ops.ip(ns, 'link', 'set', ep.srcName, 'name', ifName);
  ops.ip(ns, 'link', 'set', ifName, 'address', ep.mac);
  const s = net.subnet!;
  ops.ip(
    ns,
    'addr',
    'add',
    `${ip4ToString(ip)}/${s.len}`,
    'brd',
    ip4ToString(broadcastOf(s.addr, s.len)),
    'dev',
    ifName,
  );
  ops.note(`IPv6 is switched off on ${ifName} (net.ipv6.conf.${ifName}.disable_ipv6=1; IPv6: not modelled)`);
  ops.ip(ns, 'link', 'set', ifName, 'up');
  ops.note(
    `Docker sends 3 unsolicited ARPs for ${ip4ToString(ip)}, 1 s apart (osl advertiseAddrs; not modelled)`,
  );
  c.endpoints.push(ep);
  // The first network with a gateway becomes the default route (sandbox setupDefaultGW / SetGateway).
  if (c.endpoints.length === 1)
    ops.ip(ns, 'route', 'add', 'default', 'via', ip4ToString(net.gateway!), 'dev', ifName);
  if (net.driver === 'bridge' && c.endpoints.length === 1) programPorts(ops, st, c, ep);
  return ep;
}

/** ProgramExternalConnectivity: bind host ports, write the rules, start docker-proxy. */
function programPorts(ops: Ops, st: DockerState, c: Container, ep: Endpoint): void {
  const specs = sortSpecs(c.ports);
  if (!specs.length) return;
  ops.note('published ports (port_mapping_linux.go addPortMappings, iptabler/port.go)');
  const bindings: Binding[] = [];
  try {
    for (const p of specs) {
      const hostIp = p.hostIp ?? 0;
      const hostPort = allocatePort(st, hostIp, p);
      bindings.push({ proto: p.proto, ip: ep.ip, port: p.port, hostIp, hostPort });
    }
  } catch (e) {
    // Ports taken so far are given back (releasePortBindings); the error names the endpoint
    // (libnetwork/endpoint.go:704).
    for (const b of bindings) st.ports.get(`${ip4ToString(b.hostIp)}/${b.proto}`)?.used.delete(b.hostPort);
    if (e instanceof DaemonError)
      throw new DaemonError(
        `driver failed programming external connectivity on endpoint ${c.name} (${ep.id}): ${e.message}`,
      );
    throw e;
  }
  new Iptabler(ops).ports(
    fw(ep.net),
    bindings.map((b) => toFw(b, c.name)),
    true,
  );
  for (const b of bindings) b.stop = startProxy(ops, st, b);
  ep.bindings = bindings;
}

/** The firewaller's view of a binding, with the -p form it amounts to ("127.0.0.1:8080:80/udp"). */
function toFw(b: Binding, container: string): FwPort {
  const spec = `${b.hostIp ? `${ip4ToString(b.hostIp)}:` : ''}${b.hostPort}:${b.port}${b.proto === 'udp' ? '/udp' : ''}`;
  return { proto: b.proto, ip: b.ip, port: b.port, hostIp: b.hostIp, hostPort: b.hostPort, spec, container };
}

/** sortAndNormPBs / cmpPortBinding (port_mapping_linux.go:263-315). */
function sortSpecs(specs: PortSpec[]): PortSpec[] {
  const isRange = (p: PortSpec) => p.hostPort === 0 || p.hostPort !== p.hostPortEnd;
  return [...specs].sort((a, b) => {
    if (isRange(a) !== isRange(b)) return isRange(a) ? 1 : -1;
    if (a.port !== b.port) return a.port - b.port;
    if (a.proto !== b.proto) return a.proto === 'tcp' ? -1 : 1;
    if (a.hostPort !== b.hostPort) return a.hostPort - b.hostPort;
    if (a.hostPortEnd !== b.hostPortEnd) return a.hostPortEnd - b.hostPortEnd;
    return (a.hostIp ?? 0) - (b.hostIp ?? 0);
  });
}

/** portallocator.RequestPortsInRange (portallocator.go:118), then the bind() that follows. */
function allocatePort(st: DockerState, hostIp: number, p: PortSpec): number {
  const key = `${ip4ToString(hostIp)}/${p.proto}`;
  let m = st.ports.get(key);
  if (!m) {
    m = { used: new Set(), last: 60999 };
    st.ports.set(key, m);
  }
  let port: number;
  if (p.hostPort > 0 && p.hostPort === p.hostPortEnd) {
    if (m.used.has(p.hostPort))
      throw new DaemonError(
        `Bind for ${ip4ToString(hostIp)}:${p.hostPort} failed: port is already allocated`,
      );
    port = p.hostPort;
  } else {
    const [lo, hi] = p.hostPort === 0 ? [32768, 60999] : [p.hostPort, p.hostPortEnd];
    if (p.hostPort !== 0) throw new Unsupported('host port ranges in -p');
    let cand = m.last;
    port = 0;
    for (let i = lo; i <= hi; i++) {
      cand++;
      if (cand > hi) cand = lo;
      if (!m.used.has(cand)) {
        port = cand;
        break;
      }
    }
    if (!port) throw new DaemonError('all ports are allocated');
    m.last = port;
  }
  m.used.add(port);
  return port;
}

function releasePorts(ops: Ops, st: DockerState, ep: Endpoint): void {
  if (!ep.bindings.length) return;
  ops.note('release the published ports (RevokeExternalConnectivity)');
  for (const b of ep.bindings) b.stop?.();
  new Iptabler(ops).ports(
    fw(ep.net),
    ep.bindings.map((b) => toFw(b, '')),
    false,
  );
  for (const b of ep.bindings) st.ports.get(`${ip4ToString(b.hostIp)}/${b.proto}`)?.used.delete(b.hostPort);
  ep.bindings = [];
}

/** Leave + the sandbox's RemoveInterface + DeleteEndpoint for one endpoint. */
export function leaveNetwork(
  ops: Ops,
  st: DockerState,
  c: Container,
  ep: Endpoint,
  sandboxGoing: boolean,
): void {
  const ns = c.ns!;
  const net = ep.net;
  releasePorts(ops, st, ep);
  // osl RemoveInterface (osl/interface_linux.go:805): down, original name, back to the host.
  ops.note(`${c.name} leaves ${net.name} (osl RemoveInterface, then the driver's DeleteEndpoint)`);
  ops.ip(ns, 'link', 'set', ep.ifName, 'down');
  ops.ip(ns, 'link', 'set', ep.ifName, 'name', ep.srcName);
  ops.ip(ns, 'link', 'set', ep.srcName, 'netns', '1');
  if (net.driver === 'bridge') {
    new Iptabler(ops).endpoint(fw(net), ep.ip, c.name, false);
    // DeleteEndpoint (bridge_linux.go:1288): deleting the host end deletes the pair.
    ops.ip('', 'link', 'del', ep.hostVeth!);
  } else {
    ops.ip('', 'link', 'del', ep.srcName);
  }
  net.used.delete(ep.ip);
  c.endpoints = c.endpoints.filter((e) => e !== ep);
  void sandboxGoing;
}

/** The container's process ends (stop, kill, or it exited): Docker releases its network. */
export function containerExited(ops: Ops, st: DockerState, c: Container, code: number): void {
  c.exitTimer?.cancel();
  c.exitTimer = undefined;
  c.stopProcess?.();
  c.stopProcess = undefined;
  c.state = 'exited';
  c.exitCode = code;
  c.finishedAt = st.world.clock.now;
  const ns = c.ns;
  if (ns !== undefined && ns === c.name)
    for (const ep of [...c.endpoints]) leaveNetwork(ops, st, c, ep, true);
  c.ns = undefined;
  // The namespace outlives its container while another container (--network container:) still
  // runs in it; it goes with the last process in it.
  if (ns !== undefined && ns !== '') {
    const owner = st.containers.find((x) => x.name === ns);
    const users = st.containers.filter((x) => x.state === 'running' && x.ns === ns);
    if (users.length === 0 && owner?.state !== 'running') {
      ops.note(`${ns}'s namespace goes (osl Destroy)`);
      ops.run(['ip', 'netns', 'del', ns]);
    } else if (ns === c.name)
      ops.note(`the namespace stays: ${users.map((u) => u.name).join(', ')} still run in it`);
  }
}

/** docker stop: the stop signal, then SIGKILL after 10 s if the process ignores it. */
export function stopContainer(ops: Ops, st: DockerState, c: Container): void {
  if (c.state !== 'running') return;
  const img = c.image;
  const handles = c.defaultCmd && img.exitOnStop !== undefined;
  if (handles) {
    ops.note(`${img.stopSignal} to ${c.name}'s process; it exits`);
    containerExited(ops, st, c, img.exitOnStop!);
  } else {
    ops.note(
      `${img.stopSignal} to ${c.name}'s process (PID 1 ignores it); SIGKILL 10 s later (--stop-timeout)`,
    );
    st.world.advance(10 * SEC);
    containerExited(ops, st, c, 137);
  }
}
