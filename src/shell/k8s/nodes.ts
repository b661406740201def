// A cluster of several nodes. Applying a Node object registers a node whose kubelet, containerd and
// kube-proxy netns-lab runs in the network namespace of the same name (the way people emulate a
// cluster on one machine: a namespace per node, joined by an underlay). The kube-controller-manager
// (--allocate-node-cidrs) gives it the next free /24 of the cluster network as spec.podCIDR, and
// flanneld (flannel-io/flannel v0.27.4, kube subnet manager, --ip-masq) joins it to the pod network
// with the backend its net-conf.json names:
// - vxlan (backend/vxlan): flannel.1 (VNI 1, UDP 8472, nolearning) with the node's subnet .0/32,
//   and for every other node a permanent neighbour entry for its flannel.1 address, an FDB entry
//   sending that MAC to its node's IP, and a route to its subnet via that address, onlink;
// - host-gw (backend/hostgw): for every other node a route to its subnet via its node's IP.
// Pods get flannel CNI's delegated bridge configuration: cni0 with the node's subnet, a route to
// the cluster network, isDefaultGateway, hairpinMode, ipMasq false, the backend's MTU.

import { type Ip4, ip4ToString, networkOf, parseIp4 } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import { Unsupported } from '../lexer.ts';
import { parseCniConf } from './cni-conf.ts';
import { FLANNEL_RELEASE, setupFlannelRules } from './flannel.ts';
import { syncNode as syncNetpolNode } from './netpol.ts';
import { NodeOps } from './node-ops.ts';
import { syncNode } from './proxy.ts';
import { type K8sState, KNode, type PodNetwork } from './state.ts';

/** Where flanneld reads its configuration (kube-flannel.yml mounts the kube-flannel-cfg ConfigMap there). */
export const NET_CONF_PATH = '/etc/kube-flannel/net-conf.json';
/** kube-flannel.yml's net-conf.json. */
export const DEFAULT_NET_CONF =
  '{"Network":"10.244.0.0/16","EnableNFTables":false,"Backend":{"Type":"vxlan"}}';

/** The kubelet version `kubectl get nodes` shows. */
export const KUBELET_VERSION = 'v1.35.7';

/** flanneld's config (pkg/subnet/config.go ParseConfig); a string is the error. */
export function parseNetConf(text: string): PodNetwork | string {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(text);
  } catch (e) {
    return `failed to parse ${NET_CONF_PATH}: ${(e as Error).message}`;
  }
  if (typeof j !== 'object' || j === null || Array.isArray(j)) return `${NET_CONF_PATH}: not a JSON object`;
  for (const k of Object.keys(j))
    if (!['Network', 'SubnetLen', 'Backend', 'EnableNFTables', 'EnableIPv4'].includes(k))
      throw new Unsupported(`flannel net-conf.json key "${k}"`);
  if (j.EnableNFTables === true) throw new Unsupported('flannel net-conf.json "EnableNFTables": true');
  if (j.EnableIPv4 === false) throw new Unsupported('flannel net-conf.json "EnableIPv4": false');
  const m = typeof j.Network === 'string' ? /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(j.Network) : null;
  const addr = m ? parseIp4(m[1]) : undefined;
  const len = m ? Number(m[2]) : Number.NaN;
  if (addr === undefined || !(len >= 0 && len <= 32)) return `${NET_CONF_PATH}: "Network": invalid CIDR`;
  const subnetLen = j.SubnetLen === undefined ? (len < 24 ? 24 : len + 1) : j.SubnetLen;
  if (typeof subnetLen !== 'number' || !Number.isInteger(subnetLen) || subnetLen <= len || subnetLen > 30)
    return `${NET_CONF_PATH}: "SubnetLen": must be more than the network's prefix length and at most 30`;
  const b = (j.Backend ?? {}) as Record<string, unknown>;
  const type = b.Type ?? 'udp';
  if (type !== 'vxlan' && type !== 'host-gw')
    throw new Unsupported(`flannel backend ${JSON.stringify(type)} (netns-lab models "vxlan" and "host-gw")`);
  for (const k of Object.keys(b)) if (k !== 'Type') throw new Unsupported(`flannel backend key "${k}"`);
  return { network: { addr: networkOf(addr, len), len }, subnetLen, backend: type };
}

