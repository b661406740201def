// Deployments (apps/v1), as kube-controller-manager v1.35 runs them (pkg/controller/deployment).
// The Deployment controller keeps one ReplicaSet per Pod template it has run, NAME-<pod-template-hash>
// (./template-hash.ts), each with its revision (annotation deployment.kubernetes.io/revision); the
// one whose template is the Deployment's is the new one, the others are old. The ReplicaSet
// controller keeps each set's `replicas` Pods, named NAME-<hash>-<5 random characters> (the API
// server's generateName) and labelled with the template's labels and pod-template-hash; scaling
// down deletes, as it ranks them (getPodsToDelete), the Pods on the nodes that hold the most Pods of
// the set first, then the newest.
//
// A template change (kubectl apply, rollout restart, rollout undo) is a rollout: getNewReplicaSet
// finds the set whose template equals the new one or makes it, with revision max(old)+1; then
//   RollingUpdate (rolling.go): scale the new set up while all sets hold at most replicas+maxSurge
//     Pods (NewRSNewReplicas), scale old sets down, oldest first, while replicas-maxUnavailable
//     Pods stay available (reconcileOldReplicaSets); each step waits for the Pods it made to be
//     available, which in netns-lab they are at once, so the steps run one after the other;
//   Recreate (recreate.go): scale every old set to 0, then the new one up;
// and cleanupDeployment deletes the old sets with no Pods beyond revisionHistoryLimit, oldest first.
//
// A paused Deployment (spec.paused: `kubectl rollout pause`) is only synced (sync.go sync): no new
// ReplicaSet is made for a new template (getAllReplicaSetsAndSyncRevision with createIfNotExisted
// false; a set that already has the template still becomes the newest revision), nothing rolls, a new
// `replicas` goes to the one active set (scale: FindActiveOrLatest), and old sets are cleaned up.
// `kubectl rollout resume` clears the flag and the next sync rolls out as above.

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import { unsupported } from './kubectl-error.ts';
import type { LabelSelector } from './netpol-manifest.ts';
import type { Deployment, K8sState, Pod, PodSpec, ReplicaSet } from './state.ts';
import { ALPHANUMS, computeHash, sameTemplate } from './template-hash.ts';

export interface Controllers {
  create: (spec: PodSpec) => Pod;
  remove: (pod: Pod) => void;
}

export const rsName = (d: Deployment, rs: ReplicaSet) => `${d.name}-${rs.hash}`;

/** spec.selector as the API has it. */
export const deploymentSelector = (d: Deployment): LabelSelector => ({
  matchLabels: d.selector,
  matchExpressions: d.matchExpressions ?? [],
});

/** The Pods a ReplicaSet owns (those of the Deployment with its pod-template-hash). */
export function podsOf(st: K8sState, d: Deployment, rs?: ReplicaSet): Pod[] {
  return st.pods.filter(
    (p) =>
      p.owner === d.name && p.namespace === d.namespace && (!rs || p.labels['pod-template-hash'] === rs.hash),
  );
}

/** The set running the Deployment's template. */
export function newReplicaSet(d: Deployment): ReplicaSet | undefined {
  return d.replicaSets.find((rs) => rs.hash === d.podTemplateHash);
}

/** The ReplicaSet controller's reconciliation of one set: makes or deletes Pods until `replicas` exist. */
function reconcileSet(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, rs: ReplicaSet, c: Controllers): void {
  const name = rsName(d, rs);
  const have = podsOf(st, d, rs);
  if (have.length < rs.replicas)
    ops.note(
      `ReplicaSet ${d.namespace}/${name}: ${have.length} Pods, wants ${rs.replicas}: creates ${rs.replicas - have.length}`,
    );
  for (let i = have.length; i < rs.replicas; i++) {
    let pod = '';
    for (
      let tries = 0;
      tries < 100 && (pod === '' || st.pod(pod, d.namespace) || ctx.world.netns(pod));
      tries++
    ) {
      let suffix = '';
      for (let k = 0; k < 5; k++) suffix += ALPHANUMS[st.rng.int(0, ALPHANUMS.length)];
      pod = `${name}-${suffix}`;
    }
    c.create({
      name: pod,
      namespace: d.namespace,
      labels: { ...rs.template.labels, 'pod-template-hash': rs.hash },
      containers: rs.template.containers,
      owner: d.name,
      given: rs.templateSpec.spec,
      ...(rs.templateSpec.metadata.annotations ? { annotations: rs.templateSpec.metadata.annotations } : {}),
    });
  }
  if (have.length > rs.replicas) {
    ops.note(
      `ReplicaSet ${d.namespace}/${name}: ${have.length} Pods, wants ${rs.replicas}: deletes ${have.length - rs.replicas} (those on the nodes with the most of its Pods first, then the newest)`,
    );
    const onNode = (p: Pod) => have.filter((q) => q.node === p.node).length;
    const order = [...have].sort(
      (a, b) => onNode(b) - onNode(a) || b.created - a.created || (a.name < b.name ? 1 : -1),
    );
    for (const p of order.slice(0, have.length - rs.replicas)) c.remove(p);
  }
}

