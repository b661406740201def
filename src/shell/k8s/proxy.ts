// kube-proxy in iptables mode (Kubernetes v1.35, pkg/proxy/iptables/proxier.go) on the node: the
// jump chains it ensures when it starts (iptablesJumpChains, EnsureRule Prepend), then each
// syncProxyRules, whose iptables-restore --noflush input is run here as the iptables commands with
// the same effect: a chain line flushes the chain (or creates it), the rules are appended, stale
// service chains are flushed and deleted. Configuration: masqueradeBit 14 (mark 0x4000), the
// ClusterCIDR local-traffic detector (the pod network), --iptables-localhost-nodeports=false,
// nf_conntrack_tcp_be_liberal unset, no nfacct counters (nfnetlink_acct is not modelled).

import { type Ip4, ip4ToString } from '../../engine/wire/addr.ts';
import type { Ops } from '../docker/ops.ts';
import { base32, sha256, utf8 } from './hash.ts';
import { NodeOps } from './node-ops.ts';
import type { K8sState, KNode, Pod } from './state.ts';

export const KUBE_RELEASE = 'v1.35';
const MARK = '0x004000'; // fmt.Sprintf("%#08x", 1<<14)

export interface ServicePort {
  name?: string;
  protocol: 'TCP' | 'UDP';
  port: number;
  /** A number, or the name of a container port. */
  targetPort: number | string;
  nodePort?: number;
}

/** A Service as applied or exposed: its manifest's fields (./manifest.ts), `clusterIP` if given. */
export interface ServiceSpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  type: 'ClusterIP' | 'NodePort';
  selector: Record<string, string>;
  ports: ServicePort[];
  clusterIP?: number;
  /** metadata.annotations as the manifest gives them. */
  annotations?: Record<string, string>;
}

/** A Service the API server stored: its ClusterIP allocated. */
export interface Service extends ServiceSpec {
  clusterIP: Ip4;
  created: number;
  /** The manifest `kubectl apply` created it from. */
  applied?: string;
}

/** ServicePortName.String(): "ns/name" plus ":port-name" when the port has a name. */
export function servicePortName(svc: Service, p: ServicePort): string {
  return `${svc.namespace}/${svc.name}${p.name ? `:${p.name}` : ''}`;
}

/** portProtoHash: base32(sha256(name + protocol))[:16]. */
function portProtoHash(name: string, protocol: string): string {
  return base32(sha256(utf8(name + protocol))).slice(0, 16);
}

export const svcChain = (name: string, proto: string) => `KUBE-SVC-${portProtoHash(name, proto)}`;
export const extChain = (name: string, proto: string) => `KUBE-EXT-${portProtoHash(name, proto)}`;
export const sepChain = (name: string, proto: string, ep: string) =>
  `KUBE-SEP-${base32(sha256(utf8(name + proto + ep))).slice(0, 16)}`;

/** computeProbability: "%0.10f" of 1/n. */
export function probability(n: number): string {
  return (1 / n).toFixed(10);
}

/** A Service's selector picks the Pod: every label matches, and a Service without one picks none. */
export const selects = (sel: Record<string, string>, pod: Pod) =>
  Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => pod.labels[k] === v);

/** The endpoints of one service port: the selected Pods' address and target port, sorted as strings. */
export function endpointsOf(st: K8sState, svc: Service, p: ServicePort): string[] {
  const out: string[] = [];
  for (const pod of st.pods) {
    if (pod.phase !== 'Running' || pod.namespace !== svc.namespace || !selects(svc.selector, pod)) continue;
    let port: number | undefined;
    if (typeof p.targetPort === 'number') port = p.targetPort;
    else
      for (const c of pod.containers)
        for (const cp of c.ports)
          if (cp.name === p.targetPort && cp.protocol === p.protocol) port = cp.containerPort;
    if (port !== undefined) out.push(`${ip4ToString(pod.ip)}:${port}`);
  }
  return out.sort();
}

type Line = string[];

interface Restore {
  filterChains: string[];
  filterRules: Line[];
  natChains: string[];
  natRules: Line[];
}

const cm = (c: string) => ['-m', 'comment', '--comment', c];

