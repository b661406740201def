// kube-router v2.11.1's network policy controller (cloudnativelabs/kube-router, tag v2.11.1,
// pkg/controllers/netpol, the iptables + ipset implementation, its default) on the node. Its source
// decides every name, rule and comment here; see conformance/reference/kube-router-v2.11.1/README.md.
//
// Run() (npc_iptables.go) makes the top-level chains and the jumps into them with plain iptables
// commands. Each fullPolicySync then (1) rebuilds the policies' ipsets with one `ipset restore
// -exist` (utils/ipset.go BuildIPSetRestore: a TMP- set filled and swapped in), and (2) takes
// `iptables-save -t filter`, appends the policy chains (policy.go) and the Pods' firewall chains
// (pod.go), moves the tail jumps to the end, drops stale chains and loads the whole table back with
// `iptables-restore -T filter`. netns-lab runs (1) line by line as ipset commands and (2) as the
// iptables commands that turn the table it had into the table the restore writes.
// Configuration: IPv4 only, --netpol-default-deny off, service range 10.96.0.0/12, NodePort range
// 30000-32767, no external or load-balancer ranges.
//
// kube-router runs on every node (a DaemonSet). Each node's controller syncs on its own: the policy
// chains and their ipsets are the same everywhere (the sets hold the matching Pods of the whole
// cluster), but the Pod firewall chains and the jumps to them exist only for the Pods of that node
// (syncPodFirewallChains → getLocalPods: Status.HostIP is one of the node's addresses). Traffic
// between Pods of two nodes is therefore checked for egress on the source Pod's node and for
// ingress on the destination Pod's node.

import { ruleArgv } from '../../engine/netfilter/format.ts';
import type { TraceMsg } from '../../engine/trace/messages.ts';
import { msg } from '../../engine/trace/messages.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ops } from '../docker/ops.ts';
import { base32, sha1, sha256, utf8 } from './hash.ts';
import {
  formatSelector,
  type NetpolPeer,
  type NetpolRule,
  type NetworkPolicySpec,
  selectorMatches,
} from './netpol-manifest.ts';
import { NodeOps } from './node-ops.ts';
import type { K8sState, KNode, Pod } from './state.ts';

export const KUBE_ROUTER_RELEASE = 'v2.11.1';

export interface NetworkPolicy extends NetworkPolicySpec {
  created: number;
  /** The manifest `kubectl apply` created it from. */
  applied?: string;
}

/** What the controller keeps between syncs. */
export interface NetpolState {
  /** The last sync's number (kube-router's version: see nextVersion). */
  version: bigint;
}

const INPUT = 'KUBE-ROUTER-INPUT';
const FORWARD = 'KUBE-ROUTER-FORWARD';
const OUTPUT = 'KUBE-ROUTER-OUTPUT';
const DEFAULT = 'KUBE-NWPLCY-DEFAULT';
const COMMON = 'KUBE-NWPLCY-COMMON';
const TAIL = 'KUBE-NWPLCY-TAIL';
/** defaultChains: Go ranges over this map in random order; netns-lab takes INPUT, FORWARD, OUTPUT. */
const TOP: [string, string][] = [
  ['INPUT', INPUT],
  ['FORWARD', FORWARD],
  ['OUTPUT', OUTPUT],
];
const SERVICE_RANGE = '10.96.0.0/12';
const NODE_PORTS = '30000:32767';

const h16 = (s: string) => base32(sha256(utf8(s))).slice(0, 16);
const FAMILY = 'IPv4';
const policyChainName = (ns: string, name: string, v: string) => `KUBE-NWPLCY-${h16(ns + name + v + FAMILY)}`;
const podChain = (ns: string, name: string, v: string) => `KUBE-POD-FW-${h16(ns + name + v)}`;
const dstSet = (ns: string, name: string) => `KUBE-DST-${h16(ns + name + FAMILY)}`;
const srcSet = (ns: string, name: string) => `KUBE-SRC-${h16(ns + name + FAMILY)}`;
const indexedSet = (
  prefix: 'SRC' | 'DST',
  ns: string,
  name: string,
  dir: 'ingress' | 'egress',
  i: number,
  what: string,
) => `KUBE-${prefix}-${h16(`${ns}${name}${dir}rule${i}${FAMILY}${what}`)}`;
/** ensureTopLevelChains' rule UUID: base32(sha256(chain + the rule's words joined))[:16]. */
const ruleUuid = (chain: string, spec: string[]) => h16(chain + spec.join(''));
const cm = (c: string) => ['-m', 'comment', '--comment', c];