/** Every set's Pods as its `replicas` says (a Pod deleted by hand is replaced). */
export function reconcile(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, c: Controllers): void {
  for (const rs of d.replicaSets) reconcileSet(ctx, st, ops, d, rs, c);
}

/** The set's available Pods (netns-lab's Pods are available as soon as they run). */
export const available = (st: K8sState, d: Deployment, rs: ReplicaSet) =>
  podsOf(st, d, rs).filter((p) => p.phase === 'Running').length;

/** resolveFenceposts: maxSurge rounds up, maxUnavailable down; both 0 would never progress, so 1. */
export function fenceposts(d: Deployment): { surge: number; unavailable: number } {
  if (d.strategy.type !== 'RollingUpdate') return { surge: 0, unavailable: 0 };
  const value = (v: number | string, up: boolean) => {
    if (typeof v === 'number') return v;
    const x = (Number(v.slice(0, -1)) * d.replicas) / 100;
    return up ? Math.ceil(x) : Math.floor(x);
  };
  const surge = value(d.strategy.maxSurge, true);
  const unavailable = value(d.strategy.maxUnavailable, false);
  return { surge, unavailable: surge === 0 && unavailable === 0 ? 1 : unavailable };
}

/**
 * The Deployment controller's sync after a change of the Deployment (created, scaled, a new
 * template): the new ReplicaSet, the rollout to it, the cleanup of old sets.
 */
export function syncDeployment(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, c: Controllers): void {
  // FindNewReplicaSet: the set whose template is the Deployment's (EqualIgnoreHash).
  let rs = d.replicaSets.find((x) => sameTemplate(x.templateSpec, d.templateSpec));
  const maxRevision = Math.max(0, ...d.replicaSets.filter((x) => x !== rs).map((x) => x.revision));
  if (!rs && d.paused) {
    ops.note(
      `Deployment ${d.namespace}/${d.name} is paused: the Deployment controller makes no ReplicaSet for its Pod template until it is resumed`,
    );
    d.podTemplateHash = '';
    syncPaused(ctx, st, ops, d, undefined, c);
    return;
  }
  if (!rs) {
    // A hash taken by a set of another template is a collision: status.collisionCount goes up.
    let hash = computeHash(d.templateSpec, d.collisionCount);
    while (d.replicaSets.some((x) => x.hash === hash)) {
      d.collisionCount = (d.collisionCount ?? 0) + 1;
      hash = computeHash(d.templateSpec, d.collisionCount);
    }
    rs = {
      hash,
      revision: maxRevision + 1,
      templateSpec: d.templateSpec,
      template: d.template,
      replicas: 0,
      created: ctx.world.clock.now,
      ...(d.changeCause ? { changeCause: d.changeCause } : {}),
    };
    ops.note(
      rs.revision === 1
        ? `Deployment ${d.namespace}/${d.name}: the Deployment controller makes ReplicaSet ${rsName(d, rs)}`
        : `Deployment ${d.namespace}/${d.name}: a new Pod template: the Deployment controller makes ReplicaSet ${rsName(d, rs)}, revision ${rs.revision}`,
    );
    d.replicaSets.push(rs);
  } else if (rs.revision <= maxRevision) {
    rs.revision = maxRevision + 1;
    if (d.changeCause) rs.changeCause = d.changeCause;
    ops.note(
      `Deployment ${d.namespace}/${d.name}: ReplicaSet ${rsName(d, rs)} has the template again: it becomes revision ${rs.revision}`,
    );
  }
  d.podTemplateHash = rs.hash;
  if (d.paused) {
    syncPaused(ctx, st, ops, d, rs, c);
    return;
  }
  const olds = () =>
    d.replicaSets.filter((x) => x !== rs && x.replicas > 0).sort((a, b) => a.created - b.created);
  // The first set's scaling needs no note of its own: the ReplicaSet's says it.
  const alone = d.replicaSets.length === 1;
  const scale = (x: ReplicaSet, n: number, why: string) => {
    if (!alone)
      ops.note(
        `Deployment ${d.namespace}/${d.name}: ${why} ReplicaSet ${rsName(d, x)} from ${x.replicas} to ${n}`,
      );
    x.replicas = n;
    reconcileSet(ctx, st, ops, d, x, c);
  };
  const R = d.replicas;
  if (d.strategy.type === 'Recreate') {
    for (const x of olds()) scale(x, 0, 'scales down');
    if (rs.replicas !== R) scale(rs, R, rs.replicas < R ? 'scales up' : 'scales down');
  } else {
    const { surge, unavailable } = fenceposts(d);
    for (let step = 0; step < 10_000; step++) {
      const total = d.replicaSets.reduce((n, x) => n + x.replicas, 0);
      // reconcileNewReplicaSet
      if (rs.replicas > R) {
        scale(rs, R, 'scales down');
        continue;
      }
      if (rs.replicas < R && total < R + surge) {
        scale(rs, rs.replicas + Math.min(R + surge - total, R - rs.replicas), 'scales up');
        continue;
      }
      // reconcileOldReplicaSets
      const old = olds();
      if (old.length === 0) break;
      const minAvailable = R - unavailable;
      let budget = total - minAvailable - (rs.replicas - available(st, d, rs));
      if (budget <= 0) break;
      let scaled = false;
      // cleanupUnhealthyReplicas: old sets' Pods that are not available go first.
      for (const x of old) {
        const down = Math.min(x.replicas - available(st, d, x), budget);
        if (down <= 0) continue;
        scale(x, x.replicas - down, 'scales down');
        budget -= down;
        scaled = true;
      }
      // scaleDownOldReplicaSetsForRollingUpdate
      const avail = d.replicaSets.reduce((n, x) => n + available(st, d, x), 0);
      let left = avail - minAvailable;
      for (const x of olds()) {
        if (left <= 0) break;
        const down = Math.min(x.replicas, left);
        scale(x, x.replicas - down, 'scales down');
        left -= down;
        scaled = true;
      }
      if (!scaled) break;
    }
  }
  cleanup(st, ops, d, rs);
}

