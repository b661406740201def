// The cluster the worker's snapshot carries (src/shell/k8s/view.ts), and how the editor names a
// Kubernetes object it selects ("k8s:Service:web"; "k8s:Pod:" is a new one, not applied yet).

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import type { ClusterView } from '../../shell/k8s/view.ts';
import type { RoleInfo } from '../doc/document.ts';

export const KINDS = ['Pod', 'Deployment', 'Service', 'NetworkPolicy'] as const;
export type Kind = (typeof KINDS)[number];

export const clusterOf = (snap: TopologySnapshot | undefined): ClusterView | undefined =>
  (snap as (TopologySnapshot & { cluster?: ClusterView }) | undefined)?.cluster;

export interface K8sTarget {
  kind: Kind;
  /** Undefined: a new object (the form's draft). */
  name?: string;
}

export const k8sId = (kind: Kind, name?: string): string => `k8s:${kind}:${name ?? ''}`;

export function parseK8sId(id: string | undefined): K8sTarget | undefined {
  const m = id ? /^k8s:(\w+):(.*)$/s.exec(id) : null;
  if (!m || !(KINDS as readonly string[]).includes(m[1])) return undefined;
  return { kind: m[1] as Kind, ...(m[2] ? { name: m[2] } : {}) };
}

/**
 * The document's roles, plus what the cluster says of namespaces it has none for: a Pod's sandbox
 * is a Pod and a Node object's namespace a node, however they were made (a form, the terminal).
 */
export function withClusterRoles(
  snap: TopologySnapshot,
  roles: Record<string, RoleInfo> | undefined,
): Record<string, RoleInfo> | undefined {
  const c = clusterOf(snap);
  if (!c) return roles;
  const add: Record<string, RoleInfo> = {};
  for (const n of c.nodes) if (!roles?.[n]) add[n] = { role: 'node' };
  for (const p of c.pods) if (!roles?.[p.netns]) add[p.netns] = { role: 'pod' };
  return Object.keys(add).length ? { ...roles, ...add } : roles;
}

type ServiceView = ClusterView['services'][number];

/** The Pods behind a Service, by address: each port's endpoints are those Pods at its targetPort. */
export const serviceEndpoints = (s: ServiceView): string[] => [
  ...new Set(s.endpoints.flat().map((e) => e.slice(0, e.lastIndexOf(':')))),
];

/**
 * A Service card's width on the canvas (CanvasK8s.tsx: 12 px monospace; the name and ClusterIP,
 * each port as a chip, where it sends to), from its English words and a little generous: the layout
 * gives the host's header room for the cards from it, whatever the page's language.
 */
export function serviceCardWidth(s: ServiceView): number {
  const eps = serviceEndpoints(s);
  const ports = s.ports.map(
    (q) => `${q.port}→${q.targetPort}/${q.protocol}${q.nodePort ? ` node:${q.nodePort}` : ''}`,
  );
  const to =
    eps.length && s.ports.length > 1
      ? `→ ${eps.length} Pods`
      : eps.length
        ? `→ ${eps.length > 2 ? `${eps.slice(0, 2).join(', ')} +${eps.length - 2}` : eps.join(', ')}`
        : '→ no endpoints';
  const chars = `${s.name}: ${s.clusterIP}`.length + ports.join('').length + to.length;
  // 7.23 px a character; padding and border 19, a 6 px gap before each part, 8 px of chip padding.
  return Math.ceil(chars * 7.4 + 19 + 6 * (ports.length + 1) + 8 * ports.length + 16);
}