/** isNetPolActionable: a Pod with an address (not finished, not hostNetwork). */
const actionable = (p: Pod) => p.phase === 'Running' && p.ip !== 0;

/** The Pods a policy's podSelector picks in its namespace. */
function targets(st: K8sState, p: NetworkPolicy): Pod[] {
  return st.pods.filter(
    (x) => actionable(x) && x.namespace === p.namespace && selectorMatches(p.podSelector, x.labels),
  );
}

/** The cluster's namespaces, with the label the API server gives each (kubernetes.io/metadata.name). */
const NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

/** evalPodPeer: the Pods a peer's selectors pick (an ipBlock peer picks none). */
function peerPods(st: K8sState, p: NetworkPolicy, peer: NetpolPeer): Pod[] {
  let namespaces: string[];
  if (peer.namespaceSelector) {
    const sel = peer.namespaceSelector;
    namespaces = NAMESPACES.filter((n) => selectorMatches(sel, { 'kubernetes.io/metadata.name': n }));
  } else if (peer.podSelector) namespaces = [p.namespace];
  else return [];
  const ps = peer.podSelector;
  return st.pods.filter(
    (x) => actionable(x) && namespaces.includes(x.namespace) && (!ps || selectorMatches(ps, x.labels)),
  );
}

/** evalIPBlockPeer: a peer that is only an ipBlock, as hash:net entries (/0 split in two halves). */
function ipBlockEntries(peer: NetpolPeer): string[][] {
  const b = peer.ipBlock;
  if (!b || peer.podSelector || peer.namespaceSelector) return [];
  const halves = (extra: string[]) => [
    ['0.0.0.0/1', 'timeout', '0', ...extra],
    ['128.0.0.0/1', 'timeout', '0', ...extra],
  ];
  const out = b.cidr.endsWith('/0') ? halves([]) : [[b.cidr, 'timeout', '0']];
  for (const e of b.except)
    out.push(...(e.endsWith('/0') ? halves(['nomatch']) : [[e, 'timeout', '0', 'nomatch']]));
  return out;
}

/** An ipset the sync writes: its options as kube-router keeps them and its entries. */
interface SetPlan {
  options: string;
  entries: string[][];
}

/** A rule the sync writes: argv after "-A CHAIN", and why it is there. */
interface Line {
  args: string[];
  why?: TraceMsg;
}

/**
 * policyIndexedIngressNamedPortIPSetName, policyIndexedEgressNamedPortIPSetName: the Pods whose
 * named port resolved to one number (both KUBE-DST-).
 */
const namedPortSet = (ns: string, name: string, dir: 'ingress' | 'egress', i: number, ep: number) =>
  `KUBE-DST-${h16(`${ns}${name}${dir}rule${i}${ep}${FAMILY}namedport`)}`;

/** A named port resolved (grabNamedPortFromPod): its protocol and number, and the Pods that have it. */
interface NamedEndpoints {
  protocol: string;
  port: number;
  pods: Pod[];
}

/**
 * grabNamedPortFromPod over some Pods, then processNetworkPolicyPorts' lookup of one named port:
 * each number the name resolves to, with the Pods that give it that number (Go ranges over that
 * map in random order; netns-lab takes the numbers in order). buildNetworkPoliciesInfo grabs an
 * ingress rule's names from the policy's target Pods, an egress rule's from its peer Pods, or, for
 * an egress rule without peers, from every Pod of the policy's namespace.
 */
function resolveNamedPort(pods: Pod[], name: string, protocol: string): NamedEndpoints[] {
  const byPort = new Map<number, Pod[]>();
  for (const pod of pods)
    for (const c of pod.containers)
      for (const q of c.ports)
        if (q.name === name && q.protocol === protocol)
          byPort.set(q.containerPort, [...(byPort.get(q.containerPort) ?? []), pod]);
  return [...byPort.keys()]
    .sort((a, b) => a - b)
    .map((port) => ({ protocol, port, pods: byPort.get(port)! }));
}