/**
 * status.nodeInfo as the kubelet reports it for the machine netns-lab models: the OS whose tools it
 * prints (Debian 12: iproute2 6.1, iptables 1.8.9, ipset 7.17), `uname -r` of the kernel its
 * scenarios are recorded on, and the containerd release netns-lab names as the node's runtime.
 */
export const NODE_INFO = {
  osImage: 'Debian GNU/Linux 12 (bookworm)',
  kernelVersion: '6.18.44-fc-v1252',
  containerRuntimeVersion: 'containerd://2.1.4',
};

/** The node's address: the first global IPv4 address on an up device of its namespace (the kubelet's --node-ip). */
export function internalIP(node: KNode): { ip: Ip4; dev: string } | undefined {
  for (const d of node.ns.devices())
    if (d.kind !== 'loopback' && d.up)
      for (const a of d.addrs) if (a.scope === 'global') return { ip: a.local, dev: d.name };
  return undefined;
}

const cidr = (c: { addr: Ip4; len: number }) => `${ip4ToString(c.addr)}/${c.len}`;

/** The backend's device on a node: flannel.1 for vxlan, the underlay for host-gw. */
interface Lease {
  node: KNode;
  dev: string;
  /** flannel.1's MAC (vxlan). */
  vtepMac?: string;
}
const leases = new WeakMap<KNode, Lease>();

