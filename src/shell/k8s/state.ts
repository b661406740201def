// What the cluster remembers: its nodes (each with its CNI configuration, host-local's allocations
// and kube-proxy's chains), the Pods, Services and Deployments. Until a Node object is applied the
// cluster is one implicit node, node1, the host namespace; applied Node objects make it a cluster
// of network namespaces (./nodes.ts). Its random values (sandbox IDs, veth names, MACs) come from a generator of its own, seeded
// from the world's seed, so kubectl commands do not shift the kernel's own random choices.

import type { Netns } from '../../engine/netns/netns.ts';
import { Rng } from '../../engine/sim/rng.ts';
import type { Ip4 } from '../../engine/wire/addr.ts';
import type { World } from '../../engine/world.ts';
import type { Listener } from '../docker/images.ts';
import { type CniConf, DEFAULT_CNI_CONF, parseCniConf } from './cni-conf.ts';
import type { NetpolState, NetworkPolicy } from './netpol.ts';
import type { SelectorRequirement } from './netpol-manifest.ts';
import type { Service } from './proxy.ts';
import type { TemplateSpec } from './template-hash.ts';

/** The implicit node's name in `kubectl get pods -o wide` (kubeadm names a node after its hostname). */
export const NODE_NAME = 'node1';

/** One node: where its kubelet, container runtime and kube-proxy work, and what they remember. */
export class KNode {
  confText = DEFAULT_CNI_CONF;
  conf: CniConf;
  /** host-local's store (/var/lib/cni/networks/NAME): address → container ID, and last_reserved_ip.0. */
  reserved = new Map<Ip4, string>();
  lastReserved?: Ip4;
  /** kube-proxy has started on the node (its jump rules exist). */
  proxyStarted = false;
  /** The node's kube-router network policy controller, once it has started. */
  netpol?: NetpolState;
  /** The KUBE-SVC/SEP/EXT chains kube-proxy's last sync wrote on the node. */
  proxyChains = new Set<string>();
  /** The node's address (status.addresses InternalIP); 0 for the implicit node. */
  internalIP: Ip4 = 0 as Ip4;
  /** spec.podCIDR (a registered node). */
  podCIDR?: { addr: Ip4; len: number };
  created = 0;

  constructor(
    readonly world: World,
    readonly name: string,
    /** The network namespace the node's components run in; '' is the host namespace. */
    readonly netns: string,
  ) {
    const c = parseCniConf(this.confText);
    if (typeof c === 'string') throw new Error(c);
    this.conf = c;
  }

  /** The node's namespace still exists (a registered node's can be deleted by hand). */
  get alive(): boolean {
    return this.netns === '' || this.world.netns(this.netns) !== undefined;
  }

  get ns(): Netns {
    const ns = this.netns === '' ? this.world.host : this.world.netns(this.netns);
    if (!ns) throw new Error(`node ${this.name}: namespace ${this.netns} is gone`);
    return ns;
  }
}

export interface PodContainer {
  name: string;
  image: string;
  /** containerPort entries (informational, as in Kubernetes: they do not open anything). */
  ports: { name?: string; containerPort: number; protocol: 'TCP' | 'UDP' }[];
  /** args (replacing the image's CMD); empty: the image's own command. */
  args: string[];
  /** The sockets the image's own process opens. */
  listeners: Listener[];
}

/** What a Pod is made from (kubectl run, a manifest, a ReplicaSet): ./kubelet.ts createPod. */
export interface PodSpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  containers: PodContainer[];
  /** spec.nodeName: bound to this node without the scheduler. */
  nodeName?: string;
  /** The Deployment whose ReplicaSet owns it. */
  owner?: string;
  /** metadata.annotations (a manifest's, or the ReplicaSet template's). */
  annotations?: Record<string, string>;
  /** The spec as written (describe prints each container's command and args as given). */
  given?: TemplateSpec['spec'];
}

export interface Pod extends PodSpec {
  /** The pause container's ID: CNI_CONTAINERID. */
  sandboxId: string;
  /** The network namespace (named after the Pod in netns-lab). */
  netns: string;
  /** spec.nodeName: the node the scheduler bound it to. */
  node: string;
  /** Running, or ContainerCreating while its sandbox could not be made (then no ip, no veth). */
  phase: 'Running' | 'ContainerCreating';
  ip: Ip4;
  hostVeth: string;
  created: number;
  /** Closes the containers' sockets. */
  stop: (() => void)[];
  /** The manifest `kubectl apply` created it from (to tell "unchanged" from a change). */
  applied?: string;
}

/** The pod network of a cluster of registered nodes: flanneld's net-conf.json (./nodes.ts). */
export interface PodNetwork {
  network: { addr: Ip4; len: number };
  subnetLen: number;
  backend: 'vxlan' | 'host-gw';
}

/** A ReplicaSet of a Deployment (./deployment.ts): one Pod template, its revision and its size. */
export interface ReplicaSet {
  /** pod-template-hash: the set is NAME-HASH, its Pods carry the label. */
  hash: string;
  /** metadata.annotations["deployment.kubernetes.io/revision"]. */
  revision: number;
  templateSpec: TemplateSpec;
  template: { labels: Record<string, string>; containers: PodContainer[] };
  /** spec.replicas, as the Deployment controller sets it. */
  replicas: number;
  created: number;
  /** kubernetes.io/change-cause, copied from the Deployment when the set became its new one. */
  changeCause?: string;
}