const podLabel = (p: Pod) => `${p.namespace}/${p.name}`;
const policyLabel = (p: NetworkPolicy) => `${p.namespace}/${p.name}`;

function peerText(r: NetpolRule, dir: 'ingress' | 'egress'): string {
  if (r.peers.length === 0) return dir === 'ingress' ? 'any source' : 'any destination';
  return r.peers
    .map((x) =>
      x.ipBlock
        ? `${x.ipBlock.cidr}${x.ipBlock.except.length ? ` except ${x.ipBlock.except.join(', ')}` : ''}`
        : [
            x.namespaceSelector ? `namespaces ${formatSelector(x.namespaceSelector)}` : '',
            x.podSelector ? `pods ${formatSelector(x.podSelector)}` : '',
          ]
            .filter(Boolean)
            .join(', '),
    )
    .join('; ');
}

function portText(r: NetpolRule): string {
  if (r.ports.length === 0) return 'any port';
  return r.ports
    .map(
      (p) =>
        `${p.name ?? (p.port === undefined ? 'any' : p.endPort ? `${p.port}-${p.endPort}` : p.port)}/${p.protocol}`,
    )
    .join(', ');
}

/** The commands run as iptables would be run by kube-router's go-iptables handler, on its node. */
class Writer {
  constructor(
    readonly ops: NodeOps,
    readonly st: K8sState,
  ) {}

  get nf() {
    return this.ops.ns.nf;
  }

  exists(chain: string): boolean {
    return this.nf.table('filter').chains.has(chain);
  }

  run(args: string[], why?: TraceMsg, chain?: string, at?: 'first' | 'last'): void {
    this.ops.run(['iptables', '-t', 'filter', ...args]);
    if (!why || !chain) return;
    const rules = this.nf.table('filter').chains.get(chain)?.rules;
    const r = rules?.[at === 'first' ? 0 : rules.length - 1];
    if (r) r.why = why;
  }
}

/** Run(): the chains and jumps kube-router makes when it starts (ensure* with plain iptables). */
function start(w: Writer): void {
  w.ops.note(
    w.st.implicit
      ? `kube-router ${KUBE_ROUTER_RELEASE} starts its network policy controller (iptables mode) on the node; netns-lab starts it with the first NetworkPolicy`
      : `kube-router ${KUBE_ROUTER_RELEASE} (a DaemonSet: one on every node) starts its network policy controller (iptables mode) on ${w.ops.node.name}; netns-lab starts it with the first NetworkPolicy`,
  );
  // ensureTopLevelChains: each top-level chain, the jump to it at position 1 of the built-in chain.
  for (const [builtin, custom] of TOP) {
    if (!w.exists(custom)) w.run(['-N', custom]);
    const spec = [...cm('kube-router netpol'), '-j', custom];
    const uuid = ruleUuid(builtin, spec);
    w.run(
      ['-I', builtin, '1', ...cm(`kube-router netpol - ${uuid}`), '-j', custom],
      msg('kr.jump-top', { chain: custom }),
      builtin,
      'first',
    );
  }
  const head: string[][] = [
    [...cm('allow traffic to primary/secondary cluster IP range'), '-d', SERVICE_RANGE, '-j', 'RETURN'],
  ];
  for (const proto of ['TCP', 'UDP', 'SCTP'])
    head.push([
      '-p',
      proto.toLowerCase(),
      ...cm(`allow LOCAL ${proto} traffic to node ports`),
      '-m',
      'addrtype',
      '--dst-type',
      'LOCAL',
      '-m',
      'multiport',
      '--dports',
      NODE_PORTS,
      '-j',
      'RETURN',
    ]);
  head.forEach((spec, i) => {
    const uuid = ruleUuid(INPUT, spec);
    const args = spec.map((x, j) => (spec[j - 1] === '--comment' ? `${x} - ${uuid}` : x));
    w.run(['-I', INPUT, `${i + 1}`, ...args]);
  });
  const input = w.nf.table('filter').chains.get(INPUT)?.rules ?? [];
  input.forEach((r, i) => {
    r.why = msg(i === 0 ? 'kr.service-range' : 'kr.node-ports');
  });
  // ensureDefaultNetworkPolicyChain, ensureCommonPolicyChain, ensureDefaultTailChain.
  w.run(['-N', DEFAULT]);
  w.run(
    [
      '-A',
      DEFAULT,
      '-j',
      'MARK',
      ...cm('rule to mark traffic matching a network policy'),
      '--set-xmark',
      '0x10000/0x10000',
    ],
    msg('kr.default-mark'),
    DEFAULT,
  );
  w.run(['-N', COMMON]);
  w.run(
    [
      '-A',
      COMMON,
      ...cm('"rule to drop invalid state for pod"'),
      '-m',
      'conntrack',
      '--ctstate',
      'INVALID',
      '-j',
      'DROP',
    ],
    msg('kr.invalid'),
    COMMON,
  );
  w.run(
    [
      '-A',
      COMMON,
      ...cm('"rule for stateful firewall for pod"'),
      '-m',
      'conntrack',
      '--ctstate',
      'RELATED,ESTABLISHED',
      '-j',
      'ACCEPT',
    ],
    msg('kr.established'),
    COMMON,
  );
  for (const [type, comment] of [
    ['echo-request', 'allow icmp echo requests'],
    ['destination-unreachable', 'allow icmp destination unreachable messages'],
    ['time-exceeded', 'allow icmp time exceeded messages'],
  ])
    w.run(
      ['-A', COMMON, ...cm(comment), '-p', 'icmp', '--icmp-type', type, '-j', 'ACCEPT'],
      msg('kr.icmp'),
      COMMON,
    );
  w.run(['-N', TAIL]);
  w.run(
    ['-A', TAIL, ...cm('accept netpol-ok'), '-m', 'mark', '--mark', '0x20000/0x20000', '-j', 'ACCEPT'],
    msg('kr.accept'),
    TAIL,
  );
}

