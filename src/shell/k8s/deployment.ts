// Deployments (apps/v1): the Deployment controller makes one ReplicaSet, NAME-<pod-template-hash>,
// whose controller keeps `replicas` Pods named NAME-<hash>-<5 random characters> (the API server's
// generateName), labelled with the template's labels and pod-template-hash. Scaling down deletes,
// as the ReplicaSet controller ranks them (getPodsToDelete), the Pods on the nodes that hold the
// most Pods of the set first, then the newest. A change of the template would be a rollout (a new
// ReplicaSet): not modelled.

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import type { Deployment, K8sState, Pod } from './state.ts';
import { ALPHANUMS } from './template-hash.ts';

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
