// Deployments (apps/v1): the Deployment controller makes one ReplicaSet, NAME-<pod-template-hash>,
// whose controller keeps `replicas` Pods named NAME-<hash>-<5 random characters> (the API server's
// generateName), labelled with the template's labels and pod-template-hash. Scaling down deletes,
// as the ReplicaSet controller ranks them (getPodsToDelete), the Pods on the nodes that hold the
// most Pods of the set first, then the newest. A change of the template would be a rollout (a new
// ReplicaSet): not modelled.

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import type { Deployment, K8sState, Pod } from './state.ts';

/** k8s.io/apimachinery/pkg/util/rand: the characters of generated names (no vowels, no 0/1/3). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.SafeEncodeString: each character of s mapped to ALPHANUMS. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.charCodeAt(0) % ALPHANUMS.length];
  return out;
}

/** FNV-1a, 32 bits. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * controller.ComputeHash: fnv32a over the template, rendered as a string. The controller hashes
 * the API server's defaulted template (every default field); netns-lab hashes its own rendering of
 * the fields it models, so a real cluster names the ReplicaSet differently.
 */
export function podTemplateHash(template: Deployment['template']): string {
  return safeEncodeString(String(fnv32a(JSON.stringify(template))));
}

export interface Controllers {
  create: (spec: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    containers: Deployment['template']['containers'];
    owner: string;
  }) => Pod;
  remove: (pod: Pod) => void;
}

/** The ReplicaSet controller's reconciliation: makes or deletes Pods until `replicas` exist. */
export function reconcile(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, c: Controllers): void {
  const rs = `${d.name}-${d.podTemplateHash}`;
  const mine = () => st.pods.filter((p) => p.owner === d.name && p.namespace === d.namespace);
  const have = mine();
  if (have.length < d.replicas)
    ops.note(
      `ReplicaSet ${d.namespace}/${rs}: ${have.length} Pods, wants ${d.replicas}: creates ${d.replicas - have.length}`,
    );
  for (let i = have.length; i < d.replicas; i++) {
    let name = '';
    for (
      let tries = 0;
      tries < 100 && (name === '' || st.pod(name, d.namespace) || ctx.world.netns(name));
      tries++
    ) {
      let suffix = '';
      for (let k = 0; k < 5; k++) suffix += ALPHANUMS[st.rng.int(0, ALPHANUMS.length)];
      name = `${rs}-${suffix}`;
    }
    c.create({
      name,
      namespace: d.namespace,
      labels: { ...d.template.labels, 'pod-template-hash': d.podTemplateHash },
      containers: d.template.containers,
      owner: d.name,
    });
  }
  if (have.length > d.replicas) {
    ops.note(
      `ReplicaSet ${d.namespace}/${rs}: ${have.length} Pods, wants ${d.replicas}: deletes ${have.length - d.replicas} (those on the nodes with the most of its Pods first, then the newest)`,
    );
    const onNode = (p: Pod) => have.filter((q) => q.node === p.node).length;
    const order = [...have].sort(
      (a, b) => onNode(b) - onNode(a) || b.created - a.created || (a.name < b.name ? 1 : -1),
    );
    for (const p of order.slice(0, have.length - d.replicas)) c.remove(p);
  }
}