/**
 * The next sync's version. kube-router uses the sync's start time (time.Now().UnixNano(), base 10);
 * netns-lab numbers its syncs (1, 2, …) instead, so the chain names a lab gets do not move when the
 * engine's timing of earlier commands does. The names are hashed the same way (see the reference).
 */
function nextVersion(s: NetpolState): string {
  s.version += 1n;
  return s.version.toString();
}

/**
 * A change the controllers hear of (a policy, a Pod): every node's kube-router runs fullPolicySync,
 * node by node. The first one starts kube-router on every node.
 */
export function syncNetworkPolicies(ops: Ops, st: K8sState): void {
  st.netpol ??= { version: 0n };
  for (const node of st.nodes) if (node.alive) syncNode(new NodeOps(ops, st, node), st, node);
}

/** fullPolicySync on one node. Starts the node's controller first when it is not running yet. */
export function syncNode(ops: NodeOps, st: K8sState, node: KNode): void {
  const w = new Writer(ops, st);
  if (!node.netpol) {
    node.netpol = { version: 0n };
    start(w);
  }
  const v = nextVersion(node.netpol);
  const policies = [...st.policies].sort((a, b) => (policyLabel(a) < policyLabel(b) ? -1 : 1));
  const many = !st.implicit;

  // syncNetworkPolicyChains: the policy chains and their ipsets.
  const sets = new SetPlanner(ops.ns.nf);
  const chains = policies.map((p) => policyChain(st, p, v, sets));
  ops.note(
    `kube-router${many ? ` on ${node.name}` : ''}: network policy sync (version ${v}): the policies' ipsets by \`ipset restore -exist\`, run line by line${many ? ' (they list the matching Pods of every node)' : ''}`,
  );
  restoreSets(ops, sets.plans);

  // syncPodFirewallChains: one chain per Pod of the node, and the top-level chains' jumps to it.
  const top = new Map<string, Line[]>(TOP.map(([, c]) => [c, []]));
  const local = st.pods
    .filter((p) => actionable(p) && p.node === node.name)
    .sort((a, b) => (podLabel(a) < podLabel(b) ? -1 : 1));
  for (const pod of local) chains.push(podFirewallChain(st, pod, policies, v, node, top));
  for (const [, c] of TOP) top.get(c)!.push(...tailRules());

  // cleanupStaleRules + iptables-restore, as the commands that change the table.
  ops.note(
    `kube-router${many ? ` on ${node.name}` : ''}: iptables-save -t filter, the new policy and Pod chains appended${many ? ' (Pod chains for its own Pods only)' : ''}, stale chains dropped, iptables-restore -T filter: run as the commands that change the table`,
  );
  restoreFilter(w, chains, top);

  // cleanupStaleIPSets
  for (const s of ops.ns.nf.ipsets.all())
    if ((s.name.startsWith('KUBE-SRC-') || s.name.startsWith('KUBE-DST-')) && !sets.active.has(s.name))
      ops.run(['ipset', 'destroy', s.name]);
}

