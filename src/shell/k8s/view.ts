// What the cluster holds, as plain data for the UI (the canvas draws Services and policies, the
// inspector fills its forms from it): the objects kubectl would list, with a Service's endpoints and
// the Pods each policy selects worked out as kube-proxy and kube-router work them out.

import { ip4ToString } from '../../engine/wire/addr.ts';
import type { World } from '../../engine/world.ts';
import type { LabelSelector, NetpolPeer, NetpolPort, NetpolRule } from './netpol-manifest.ts';
import { selectorMatches } from './netpol-manifest.ts';
import { endpointsOf } from './proxy.ts';
import { existingK8sState, type PodContainer } from './state.ts';

export interface ContainerView {
  name: string;
  image: string;
  ports: { name?: string; containerPort: number; protocol: 'TCP' | 'UDP' }[];
  /** What it runs instead of the image's own process (its command and args as applied); empty: the image's. */
  command: string[];
}

export interface PodView {
  name: string;
  /** The network namespace its sandbox is (named after the Pod). */
  netns: string;
  node: string;
  ip: string;
  phase: 'Running' | 'ContainerCreating';
  labels: Record<string, string>;
  containers: ContainerView[];
  /** The Deployment whose ReplicaSet made it. */
  owner?: string;
}

export interface DeploymentView {
  name: string;
  replicas: number;
  /** spec.paused (kubectl rollout pause, or the manifest). */
  paused: boolean;
  labels: Record<string, string>;
  selector: Record<string, string>;
  template: { labels: Record<string, string>; containers: ContainerView[] };
}

export interface ServiceView {
  name: string;
  type: 'ClusterIP' | 'NodePort';
  clusterIP: string;
  selector: Record<string, string>;
  ports: {
    name?: string;
    protocol: 'TCP' | 'UDP';
    port: number;
    targetPort: number | string;
    nodePort?: number;
  }[];
  /** Per port, "IP:PORT" of each endpoint (kubectl get endpoints), sorted. */
  endpoints: string[][];
  /** The Pods behind it (their names). */
  pods: string[];
}

export interface PolicyView {
  name: string;
  podSelector: LabelSelector;
  policyTypes: ('Ingress' | 'Egress')[];
  ingress: NetpolRule[];
  egress: NetpolRule[];
  /** The Pods it selects (their names). */
  pods: string[];
}

export interface ClusterView {
  nodes: string[];
  pods: PodView[];
  deployments: DeploymentView[];
  services: ServiceView[];
  policies: PolicyView[];
}

export type { LabelSelector, NetpolPeer, NetpolPort, NetpolRule };

/** A deep copy of plain data (selectors and rules are objects and arrays of strings and numbers). */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const containers = (cs: readonly PodContainer[]): ContainerView[] =>
  cs.map((c) => ({
    name: c.name,
    image: c.image,
    ports: c.ports.map((p) => ({ ...p })),
    command: [...c.args],
  }));

/** The cluster of `world`, or undefined when kubectl never ran there. */
export function clusterView(world: World): ClusterView | undefined {
  const st = existingK8sState(world);
  if (!st) return undefined;
  const pods = st.pods.map<PodView>((p) => ({
    name: p.name,
    netns: p.netns,
    node: p.node,
    ip: p.phase === 'Running' ? ip4ToString(p.ip) : '',
    phase: p.phase,
    labels: { ...p.labels },
    containers: containers(p.containers),
    ...(p.owner ? { owner: p.owner } : {}),
  }));
  const selected = (sel: Record<string, string>) =>
    st.pods
      .filter((p) => Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => p.labels[k] === v))
      .map((p) => p.name);
  return {
    nodes: st.implicit ? [] : st.nodes.map((n) => n.name),
    pods,
    deployments: st.deployments.map((d) => ({
      name: d.name,
      replicas: d.replicas,
      paused: d.paused,
      labels: { ...d.labels },
      selector: { ...d.selector },
      template: { labels: { ...d.template.labels }, containers: containers(d.template.containers) },
    })),
    services: st.services.map((s) => ({
      name: s.name,
      type: s.type,
      clusterIP: ip4ToString(s.clusterIP),
      selector: { ...s.selector },
      ports: s.ports.map((p) => ({
        protocol: p.protocol,
        port: p.port,
        targetPort: p.targetPort,
        ...(p.name ? { name: p.name } : {}),
        ...(p.nodePort ? { nodePort: p.nodePort } : {}),
      })),
      endpoints: s.ports.map((p) => endpointsOf(st, s, p)),
      pods: selected(s.selector),
    })),
    policies: st.policies.map((p) => ({
      name: p.name,
      podSelector: copy(p.podSelector),
      policyTypes: [...p.policyTypes],
      ingress: copy(p.ingress),
      egress: copy(p.egress),
      pods: st.pods.filter((x) => selectorMatches(p.podSelector, x.labels)).map((x) => x.name),
    })),
  };
}