/** The rules of one service port (nat), in syncProxyRules' order; `svcLines` get KUBE-SERVICES/NODEPORTS lines. */
function servicePortRules(
  st: K8sState,
  svc: Service,
  p: ServicePort,
  r: Restore,
  full: boolean,
  changed: boolean,
  active: Set<string>,
): void {
  const proto = p.protocol.toLowerCase();
  const name = servicePortName(svc, p);
  const eps = endpointsOf(st, svc, p);
  const svcC = svcChain(name, proto);
  const ip = ip4ToString(svc.clusterIP);
  const match = ['-m', proto, '-p', proto, '-d', ip, '--dport', `${p.port}`];
  if (eps.length === 0) {
    // No endpoints: only a filter rule rejecting the service's traffic.
    r.filterRules.push(['-A', 'KUBE-SERVICES', ...cm(`${name} has no endpoints`), ...match, '-j', 'REJECT']);
    if (p.nodePort)
      r.filterRules.push([
        '-A',
        'KUBE-EXTERNAL-SERVICES',
        ...cm(`${name} has no endpoints`),
        '-m',
        'addrtype',
        '--dst-type',
        'LOCAL',
        '-m',
        proto,
        '-p',
        proto,
        '--dport',
        `${p.nodePort}`,
        '-j',
        'REJECT',
      ]);
    return;
  }
  r.natRules.push(['-A', 'KUBE-SERVICES', ...cm(`${name} cluster IP`), ...match, '-j', svcC]);
  const ext = extChain(name, proto);
  if (p.nodePort)
    r.natRules.push([
      '-A',
      'KUBE-NODEPORTS',
      ...cm(name),
      '-m',
      proto,
      '-p',
      proto,
      '--dport',
      `${p.nodePort}`,
      '-j',
      ext,
    ]);
  active.add(svcC);
  for (const ep of eps) active.add(sepChain(name, proto, ep));
  if (p.nodePort) active.add(ext);
  // Unchanged service chains are left out of a partial sync.
  if (!full && !changed) return;
  const cc = st.clusterCIDR;
  const podCidr = `${ip4ToString(cc.addr)}/${cc.len}`;
  const nat = r.natRules;
  nat.push(['-A', svcC, ...cm(`${name} cluster IP`), ...match, '!', '-s', podCidr, '-j', 'KUBE-MARK-MASQ']);
  if (p.nodePort) {
    r.natChains.push(ext);
    nat.push([
      '-A',
      ext,
      ...cm(`masquerade traffic for ${name} external destinations`),
      '-j',
      'KUBE-MARK-MASQ',
    ]);
    nat.push(['-A', ext, '-j', svcC]);
  }
  r.natChains.push(svcC);
  // writeServiceToEndpointRules: each but the last endpoint with probability 1/(n-i).
  eps.forEach((ep, i) => {
    const stat =
      i < eps.length - 1
        ? ['-m', 'statistic', '--mode', 'random', '--probability', probability(eps.length - i)]
        : [];
    nat.push(['-A', svcC, ...cm(`${name} -> ${ep}`), ...stat, '-j', sepChain(name, proto, ep)]);
  });
  for (const ep of eps) {
    const sep = sepChain(name, proto, ep);
    r.natChains.push(sep);
    nat.push(['-A', sep, ...cm(name), '-s', ep.split(':')[0], '-j', 'KUBE-MARK-MASQ']);
    nat.push(['-A', sep, ...cm(name), '-m', proto, '-p', proto, '-j', 'DNAT', '--to-destination', ep]);
  }
}

function chainExists(ops: NodeOps, table: string, chain: string): boolean {
  return ops.check(['iptables', '-t', table, '-n', '-L', chain]);
}

/** kube-proxy starts on the node: its canary chains and the jumps into its chains. */
function start(ops: NodeOps): void {
  ops.note(
    `kube-proxy (Kubernetes ${KUBE_RELEASE}, iptables mode) starts on ${ops.node.netns === '' ? 'the node' : `node ${ops.node.name}`}`,
  );
  ops.note(
    'conntrack: nf_conntrack_tcp_timeout_established=86400 and _close_wait=3600 (not modelled: the kernel defaults stay)',
  );
  for (const t of ['mangle', 'nat', 'filter'])
    if (!chainExists(ops, t, 'KUBE-PROXY-CANARY')) ops.run(['iptables', '-t', t, '-N', 'KUBE-PROXY-CANARY']);
  const NEW = ['-m', 'conntrack', '--ctstate', 'NEW'];
  const jumps: [string, string, string, string, string[]][] = [
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'INPUT', 'kubernetes externally-visible service portals', NEW],
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'FORWARD', 'kubernetes externally-visible service portals', NEW],
    ['filter', 'KUBE-NODEPORTS', 'INPUT', 'kubernetes health check service ports', []],
    ['filter', 'KUBE-SERVICES', 'FORWARD', 'kubernetes service portals', NEW],
    ['filter', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', NEW],
    ['filter', 'KUBE-FORWARD', 'FORWARD', 'kubernetes forwarding rules', []],
    ['filter', 'KUBE-PROXY-FIREWALL', 'INPUT', 'kubernetes load balancer firewall', NEW],
    ['filter', 'KUBE-PROXY-FIREWALL', 'OUTPUT', 'kubernetes load balancer firewall', NEW],
    ['filter', 'KUBE-PROXY-FIREWALL', 'FORWARD', 'kubernetes load balancer firewall', NEW],
    ['nat', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', []],
    ['nat', 'KUBE-SERVICES', 'PREROUTING', 'kubernetes service portals', []],
    ['nat', 'KUBE-POSTROUTING', 'POSTROUTING', 'kubernetes postrouting rules', []],
    // iptablesKubeletJumpChains: kubelet's firewall chain, jumped to without a comment.
    ['filter', 'KUBE-FIREWALL', 'INPUT', '', []],
    ['filter', 'KUBE-FIREWALL', 'OUTPUT', '', []],
  ];
  for (const [t, dst, src, comment, extra] of jumps) {
    if (!chainExists(ops, t, dst)) ops.run(['iptables', '-t', t, '-N', dst]);
    const rule = [...extra, ...(comment ? cm(comment) : []), '-j', dst];
    if (!ops.check(['iptables', '-t', t, '-C', src, ...rule]))
      ops.run(['iptables', '-t', t, '-I', src, ...rule]);
  }
}