/** The ipsets one sync writes (RefreshSet), and every set name it used (activePolicyIPSets). */
class SetPlanner {
  readonly plans = new Map<string, SetPlan>();
  readonly active = new Set<string>();

  constructor(readonly nf: NodeOps['ns']['nf']) {}

  /** An existing set keeps its options: parseIPSetSave's words of `ipset save`, without initval. */
  private savedOptions(name: string): string | undefined {
    const s = this.nf.ipsets.get(name);
    if (!s) return undefined;
    const t = s.timeout !== undefined ? ` timeout ${s.timeout}` : '';
    return `${s.type} family inet hashsize ${s.hashsize} maxelem ${s.maxelem}${t} bucketsize 12`;
  }

  refresh(name: string, type: 'hash:ip' | 'hash:net', entries: string[][]): void {
    this.active.add(name);
    this.plans.set(name, {
      options: this.plans.get(name)?.options ?? this.savedOptions(name) ?? `${type} timeout 0`,
      entries,
    });
  }
}

const setEntries = (pods: Pod[]) => pods.map((p) => [ip4ToString(p.ip), 'timeout', '0']);

/** A chain of the new table: its name and rules. */
interface ChainPlan {
  name: string;
  lines: Line[];
}

/** A policy's chain (processIngressRules, processEgressRules): per rule and port, MARK then RETURN. */
function policyChain(st: K8sState, p: NetworkPolicy, v: string, sets: SetPlanner): ChainPlan {
  const lines: Line[] = [];
  const tp = targets(st, p);
  // appendRuleToPolicyChain
  const add = (
    kind: string,
    src: string,
    dst: string,
    port: { protocol?: string; port?: number; endPort?: number },
    why: TraceMsg,
  ) => {
    const args = [...cm(`${p.namespace}/${p.name} ${kind}`)];
    if (src) args.push('-m', 'set', '--match-set', src, 'src');
    if (dst) args.push('-m', 'set', '--match-set', dst, 'dst');
    if (port.protocol) args.push('-p', port.protocol);
    if (port.port !== undefined)
      args.push('--dport', port.endPort ? `${port.port}:${port.endPort}` : `${port.port}`);
    lines.push({ args: [...args, '-j', 'MARK', '--set-xmark', '0x10000/0x10000'], why });
    lines.push({ args: [...args, '-m', 'mark', '--mark', '0x10000/0x10000', '-j', 'RETURN'] });
  };
  for (const dir of ['ingress', 'egress'] as const) {
    if (!p.policyTypes.includes(dir === 'ingress' ? 'Ingress' : 'Egress')) continue;
    const own = dir === 'ingress' ? dstSet(p.namespace, p.name) : srcSet(p.namespace, p.name);
    sets.refresh(own, 'hash:ip', setEntries(tp));
    (dir === 'ingress' ? p.ingress : p.egress).forEach((r, i) => {
      policyRule(st, p, dir, i, r, { own, targets: tp, sets, add });
    });
  }
  return { name: policyChainName(p.namespace, p.name, v), lines };
}

/** What the rules of one policy direction share. */
interface RuleEnv {
  /** The policy's set of its own Pods (KUBE-DST- for ingress, KUBE-SRC- for egress). */
  own: string;
  targets: Pod[];
  sets: SetPlanner;
  add: (
    kind: string,
    src: string,
    dst: string,
    port: { protocol?: string; port?: number; endPort?: number },
    why: TraceMsg,
  ) => void;
}