/** spec.strategy: maxSurge and maxUnavailable as numbers or percentages ("25%"). */
export type DeploymentStrategy =
  | { type: 'RollingUpdate'; maxSurge: number | string; maxUnavailable: number | string }
  | { type: 'Recreate' };

/** A Deployment as applied: its manifest's fields (./manifest.ts). */
export interface DeploymentSpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  replicas: number;
  /** spec.selector.matchLabels. */
  selector: Record<string, string>;
  /** spec.selector.matchExpressions (absent: none). */
  matchExpressions?: SelectorRequirement[];
  /** spec.template (what its Pods run, and as given: what the pod-template-hash is computed over). */
  template: { labels: Record<string, string>; containers: PodContainer[] };
  templateSpec: TemplateSpec;
  strategy: DeploymentStrategy;
  revisionHistoryLimit: number;
  /** metadata.annotations["kubernetes.io/change-cause"]. */
  changeCause?: string;
  /** spec.paused as the manifest gives it (absent: not set by the manifest). */
  paused?: boolean;
  /** spec.minReadySeconds (printed by describe; netns-lab's Pods are ready at once). */
  minReadySeconds?: number;
  /** metadata.annotations as the manifest gives them. */
  annotations?: Record<string, string>;
}

/** A Deployment and its ReplicaSets (./deployment.ts). */
export interface Deployment extends DeploymentSpec {
  /** status.collisionCount, once a hash collided. */
  collisionCount?: number;
  /** The new ReplicaSet's hash (the set running spec.template). */
  podTemplateHash: string;
  /** spec.paused as it is now (`kubectl rollout pause|resume`, or the manifest). */
  paused: boolean;
  /** spec.paused in the last applied manifest (apply's three-way merge keeps a live value it never set). */
  appliedPaused?: boolean;
  replicaSets: ReplicaSet[];
  created: number;
  applied?: string;
}

export class K8sState {
  readonly rng: Rng;
  /** The implicit node (the host namespace) until Node objects are applied, then those. */
  nodes: KNode[];
  /** Set once Node objects are applied: the pod network (flanneld's net-conf.json). */
  network?: PodNetwork;
  pods: Pod[] = [];
  services: Service[] = [];
  /** NetworkPolicies (kube-router enforces them). */
  policies: NetworkPolicy[] = [];
  /** kube-router (a DaemonSet) has been started, with the first NetworkPolicy; each node keeps its own controller's state. */
  netpol?: NetpolState;
  deployments: Deployment[] = [];
  /** Every command the expansions ran, in order: the plain script that rebuilds the cluster's network. */
  expansion: string[] = [];

  constructor(readonly world: World) {
    this.rng = new Rng((world.seed ^ 0x6b387321) >>> 0);
    this.nodes = [new KNode(world, NODE_NAME, '')];
  }

  node(name: string): KNode | undefined {
    return this.nodes.find((n) => n.name === name);
  }

  /** The implicit one-node cluster (no Node object applied). */
  get implicit(): boolean {
    return this.network === undefined;
  }

  /** The range kube-proxy's ClusterCIDR detector treats as Pods: the cluster network, or the one node's CNI range. */
  get clusterCIDR(): { addr: Ip4; len: number } {
    if (this.network) return this.network.network;
    const r = this.nodes[0].conf.range;
    return { addr: r.subnet, len: r.len };
  }

  /** A 64-digit hex ID, as containerd's sandbox IDs look. */
  newId(): string {
    let s = '';
    for (let i = 0; i < 32; i++) s += this.rng.int(0, 256).toString(16).padStart(2, '0');
    return s;
  }

  /** ip.RandomVethName: "veth" + 4 random bytes in hex. */
  newVethName(taken: (name: string) => boolean): string {
    for (let i = 0; i < 10; i++) {
      let hex = '';
      for (let j = 0; j < 4; j++) hex += this.rng.int(0, 256).toString(16).padStart(2, '0');
      if (!taken(`veth${hex}`)) return `veth${hex}`;
    }
    throw new Error('failed to find a unique veth name');
  }

  /** eth_random_addr's kind of MAC, for the veth ends the kernel would give random ones. */
  newMac(): string {
    return this.rng.mac();
  }

  service(name: string, namespace = 'default'): Service | undefined {
    return this.services.find((x) => x.name === name && x.namespace === namespace);
  }

  /** A free ClusterIP: the API server draws one at random from the service range (10.96.0.0/12). */
  newClusterIP(): number {
    const base = 0x0a600000;
    for (;;) {
      const a = base + this.rng.int(2, (1 << 20) - 1);
      if (!this.services.some((x) => x.clusterIP === a)) return a;
    }
  }

  /** A free NodePort: drawn at random from 30000-32767. */
  newNodePort(): number | undefined {
    const used = new Set(this.services.flatMap((x) => x.ports.map((q) => q.nodePort)));
    if (used.size > 2767) return undefined;
    for (;;) {
      const p = this.rng.int(30000, 32768);
      if (!used.has(p)) return p;
    }
  }

  pod(name: string, namespace = 'default'): Pod | undefined {
    return this.pods.find((p) => p.name === name && p.namespace === namespace);
  }
}

const clusters = new WeakMap<World, K8sState>();

export function k8sState(world: World): K8sState {
  let k = clusters.get(world);
  if (!k) {
    k = new K8sState(world);
    clusters.set(world, k);
  }
  return k;
}

export function existingK8sState(world: World): K8sState | undefined {
  return clusters.get(world);
}