/**
 * syncProxyRules. `changed` names the services whose chains are rewritten (all of them on a full
 * sync, which the first one is).
 */
export function syncProxyRules(ops: Ops, st: K8sState, changed: Set<Service> | 'full'): void {
  for (const node of st.nodes)
    if (node.alive) syncNode(new NodeOps(ops, st, node), st, node, changed);
    else
      ops.note(`node ${node.name}: its namespace is gone (deleted by hand), kube-proxy there does not run`);
}

/** kube-proxy of one node: every node writes the same rules (the endpoints are the cluster's). */
export function syncNode(ops: NodeOps, st: K8sState, node: KNode, changed: Set<Service> | 'full'): void {
  const full = changed === 'full' || !node.proxyStarted;
  if (!node.proxyStarted) {
    start(ops);
    node.proxyStarted = true;
  }
  const r: Restore = {
    filterChains: [
      'KUBE-SERVICES',
      'KUBE-EXTERNAL-SERVICES',
      'KUBE-FORWARD',
      'KUBE-NODEPORTS',
      'KUBE-PROXY-FIREWALL',
    ],
    filterRules: [],
    natChains: ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ'],
    natRules: [
      ['-A', 'KUBE-POSTROUTING', '-m', 'mark', '!', '--mark', `${MARK}/${MARK}`, '-j', 'RETURN'],
      ['-A', 'KUBE-POSTROUTING', '-j', 'MARK', '--xor-mark', MARK],
      [
        '-A',
        'KUBE-POSTROUTING',
        ...cm('kubernetes service traffic requiring SNAT'),
        '-j',
        'MASQUERADE',
        '--random-fully',
      ],
      ['-A', 'KUBE-MARK-MASQ', '-j', 'MARK', '--or-mark', MARK],
    ],
  };
  const active = new Set<string>();
  // Go ranges over a map here (random order); netns-lab takes the services by namespace and name.
  const services = [...st.services].sort((a, b) =>
    `${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1,
  );
  for (const svc of services)
    for (const p of svc.ports)
      servicePortRules(st, svc, p, r, full, changed !== 'full' && changed.has(svc), active);
  // Stale KUBE-SVC/SEP/EXT chains: flushed (a chain line) and deleted.
  const stale: string[] = [];
  for (const c of node.proxyChains) if (!active.has(c)) stale.push(c);
  for (const c of stale) r.natChains.push(c);
  for (const c of stale) r.natRules.push(['-X', c]);
  node.proxyChains = active;
  r.natRules.push([
    '-A',
    'KUBE-SERVICES',
    ...cm('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
    '-m',
    'addrtype',
    '--dst-type',
    'LOCAL',
    '!',
    '-d',
    '127.0.0.0/8',
    '-j',
    'KUBE-NODEPORTS',
  ]);
  r.filterRules.push(['-A', 'KUBE-FORWARD', '-m', 'conntrack', '--ctstate', 'INVALID', '-j', 'DROP']);
  r.filterRules.push([
    '-A',
    'KUBE-FORWARD',
    ...cm('kubernetes forwarding rules'),
    '-m',
    'mark',
    '--mark',
    `${MARK}/${MARK}`,
    '-j',
    'ACCEPT',
  ]);
  r.filterRules.push([
    '-A',
    'KUBE-FORWARD',
    ...cm('kubernetes forwarding conntrack rule'),
    '-m',
    'conntrack',
    '--ctstate',
    'RELATED,ESTABLISHED',
    '-j',
    'ACCEPT',
  ]);
  ops.note(
    `kube-proxy${node.netns === '' ? '' : ` on ${node.name}`} syncProxyRules${full ? ' (full)' : ''}: iptables-restore --noflush, run as the commands it amounts to`,
  );
  for (const [table, chains, rules] of [
    ['filter', r.filterChains, r.filterRules],
    ['nat', r.natChains, r.natRules],
  ] as const) {
    // A chain line (":CHAIN - [0:0]") creates the chain, or flushes it when it exists.
    for (const c of chains) ops.run(['iptables', '-t', table, chainExists(ops, table, c) ? '-F' : '-N', c]);
    for (const l of rules) ops.run(['iptables', '-t', table, ...l]);
  }
}