/** One ingress or egress rule: its pod peers, its any-peer form, its ipBlocks; numeric and named ports. */
function policyRule(
  st: K8sState,
  p: NetworkPolicy,
  dir: 'ingress' | 'egress',
  i: number,
  r: NetpolRule,
  { own, targets: tp, sets, add }: RuleEnv,
): void {
  const I = dir === 'ingress';
  const why = msg('kr.allow', {
    policy: policyLabel(p),
    dir,
    n: i + 1,
    peers: peerText(r, dir),
    ports: portText(r),
  });
  const ports = r.ports
    .filter((x) => x.name === undefined)
    .map((x) => ({ protocol: x.protocol, port: x.port, endPort: x.endPort }));
  // processNetworkPolicyPorts: a named port becomes one rule per number it resolves to. (A rule
  // whose ports are all names that resolve to nothing is left with no ports: kube-router then
  // matches every port, as matchAllPorts is false but both lists are empty.)
  const pods = r.peers.flatMap((peer) => peerPods(st, p, peer));
  const namedFrom = I
    ? tp
    : r.peers.length
      ? pods
      : st.pods.filter((x) => actionable(x) && x.namespace === p.namespace);
  const named = r.ports
    .filter((x) => x.name !== undefined)
    .flatMap((x) => resolveNamedPort(namedFrom, x.name!, x.protocol));
  // An ingress rule matches the sources and the named port's Pods; an egress rule to Pods
  // matches the named port's Pods (processEgressRules), one to anywhere only the port.
  const namedRules = (kind: string, src: string, withSet: boolean) =>
    named.forEach((ep, k) => {
      let set = '';
      if (withSet) {
        set = namedPortSet(p.namespace, p.name, dir, i, k);
        sets.refresh(set, 'hash:ip', setEntries(ep.pods));
      }
      add(`${kind} np`, src, set, { protocol: ep.protocol, port: ep.port }, why);
    });
  if (pods.length) {
    const set = indexedSet(I ? 'SRC' : 'DST', p.namespace, p.name, dir, i, 'pod');
    sets.refresh(set, 'hash:ip', setEntries(pods));
    const [src, dst] = I ? [set, own] : [own, set];
    if (ports.length) for (const q of ports) add(`${dir} pods`, src, dst, q, why);
    namedRules(`${dir} pods`, I ? set : own, true);
    if (!ports.length && !named.length) add(`${dir} pods`, src, dst, {}, why);
  }
  if (r.peers.length === 0) {
    const [src, dst] = I ? ['', own] : [own, ''];
    if (ports.length) for (const q of ports) add(`${dir} any`, src, dst, q, why);
    namedRules(`${dir} any`, src, I);
    if (r.ports.length === 0) add(`${dir} any`, src, dst, {}, why);
  }
  const blocks = r.peers.flatMap(ipBlockEntries);
  if (blocks.length) {
    const set = indexedSet(I ? 'SRC' : 'DST', p.namespace, p.name, dir, i, 'ipblock');
    sets.refresh(set, 'hash:net', blocks);
    const [src, dst] = I ? [set, own] : [own, set];
    if (r.ports.length === 0) add(`${dir} cidr`, src, dst, {}, why);
    for (const q of ports) add(`${dir} cidr`, src, dst, q, why);
    // An ingress rule's named ports match the ipBlock's sources to the target Pods giving the name
    // that number (the same namedport set, refreshed as hash:net: a set the Pods' branch or an
    // earlier sync made keeps its type). processEgressRules matches an egress ipBlock on the numeric
    // ports only: a named port allows nothing to it.
    if (I)
      named.forEach((ep, k) => {
        const np = namedPortSet(p.namespace, p.name, dir, i, k);
        sets.refresh(np, 'hash:net', setEntries(ep.pods));
        add(`${dir} cidr np`, set, np, { protocol: ep.protocol, port: ep.port }, why);
      });
  }
}

