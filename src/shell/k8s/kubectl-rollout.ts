// kubectl rollout (kubectl v1.35.7, pkg/cmd/rollout, pkg/polymorphichelpers) for Deployments:
//   status   DeploymentStatusViewer.Status: netns-lab's Pods are available as soon as they run,
//            so a rollout is done when the command that started it returns;
//   restart  the patch objectrestarter.go makes: spec.template.metadata.annotations
//            "kubectl.kubernetes.io/restartedAt" = time.Now() in RFC 3339 (the lab's clock, UTC);
//   undo     DeploymentRollbacker: the previous revision's template (or --to-revision's), without
//            its pod-template-hash label, patched back into the Deployment;
//   history  DeploymentHistoryViewer.ViewHistory: REVISION and CHANGE-CAUSE of every ReplicaSet,
//            printed through the name printer ("deployment.apps/NAME " + the table); with
//            --revision=N that ReplicaSet's Pod template (./pod-template.ts);
//   pause, resume  the patch objectpauser.go / objectresumer.go make: spec.paused true or false
//            ("is already paused" / "is not paused" when it already is); restart and undo refuse a
//            paused Deployment with kubectl's messages.
// The controller's side (new ReplicaSets, the rolling update) is ./deployment.ts; `kubectl get rs`
// (printReplicaSet) lists the sets here.

import type { Ctx } from '../context.ts';
import type { Ops } from '../docker/ops.ts';
import {
  available,
  type Controllers,
  deploymentSelector,
  newReplicaSet,
  podsOf,
  rolledOut,
  rsName,
  syncDeployment,
} from './deployment.ts';
import { formatSelector } from './netpol-manifest.ts';
import { describePodTemplate } from './pod-template.ts';
import { humanDuration, NO_RESOURCES, pick, table, tabwriter } from './print.ts';
import type { Deployment, K8sState } from './state.ts';
import { sameTemplate } from './template-hash.ts';

export interface RolloutEnv {
  controllers: Controllers;
  /** KubectlError's thrower: kubectl's own message, exit 1. */
  fail: (message: string) => never;
  unsupported: (what: string) => never;
  flags: (
    argv: string[],
    known: Record<string, [string, boolean]>,
    path: string,
  ) => { flags: Map<string, string>; args: string[] };
}

const KINDS = ['deployment', 'deployments', 'deploy', 'deployment.apps', 'deployments.apps'];
/** The restart annotation `rollout restart` sets, which a later apply keeps (not in its manifests). */
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** `kubectl rollout SUB deployment/NAME` (or `deployment NAME`). */
export function rollout(ctx: Ctx, st: K8sState, ops: Ops, argv: string[], env: RolloutEnv): number {
  const [sub, ...rest] = argv;
  const known: Record<string, Record<string, [string, boolean]>> = {
    status: { '-w': ['watch', false], '--watch': ['watch', false], '--revision': ['revision', true] },
    restart: {},
    undo: { '--to-revision': ['to-revision', true] },
    history: { '--revision': ['revision', true] },
    pause: {},
    resume: {},
  };
  if (sub === undefined || !known[sub])
    env.unsupported(
      `kubectl rollout${sub === undefined ? '' : ` ${sub}`} (netns-lab models rollout status, restart, undo, history, pause and resume of a Deployment)`,
    );
  const path = `kubectl rollout ${sub}`;
  const f = env.flags(
    rest,
    { '-n': ['namespace', true], '--namespace': ['namespace', true], ...otherFlags(sub), ...known[sub] },
    path,
  );
  const ns = f.flags.get('namespace');
  if (ns !== undefined && ns !== 'default')
    env.unsupported(`namespace "${ns}" (netns-lab's cluster has the default namespace)`);
  for (const [flag] of Object.values(otherFlags(sub)))
    if (f.flags.has(flag)) env.unsupported(`${path} --${flag}`);
  let revision = 0;
  const rev = f.flags.get('revision');
  if (rev !== undefined) {
    if (!/^[-+]?\d+$/.test(rev))
      env.fail(
        `error: invalid argument "${rev}" for "--revision" flag: strconv.ParseInt: parsing "${rev}": invalid syntax`,
      );
    revision = Number(rev);
  }
  if (f.args.length === 0) env.fail('error: required resource not specified');
  if (revision < 0) env.fail(`error: revision must be a positive integer: ${revision}`);
  let kind: string;
  let name: string | undefined;
  if (f.args[0].includes('/')) {
    [kind, name] = f.args[0].split('/', 2);
    if (f.args.length > 1) env.unsupported(`${path} of several resources`);
  } else {
    [kind, name] = f.args;
    if (f.args.length > 2) env.unsupported(`${path} of several resources`);
  }
  if (!KINDS.includes(kind.toLowerCase()))
    env.unsupported(`${path} ${kind} (netns-lab's rollouts are those of Deployments)`);
  if (!name) env.fail('error: resource(s) were provided, but no name was specified');
  const d = st.deployments.find((x) => x.name === name && x.namespace === 'default');
  if (!d) env.fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  switch (sub) {
    case 'status':
      return status(ctx, st, d, f.flags.get('watch') !== 'false', revision, env);
    case 'restart':
      return restart(ctx, st, ops, d, env);
    case 'undo':
      return undo(ctx, st, ops, d, f.flags.get('to-revision'), env);
    case 'pause':
    case 'resume':
      return pause(ctx, st, ops, d, sub === 'pause', env);
    default:
      return history(ctx, d, revision, env);
  }
}