/** `kubectl apply` of a Node: registers it, gives it a subnet, starts flanneld and kube-proxy on it. */
export function registerNode(
  ctx: Ctx,
  st: K8sState,
  ops: Ops,
  name: string,
  podCIDR: { addr: Ip4; len: number } | undefined,
): KNode {
  if (st.implicit && (st.pods.length || st.services.length || st.policies.length))
    throw new Unsupported(
      'registering Node objects once Pods, Services or NetworkPolicies are on the implicit node (the host namespace): apply the Nodes first',
    );
  const ns = ctx.world.netns(name);
  if (!ns || name === '')
    throw new Unsupported(
      `a Node without a network namespace of its name (netns-lab runs node ${name}'s kubelet in namespace ${name}: ip netns add ${name} first)`,
    );
  if (!st.network) {
    const f = ctx.files?.read(NET_CONF_PATH);
    const net = parseNetConf(f ? new TextDecoder().decode(f) : DEFAULT_NET_CONF);
    if (typeof net === 'string') throw new Unsupported(`a broken flannel configuration: ${net}`);
    st.network = net;
    st.nodes = [];
    ops.note(
      `the cluster's pod network: flannel ${FLANNEL_RELEASE}, ${f ? NET_CONF_PATH : "kube-flannel.yml's net-conf.json"}: Network ${cidr(net.network)}, backend ${net.backend}`,
    );
  }
  const net = st.network;
  const node = new KNode(ctx.world, name, name);
  const addr = internalIP(node);
  if (!addr)
    throw new Unsupported(
      `a Node whose namespace has no address: the kubelet needs an InternalIP (give ${name}'s underlay device an address and set it up)`,
    );
  node.internalIP = addr.ip;
  node.created = ctx.world.clock.now;
  if (podCIDR) node.podCIDR = podCIDR;
  else {
    const size = 2 ** (32 - net.subnetLen);
    const count = 2 ** (net.subnetLen - net.network.len);
    const taken = new Set(st.nodes.map((n) => n.podCIDR?.addr));
    let sub: Ip4 | undefined;
    for (let i = 0; i < count && sub === undefined; i++) {
      const a = (net.network.addr + i * size) as Ip4;
      if (!taken.has(a)) sub = a;
    }
    if (sub === undefined) throw new Unsupported('more nodes than the cluster network has subnets');
    node.podCIDR = { addr: sub, len: net.subnetLen };
  }
  const sn = node.podCIDR!;
  ops.note(
    `kube-controller-manager: node ${name} (InternalIP ${ip4ToString(addr.ip)}) gets spec.podCIDR ${cidr(sn)}; its kubelet, containerd and kube-proxy run in namespace ${name}`,
  );
  // flannel CNI's delegate: the bridge plugin over the node's subnet (/run/flannel/subnet.env).
  const mtu =
    net.backend === 'vxlan' ? (ns.dev(addr.dev)?.mtu ?? 1500) - 50 : (ns.dev(addr.dev)?.mtu ?? 1500);
  node.confText = JSON.stringify({
    cniVersion: '0.3.1',
    name: 'cbr0',
    type: 'bridge',
    bridge: 'cni0',
    isGateway: true,
    isDefaultGateway: true,
    hairpinMode: true,
    ipMasq: false,
    mtu,
    ipam: { type: 'host-local', subnet: cidr(sn), routes: [{ dst: cidr(net.network) }] },
  });
  const conf = parseCniConf(node.confText);
  if (typeof conf === 'string') throw new Error(conf);
  node.conf = conf;
  const nops = new NodeOps(ops, st, node);
  nops.note(
    `flanneld on ${name} (${net.backend}, --iface ${addr.dev}, --ip-masq): /run/flannel/subnet.env FLANNEL_SUBNET=${ip4ToString((sn.addr + 1) as Ip4)}/${sn.len} FLANNEL_MTU=${mtu}`,
  );
  const lease: Lease = { node, dev: addr.dev };
  if (net.backend === 'vxlan') {
    lease.vtepMac = st.newMac();
    lease.dev = 'flannel.1';
    nops.run([
      'ip',
      'link',
      'add',
      'flannel.1',
      'address',
      lease.vtepMac,
      'type',
      'vxlan',
      'id',
      '1',
      'local',
      ip4ToString(addr.ip),
      'dev',
      addr.dev,
      'dstport',
      '8472',
      'nolearning',
    ]);
    nops.ip('', 'addr', 'add', `${ip4ToString(sn.addr)}/32`, 'dev', 'flannel.1');
    nops.ip('', 'link', 'set', 'flannel.1', 'up');
  }
  nops.enableForwarding();
  setupFlannelRules(nops, cidr(net.network), cidr(sn));
  leases.set(node, lease);
  // Each side learns of the other from the Node objects (the subnet lease events).
  for (const other of st.nodes) {
    addRoute(new NodeOps(ops, st, node), lease, leases.get(other)!, net.backend);
    addRoute(new NodeOps(ops, st, other), leases.get(other)!, lease, net.backend);
  }
  st.nodes.push(node);
  if (st.nodes.some((n) => n.proxyStarted)) syncNode(nops, st, node, 'full');
  // kube-router's DaemonSet gets a Pod on the new node too: its controller starts and syncs there.
  if (st.netpol) syncNetpolNode(nops, st, node);
  return node;
}

/** On `on`'s node, what flanneld adds for the remote lease `to` (handleSubnetEvents). */
function addRoute(on: NodeOps, self: Lease, to: Lease, backend: PodNetwork['backend']): void {
  const sn = to.node.podCIDR!;
  const ip = ip4ToString(to.node.internalIP);
  if (backend === 'host-gw') {
    on.ip('', 'route', 'replace', cidr(sn), 'via', ip, 'dev', self.dev);
    return;
  }
  const vtep = ip4ToString(sn.addr);
  on.ip('', 'neigh', 'replace', vtep, 'lladdr', to.vtepMac!, 'dev', 'flannel.1', 'nud', 'permanent');
  on.run(['bridge', 'fdb', 'replace', to.vtepMac!, 'dev', 'flannel.1', 'dst', ip, 'self', 'permanent']);
  on.ip('', 'route', 'replace', cidr(sn), 'via', vtep, 'dev', 'flannel.1', 'onlink');
}

/**
 * The scheduler's choice, as netns-lab makes it: the node with the fewest Pods, then the first by
 * name (kube-scheduler scores nodes and picks at random among the best; with no resource requests
 * and the default spreading, the emptiest node scores best).
 */
export function schedule(st: K8sState): KNode {
  const count = (n: KNode) => st.pods.filter((p) => p.node === n.name).length;
  return [...st.nodes].sort((a, b) => count(a) - count(b) || (a.name < b.name ? -1 : 1))[0];
}