/**
 * A Pod's firewall chain (setupPodNetpolRules): COMMON, from the node, the default or the policies'
 * jumps, NFLOG and REJECT of what no policy marked; and its jumps from the top-level chains
 * (interceptPodInboundTraffic, interceptPodOutboundTraffic), added to `top`.
 */
function podFirewallChain(
  st: K8sState,
  pod: Pod,
  policies: NetworkPolicy[],
  v: string,
  node: KNode,
  top: Map<string, Line[]>,
): ChainPlan {
  const many = !st.implicit;
  const chain = podChain(pod.namespace, pod.name, v);
  const ip = ip4ToString(pod.ip);
  const who = podLabel(pod);
  const inserted: Line[] = [];
  const selecting: Record<'ingress' | 'egress', string[]> = { ingress: [], egress: [] };
  for (const p of policies) {
    if (!targets(st, p).includes(pod)) continue;
    const pc = policyChainName(p.namespace, p.name, v);
    const isIn = p.policyTypes.includes('Ingress');
    const isEg = p.policyTypes.includes('Egress');
    if (isIn) selecting.ingress.push(policyLabel(p));
    if (isEg) selecting.egress.push(policyLabel(p));
    const why = msg('kr.policy-jump', {
      policy: policyLabel(p),
      pod: who,
      types: p.policyTypes.join(', '),
    });
    const c = cm(`${p.namespace}/${p.name} policy`);
    if (isIn && isEg) inserted.push({ args: [...c, '-j', pc], why });
    else if (isIn) inserted.push({ args: ['-d', ip, ...c, '-j', pc], why });
    else inserted.push({ args: ['-s', ip, ...c, '-j', pc], why });
  }
  // A direction no policy selects the Pod for (policyTypes is defaulted, never empty): the default chain.
  if (!selecting.ingress.length)
    inserted.push({
      args: ['-d', ip, ...cm('default ingress'), '-j', DEFAULT],
      why: msg('kr.default', { pod: who, dir: 'ingress' }),
    });
  if (!selecting.egress.length)
    inserted.push({
      args: ['-s', ip, ...cm('default egress'), '-j', DEFAULT],
      why: msg('kr.default', { pod: who, dir: 'egress' }),
    });
  inserted.push({
    args: [...cm('from local node'), '-m', 'addrtype', '--src-type', 'LOCAL', '-d', ip, '-j', 'ACCEPT'],
    why: msg('kr.from-node', { pod: who }),
  });
  inserted.push({ args: [...cm('common netpol rules'), '-j', COMMON], why: msg('kr.common') });
  // Each was written as "-I CHAIN 1": the restore leaves them in the reverse order.
  const lines = inserted.reverse();
  const denied = (dir: 'ingress' | 'egress') =>
    selecting[dir].length ? selecting[dir].join(', ') : undefined;
  lines.push({
    args: [
      ...cm(`${who} log-drop`),
      '-m',
      'mark',
      '!',
      '--mark',
      '0x10000/0x10000',
      '-j',
      'NFLOG',
      '--nflog-group',
      '100',
      '-m',
      'limit',
      '--limit',
      '10/minute',
      '--limit-burst',
      '10',
    ],
  });
  lines.push({
    args: [...cm(`${who} reject`), '-m', 'mark', '!', '--mark', '0x10000/0x10000', '-j', 'REJECT'],
    why: msg(many ? 'kr.reject-node' : 'kr.reject', {
      pod: who,
      node: node.name,
      ingress: denied('ingress') ?? '-',
      egress: denied('egress') ?? '-',
    }),
  });
  lines.push({ args: ['-j', 'MARK', '--set-mark', '0/0x10000'] });
  lines.push({ args: [...cm('set netpol-ok mark'), '-j', 'MARK', '--set-mark', '0x20000/0x20000'] });
  // interceptPodInboundTraffic, interceptPodOutboundTraffic.
  const inWhy = msg(many ? 'kr.pod-in-node' : 'kr.pod-in', { pod: who, ip, node: node.name });
  const outWhy = msg(many ? 'kr.pod-out-node' : 'kr.pod-out', { pod: who, ip, node: node.name });
  top.get(FORWARD)!.push({ args: [...cm(`${who} in`), '-d', ip, '-j', chain], why: inWhy });
  top.get(OUTPUT)!.push({ args: [...cm(`${who} in`), '-d', ip, '-j', chain], why: inWhy });
  top.get(FORWARD)!.push({
    args: ['-m', 'physdev', '--physdev-is-bridged', ...cm(`${who} in`), '-d', ip, '-j', chain],
    why: inWhy,
  });
  for (const [, c] of TOP)
    top.get(c)!.push({ args: [...cm(`${who} out`), '-s', ip, '-j', chain], why: outWhy });
  top.get(FORWARD)!.push({
    args: ['-m', 'physdev', '--physdev-is-bridged', ...cm(`${who} out`), '-s', ip, '-j', chain],
    why: outWhy,
  });
  return { name: chain, lines };
}