/**
 * The flags each rollout command has (pkg/cmd/rollout) that netns-lab does not model (they select
 * or print objects in ways the lab does not need): each is unsupported, not kubectl's "unknown flag".
 */
function otherFlags(sub: string): Record<string, [string, boolean]> {
  const flag = (names: string[], long: string, takes = true) =>
    Object.fromEntries(names.map((n) => [n, [long, takes] as [string, boolean]]));
  const select = {
    ...flag(['-f', '--filename'], 'filename'),
    ...flag(['-k', '--kustomize'], 'kustomize'),
    ...flag(['-R', '--recursive'], 'recursive', false),
    ...flag(['-l', '--selector'], 'selector'),
  };
  // PrintFlags: the name printer's output formats.
  const print = {
    ...flag(['-o', '--output'], 'output'),
    ...flag(['--template'], 'template'),
    ...flag(['--allow-missing-template-keys'], 'allow-missing-template-keys', false),
    ...flag(['--show-managed-fields'], 'show-managed-fields', false),
  };
  if (sub === 'status') return { ...select, ...flag(['--timeout'], 'timeout') };
  if (sub === 'undo') return { ...select, ...print, ...flag(['--dry-run'], 'dry-run') };
  if (sub === 'history') return { ...select, ...print };
  return { ...select, ...print, ...flag(['--field-manager'], 'field-manager') };
}

/** rollout pause|resume: the patch of spec.paused, through the name printer. */
function pause(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, on: boolean, env: RolloutEnv): number {
  if (d.paused === on)
    env.fail(`error: deployments.apps "${d.name}" ${on ? 'is already paused' : 'is not paused'}`);
  ops.note(`kubectl patches deployment/${d.name}: spec.paused: ${on}`);
  d.paused = on;
  // The Deployment controller's next sync: paused, it only scales; resumed, it rolls out what changed.
  syncDeployment(ctx, st, ops, d, env.controllers);
  ctx.write(`deployment.apps/${d.name} ${on ? 'paused' : 'resumed'}\n`);
  return 0;
}

/** The Deployment's deployment.kubernetes.io/revision: its newest ReplicaSet's (0 before it has one). */
export const deploymentRevision = (d: Deployment) => Math.max(0, ...d.replicaSets.map((rs) => rs.revision));

/** DeploymentStatusViewer.Status, once (--watch=false) or until done (a watch that would never end here: unsupported). */
function status(
  ctx: Ctx,
  st: K8sState,
  d: Deployment,
  watch: boolean,
  revision: number,
  env: RolloutEnv,
): number {
  if (revision > 0 && revision !== deploymentRevision(d))
    env.fail(
      `error: desired revision (${revision}) is different from the running revision (${deploymentRevision(d)})`,
    );
  if (rolledOut(st, d)) {
    ctx.write(`deployment "${d.name}" successfully rolled out\n`);
    return 0;
  }
  // A rollout that cannot finish here: its new Pods could not start (their sandbox failed).
  const rs = newReplicaSet(d);
  const updated = rs ? podsOf(st, d, rs).length : 0;
  const all = podsOf(st, d).length;
  const avail = rs ? available(st, d, rs) : 0;
  if (updated < d.replicas)
    ctx.write(
      `Waiting for deployment "${d.name}" rollout to finish: ${updated} out of ${d.replicas} new replicas have been updated...\n`,
    );
  else if (all > updated)
    ctx.write(
      `Waiting for deployment "${d.name}" rollout to finish: ${all - updated} old replicas are pending termination...\n`,
    );
  else
    ctx.write(
      `Waiting for deployment "${d.name}" rollout to finish: ${avail} of ${updated} updated replicas are available...\n`,
    );
  if (!watch) return 0;
  return env.unsupported(
    d.paused
      ? `waiting for deployment/${d.name}'s rollout, which is paused (kubectl rollout resume deployment/${d.name} lets it go on)`
      : `waiting for deployment/${d.name}'s rollout, which cannot progress in this lab (its new Pods do not start)`,
  );
}

/** time.Now().Format(time.RFC3339) on the lab's clock (UTC, from the Unix epoch). */
function rfc3339(us: number): string {
  return `${new Date(Math.floor(us / 1e6) * 1000).toISOString().slice(0, 19)}Z`;
}