/** cleanupDeployment: old sets without Pods beyond revisionHistoryLimit, the oldest revisions first. */
function cleanup(st: K8sState, ops: Ops, d: Deployment, rs: ReplicaSet | undefined): void {
  const idle = d.replicaSets
    .filter((x) => x !== rs && x.replicas === 0 && podsOf(st, d, x).length === 0)
    .sort((a, b) => a.revision - b.revision);
  for (const x of idle.slice(0, Math.max(0, idle.length - d.revisionHistoryLimit))) {
    ops.note(
      `Deployment ${d.namespace}/${d.name}: deletes ReplicaSet ${rsName(d, x)} (revision ${x.revision}: more old ReplicaSets than revisionHistoryLimit ${d.revisionHistoryLimit})`,
    );
    d.replicaSets = d.replicaSets.filter((y) => y !== x);
  }
}

/**
 * sync.go sync for a paused Deployment: scale (FindActiveOrLatest: the one set with Pods, or with
 * none the new set, else the newest old one, gets `replicas`; the proportional scaling of several
 * active sets is not modelled), then cleanupDeployment.
 */
function syncPaused(
  ctx: Ctx,
  st: K8sState,
  ops: Ops,
  d: Deployment,
  rs: ReplicaSet | undefined,
  c: Controllers,
): void {
  const olds = d.replicaSets.filter((x) => x !== rs).sort((a, b) => b.created - a.created);
  const active = [...olds, ...(rs ? [rs] : [])].filter((x) => x.replicas > 0);
  const target = active.length === 0 ? (rs ?? olds[0]) : active.length === 1 ? active[0] : undefined;
  if (target && target.replicas !== d.replicas) {
    ops.note(
      `Deployment ${d.namespace}/${d.name}: ${target.replicas < d.replicas ? 'scales up' : 'scales down'} ReplicaSet ${rsName(d, target)} from ${target.replicas} to ${d.replicas}`,
    );
    target.replicas = d.replicas;
    reconcileSet(ctx, st, ops, d, target, c);
  } else if (active.length > 1 && active.reduce((n, x) => n + x.replicas, 0) !== d.replicas)
    unsupported(
      `scaling paused deployment/${d.name} while ${active.length} of its ReplicaSets have Pods (the Deployment controller's proportional scaling is not modelled)`,
    );
  cleanup(st, ops, d, rs);
}

/** The rollout is done: every Pod runs the new template and is available (DeploymentComplete). */
export function rolledOut(st: K8sState, d: Deployment): boolean {
  const rs = newReplicaSet(d);
  const all = podsOf(st, d);
  return (
    rs !== undefined &&
    podsOf(st, d, rs).length === d.replicas &&
    all.length === d.replicas &&
    available(st, d, rs) === d.replicas
  );
}