/** ensureTailChainPosition, ensureExplicitAccept: the last two rules of each top-level chain. */
function tailRules(): Line[] {
  return [
    {
      args: [
        ...cm('rule to explicitly handle traffic for network policies ACCEPT/REJECT decision'),
        '-j',
        TAIL,
      ],
      why: msg('kr.tail'),
    },
    {
      args: [
        ...cm('rule to explicitly ACCEPT traffic that comply to network policies'),
        '-m',
        'mark',
        '--mark',
        '0x20000/0x20000',
        '-j',
        'ACCEPT',
      ],
      why: msg('kr.accept'),
    },
  ];
}

/**
 * The restore's effect as commands: the new chains made and filled; each top-level chain flushed
 * and written with the rules it kept and the new jumps; stale policy and Pod chains flushed and
 * deleted.
 */
function restoreFilter(w: Writer, chains: ChainPlan[], top: Map<string, Line[]>): void {
  const filter = w.nf.table('filter');
  const fresh = new Set(chains.map((c) => c.name));
  const stale = [...filter.chains.keys()].filter(
    (c) =>
      ((c.startsWith('KUBE-NWPLCY-') && c !== DEFAULT && c !== COMMON && c !== TAIL) ||
        c.startsWith('KUBE-POD-FW-')) &&
      !fresh.has(c),
  );
  for (const c of chains) w.run(['-N', c.name]);
  for (const c of chains) for (const l of c.lines) w.run(['-A', c.name, ...l.args], l.why, c.name);
  for (const [, c] of TOP) {
    // The restore keeps the chain's rules but those naming a stale chain and the two it moved to
    // the end, then the new ones: the chain is flushed and written so.
    const kept = (filter.chains.get(c)?.rules ?? [])
      .map((r) => ({ args: ruleArgv(r), why: r.why }))
      .filter(
        (l) =>
          !stale.some((x) => l.args.includes(x)) &&
          !l.args.includes(TAIL) &&
          !l.args.includes('0x20000/0x20000'),
      );
    w.run(['-F', c]);
    for (const l of [...kept, ...top.get(c)!]) w.run(['-A', c, ...l.args], l.why, c);
  }
  for (const c of stale) if ((filter.chains.get(c)?.rules.length ?? 0) > 0) w.run(['-F', c]);
  for (const c of stale) w.run(['-X', c]);
}

/** BuildIPSetRestore: per set (by name), a TMP- set of the same options filled and swapped in. */
function restoreSets(ops: NodeOps, sets: Map<string, SetPlan>): void {
  const tmp = new Map<string, string>();
  const words = (line: string) => line.split(' ');
  for (const name of [...sets.keys()].sort()) {
    const s = sets.get(name)!;
    let t = tmp.get(s.options);
    if (!t) {
      t = `TMP-${base32(sha1(utf8(`tmp:${s.options}`)).slice(0, 10))}`;
      ops.run(['ipset', 'create', t, ...words(s.options), '-exist']);
      ops.run(['ipset', 'flush', t]);
      tmp.set(s.options, t);
    }
    for (const e of s.entries) ops.run(['ipset', 'add', t, ...e, '-exist']);
    ops.run(['ipset', 'create', name, ...words(s.options), '-exist']);
    ops.run(['ipset', 'swap', t, name]);
    ops.run(['ipset', 'flush', t]);
  }
  for (const t of [...tmp.values()].sort()) ops.run(['ipset', 'destroy', t]);
}