function restart(ctx: Ctx, st: K8sState, ops: Ops, d: Deployment, env: RolloutEnv): number {
  if (d.paused)
    env.fail(
      `error: deployments.apps "${d.name}" can't restart paused deployment (run rollout resume first)`,
    );
  const at = rfc3339(ctx.world.clock.now);
  const meta = d.templateSpec.metadata;
  // The patch from the object to the restarted one is empty when it was restarted this second.
  if (meta.annotations?.[RESTARTED_AT] === at)
    env.fail(
      `error: failed to create patch for ${d.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
    );
  ops.note(`kubectl patches deployment/${d.name}: spec.template.metadata.annotations ${RESTARTED_AT}: ${at}`);
  d.templateSpec = {
    ...d.templateSpec,
    metadata: { ...meta, annotations: { ...meta.annotations, [RESTARTED_AT]: at } },
  };
  syncDeployment(ctx, st, ops, d, env.controllers);
  ctx.write(`deployment.apps/${d.name} restarted\n`);
  return 0;
}

function undo(
  ctx: Ctx,
  st: K8sState,
  ops: Ops,
  d: Deployment,
  to: string | undefined,
  env: RolloutEnv,
): number {
  let toRevision = 0;
  if (to !== undefined) {
    if (!/^[-+]?\d+$/.test(to))
      env.fail(
        `error: invalid argument "${to}" for "--to-revision" flag: strconv.ParseInt: parsing "${to}": invalid syntax`,
      );
    toRevision = Number(to);
  }
  // deploymentRevision: the given revision, or the second newest.
  const byRevision = [...d.replicaSets].sort((a, b) => b.revision - a.revision);
  const target =
    toRevision > 0
      ? byRevision.find((rs) => rs.revision === toRevision)
      : byRevision.length > 1
        ? byRevision[1]
        : undefined;
  if (!target) {
    if (toRevision > 0) env.fail(`error: unable to find specified revision ${toRevision} in history`);
    env.fail(`error: no rollout history found for deployment "${d.name}"`);
  }
  if (d.paused)
    env.fail(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
    );
  if (sameTemplate(target.templateSpec, d.templateSpec)) {
    ctx.write(
      `deployment.apps/${d.name} skipped rollback (current template already matches revision ${toRevision})\n`,
    );
    return 0;
  }
  ops.note(`kubectl patches deployment/${d.name} with the Pod template of revision ${target.revision}`);
  d.templateSpec = target.templateSpec;
  d.template = target.template;
  // The live template is no longer the applied one: a later apply of the manifest changes it back.
  d.applied = undefined;
  syncDeployment(ctx, st, ops, d, env.controllers);
  ctx.write(`deployment.apps/${d.name} rolled back\n`);
  return 0;
}

function history(ctx: Ctx, d: Deployment, revision: number, env: RolloutEnv): number {
  if (d.replicaSets.length === 0) {
    ctx.write(
      `deployment.apps/${d.name} ${revision > 0 ? `with revision #${revision}` : ''}\nNo rollout history found.\n`,
    );
    return 0;
  }
  if (revision > 0) {
    const rs = d.replicaSets.find((x) => x.revision === revision);
    if (!rs) env.fail('error: unable to find the specified revision');
    // The ReplicaSet's template: the Deployment's, labelled with pod-template-hash, and the set's change-cause.
    const t = rs.templateSpec;
    const text = describePodTemplate(
      t,
      { ...t.metadata.labels, 'pod-template-hash': rs.hash },
      {
        ...t.metadata.annotations,
        ...(rs.changeCause ? { 'kubernetes.io/change-cause': rs.changeCause } : {}),
      },
    );
    ctx.write(`deployment.apps/${d.name} with revision #${revision}\n${text}\n`);
    return 0;
  }
  const rows = [...d.replicaSets]
    .sort((a, b) => a.revision - b.revision)
    .map((rs) => `${rs.revision}\t${rs.changeCause || '<none>'}`);
  const table = tabwriter(['REVISION\tCHANGE-CAUSE', ...rows].join('\n'));
  ctx.write(`deployment.apps/${d.name} \n${table}\n\n`);
  return 0;
}

/** `kubectl get replicasets [-o wide]`: DESIRED (spec.replicas), CURRENT, READY, AGE (printReplicaSet). */
export function getReplicaSets(ctx: Ctx, st: K8sState, names: string[], wide: boolean): number {
  const all = st.deployments.flatMap((d) => d.replicaSets.map((rs) => ({ name: rsName(d, rs), d, rs })));
  const list = pick(ctx, all, names, 'replicasets.apps');
  if (!list) return 1;
  if (!list.length) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const head = ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'];
  if (wide) head.push('CONTAINERS', 'IMAGES', 'SELECTOR');
  const rows = list.map(({ name, d, rs }) => {
    const pods = podsOf(st, d, rs);
    const row = [
      name,
      `${rs.replicas}`,
      `${pods.length}`,
      `${pods.filter((p) => p.phase === 'Running').length}`,
      humanDuration(ctx.world.clock.now - rs.created),
    ];
    if (wide) {
      row.push(
        rs.template.containers.map((c) => c.name).join(','),
        rs.template.containers.map((c) => c.image).join(','),
        formatSelector({
          ...deploymentSelector(d),
          matchLabels: { ...d.selector, 'pod-template-hash': rs.hash },
        }),
      );
    }
    return row;
  });
  ctx.write(table([head, ...rows]));
  return 0;
}
