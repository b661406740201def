// `kubectl describe pod|deployment` (kubectl v1.35.7: pkg/cmd/describe DescribeOptions.Run and
// DescribeMatchingResources, pkg/describe/describe.go describePod and describeDeployment), printed
// through text/tabwriter as kubectl prints it. What a real cluster fills in from places netns-lab
// does not model is left out and said to be: the Events (the scheduler's, the kubelet's image
// pulls, the Deployment controller's scaling), a running container's Image ID (the registry's
// digest), and a Deployment's conditions while its rollout cannot finish (they depend on
// progressDeadlineSeconds). Values a real cluster draws at random (the container IDs, the
// kube-api-access volume's suffix) are derived from the Pod's sandbox ID, so they stay put.

import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { reportUnsupported } from '../unsupported.ts';
import {
  available,
  deploymentSelector,
  fenceposts,
  newReplicaSet,
  podsOf,
  rolledOut,
  rsName,
} from './deployment.ts';
import { hex, sha256, utf8 } from './hash.ts';
import { deploymentRevision } from './kubectl-rollout.ts';
import { formatSelector } from './netpol-manifest.ts';
import { internalIP } from './nodes.ts';
import { annotationLines, describePodTemplate } from './pod-template.ts';
import { byName, describeLabels, tabwriter } from './print.ts';
import type { Deployment, K8sState, Pod } from './state.ts';

/** time.Time.Format(time.RFC1123Z) on the lab's clock (UTC, from the Unix epoch). */
export function rfc1123z(us: number): string {
  const d = new Date(Math.floor(us / 1e6) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  return `${day}, ${two(d.getUTCDate())} ${mon} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** describe's flags that change what is printed: `-l k=v,…` and `--show-events`. */
export interface DescribeOptions {
  selector?: Record<string, string>;
  showEvents: boolean;
}
const SHOW_EVENTS: DescribeOptions = { showEvents: true };

/**
 * DescribeOptions.Run over one kind: every object when no name is given; the named ones, each
 * object's text after the first preceded by "\n\n", the NotFound errors after them; and, when a
 * single name matches nothing, DescribeMatchingResources: every object whose name starts with it,
 * each followed by a blank line.
 */
export function describeObjects<T extends { name: string; labels?: Record<string, string> }>(
  ctx: Ctx,
  objects: readonly T[],
  names: string[],
  resource: string,
  one: (x: T) => string,
  opts: DescribeOptions = SHOW_EVENTS,
): number {
  const sel = opts.selector;
  // LabelSelectorParam: only the objects whose labels hold every key=value.
  const all = sel
    ? objects.filter((x) => Object.entries(sel).every(([k, v]) => x.labels?.[k] === v))
    : objects;
  if (names.length === 1 && !all.some((x) => x.name === names[0])) {
    const matching = [...all].sort(byName).filter((x) => x.name.startsWith(names[0]));
    if (!matching.length) {
      ctx.write(`Error from server (NotFound): ${resource} "${names[0]}" not found\n`);
      return 1;
    }
    ctx.write(matching.map((x) => `${one(x)}\n`).join(''));
    return 0;
  }
  const found = names.length ? names.flatMap((n) => all.filter((x) => x.name === n)) : [...all].sort(byName);
  if (!names.length && !found.length) {
    ctx.write('No resources found in default namespace.\n');
    return 0;
  }
  ctx.write(found.map(one).join('\n\n'));
  const missing = names.filter((n) => !all.some((x) => x.name === n));
  for (const n of missing) ctx.write(`Error from server (NotFound): ${resource} "${n}" not found\n`);
  return missing.length ? 1 : 0;
}

// --- Pods ----------------------------------------------------------------------------------------

/** names.SimpleNameGenerator's alphabet (the kube-api-access-XXXXX volume's suffix). */
const NAME_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

/** The ServiceAccount admission plugin's projected token volume, named as it names it. */
function apiAccessVolume(pod: Pod): string {
  const h = sha256(utf8(`${pod.sandboxId}/kube-api-access`));
  let s = '';
  for (let i = 0; i < 5; i++) s += NAME_CHARS[h[i] % NAME_CHARS.length];
  return `kube-api-access-${s}`;
}

/** A container's ID as containerd reports it (random in a real cluster; here derived from the sandbox). */
const containerId = (pod: Pod, name: string) =>
  `containerd://${hex(sha256(utf8(`${pod.sandboxId}/${name}`)))}`;

/** describeContainerPorts / describeContainerHostPorts (a Pod of netns-lab has no hostPort). */
function portLines(ports: Pod['containers'][number]['ports']): string[] {
  const list = (n: (p: (typeof ports)[number]) => number) =>
    ports.map((p) => `${n(p)}/${p.protocol}${p.name ? ` (${p.name})` : ''}`).join(', ');
  const own = list((p) => p.containerPort);
  const host = list(() => 0);
  return [
    own.includes(',') ? `    Ports:\t${own}` : `    Port:\t${own || '<none>'}`,
    host.includes(',') ? `    Host Ports:\t${host}` : `    Host Port:\t${host || '<none>'}`,
  ];
}

/** describePod for one of netns-lab's Pods; `omitted` collects what was left out. */
function describePod(st: K8sState, pod: Pod, omitted: Set<string>, showEvents: boolean): string {
  const running = pod.phase === 'Running';
  const node = st.node(pod.node);
  const hostIP = node ? node.internalIP || (node.alive ? internalIP(node)?.ip : undefined) : undefined;
  const l: string[] = [
    `Name:\t${pod.name}`,
    `Namespace:\t${pod.namespace}`,
    // The Priority admission plugin's default (no PriorityClass) and the default ServiceAccount.
    'Priority:\t0',
    'Service Account:\tdefault',
    `Node:\t${pod.node}/${hostIP ? ip4ToString(hostIP) : ''}`,
    `Start Time:\t${rfc1123z(pod.created)}`,
    ...describeLabels(pod.labels),
    ...annotationLines('Annotations', pod.annotations ?? {})
      .replace(/\n$/, '')
      .split('\n'),
    `Status:\t${running ? 'Running' : 'Pending'}`,
    `IP:\t${running ? ip4ToString(pod.ip) : ''}`,
    ...(running ? ['IPs:', `  IP:\t${ip4ToString(pod.ip)}`] : ['IPs:\t<none>']),
  ];
  if (pod.owner) {
    const d = st.deployments.find((x) => x.name === pod.owner && x.namespace === pod.namespace);
    const rs = d?.replicaSets.find((x) => x.hash === pod.labels['pod-template-hash']);
    if (d && rs) l.push(`Controlled By:\tReplicaSet/${rsName(d, rs)}`);
  }
  const volume = apiAccessVolume(pod);
  l.push('Containers:');
  pod.containers.forEach((c, i) => {
    const given = pod.given?.containers[i];
    l.push(
      `  ${c.name}:`,
      `    Container ID:\t${running ? containerId(pod, c.name) : ''}`,
      `    Image:\t${c.image}`,
    );
    if (running)
      omitted.add("a running container's Image ID (the registry's digest: netns-lab pulls no images)");
    else l.push('    Image ID:\t');
    l.push(...portLines(c.ports));
    // kubectl run puts the words after "--" in args; a manifest's command and args are as given.
    const words: [string, string[] | undefined][] = given
      ? [
          ['Command', given.command],
          ['Args', given.args],
        ]
      : [['Args', c.args]];
    for (const [title, w] of words)
      if (w?.length) l.push(`    ${title}:`, ...w.flatMap((x) => x.split('\n').map((s) => `      ${s}`)));
    if (running) l.push('    State:\tRunning', `      Started:\t${rfc1123z(pod.created)}`);
    else l.push('    State:\tWaiting', '      Reason:\tContainerCreating');
    l.push(
      `    Ready:\t${running ? 'True' : 'False'}`,
      '    Restart Count:\t0',
      '    Environment:\t<none>',
      '    Mounts:',
      `      /var/run/secrets/kubernetes.io/serviceaccount from ${volume} (ro)`,
    );
  });
  // The kubelet's conditions, in the order it writes them (a sandbox that could not be made: the
  // Pod is scheduled and initialised, nothing more).
  const yes = running ? 'True' : 'False';
  l.push(
    'Conditions:',
    '  Type\tStatus',
    `  PodReadyToStartContainers \t${yes} `,
    '  Initialized \tTrue ',
    `  Ready \t${yes} `,
    `  ContainersReady \t${yes} `,
    '  PodScheduled \tTrue ',
    'Volumes:',
    `  ${volume}:`,
    '    Type:\tProjected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:\t3607',
    '    ConfigMapName:\tkube-root-ca.crt',
    '    Optional:\tfalse',
    '    DownwardAPI:\ttrue',
    // No requests or limits: BestEffort. The DefaultTolerationSeconds admission plugin's two.
    'QoS Class:\tBestEffort',
    'Node-Selectors:\t<none>',
    'Tolerations:\tnode.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '\tnode.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
  );
  if (showEvents) omitted.add("the Events (the scheduler's and the kubelet's: netns-lab keeps no events)");
  return `${tabwriter(l.join('\n'))}\n`;
}

export function describePods(ctx: Ctx, st: K8sState, names: string[], opts = SHOW_EVENTS): number {
  return describeSaying(ctx, 'pod', st.pods, names, 'pods', opts, (p, omitted) =>
    describePod(st, p, omitted, opts.showEvents),
  );
}

/** describeObjects, then one line naming what the descriptions left out (`omitted`), if anything. */
function describeSaying<T extends { name: string; labels?: Record<string, string> }>(
  ctx: Ctx,
  kind: string,
  objects: readonly T[],
  names: string[],
  resource: string,
  opts: DescribeOptions,
  one: (x: T, omitted: Set<string>) => string,
): number {
  const omitted = new Set<string>();
  const status = describeObjects(ctx, objects, names, resource, (x) => one(x, omitted), opts);
  if (omitted.size)
    reportUnsupported(ctx, `kubectl describe ${kind} leaves out ${[...omitted].join(', and ')}`);
  return status;
}

// --- Deployments ---------------------------------------------------------------------------------

/** The Deployment's conditions, or undefined while its rollout cannot finish (they depend on its deadline). */
function conditions(st: K8sState, d: Deployment): string[][] | undefined {
  const rs = newReplicaSet(d);
  const avail = d.replicaSets.reduce((n, x) => n + available(st, d, x), 0);
  const minimum = avail >= d.replicas - Math.min(fenceposts(d).unavailable, d.replicas);
  const availableRow = minimum
    ? ['Available', 'True', 'MinimumReplicasAvailable']
    : ['Available', 'False', 'MinimumReplicasUnavailable'];
  // SetDeploymentCondition moves a changed condition to the end: a Deployment paused from its
  // creation got DeploymentPaused (checkPausedConditions) before its first status (Available).
  const pausedRow = ['Progressing', 'Unknown', 'DeploymentPaused'];
  if (d.paused) return d.replicaSets.length ? [availableRow, pausedRow] : [pausedRow, availableRow];
  if (rs && rolledOut(st, d)) return [availableRow, ['Progressing', 'True', 'NewReplicaSetAvailable']];
  return undefined;
}

function describeDeployment(st: K8sState, d: Deployment, omitted: Set<string>, showEvents: boolean): string {
  const revision = deploymentRevision(d);
  const annotations = {
    ...(d.annotations ?? {}),
    ...(revision ? { 'deployment.kubernetes.io/revision': String(revision) } : {}),
  };
  const pods = podsOf(st, d);
  const rs = newReplicaSet(d);
  const updated = rs ? podsOf(st, d, rs).length : 0;
  const avail = d.replicaSets.reduce((n, x) => n + available(st, d, x), 0);
  const wanted = d.replicaSets.reduce((n, x) => n + x.replicas, 0);
  // LabelSelectorAsSelector(…).String(): requirements by key.
  const selector = formatSelector(deploymentSelector(d));
  const l: string[] = [
    `Name:\t${d.name}`,
    `Namespace:\t${d.namespace}`,
    `CreationTimestamp:\t${rfc1123z(d.created)}`,
    ...describeLabels(d.labels),
    ...annotationLines('Annotations', annotations).replace(/\n$/, '').split('\n'),
    `Selector:\t${selector}`,
    `Replicas:\t${d.replicas} desired | ${updated} updated | ${pods.length} total | ${avail} available | ${Math.max(0, wanted - avail)} unavailable`,
    `StrategyType:\t${d.strategy.type}`,
    `MinReadySeconds:\t${d.minReadySeconds ?? 0}`,
  ];
  if (d.strategy.type === 'RollingUpdate')
    l.push(
      `RollingUpdateStrategy:\t${d.strategy.maxUnavailable} max unavailable, ${d.strategy.maxSurge} max surge`,
    );
  const t = d.templateSpec;
  l.push(
    ...describePodTemplate(t, t.metadata.labels, t.metadata.annotations ?? {})
      .replace(/\n$/, '')
      .split('\n'),
  );
  const c = conditions(st, d);
  if (c)
    l.push(
      'Conditions:',
      '  Type\tStatus\tReason',
      '  ----\t------\t------',
      ...c.map(([type, status, reason]) => `  ${type} \t${status}\t${reason}`),
    );
  else
    omitted.add(
      "the conditions of a rollout that cannot finish (they turn on progressDeadlineSeconds' clock)",
    );
  // The sets in creation order (findNewReplicaSet sorts the list it shares with findOldReplicaSets).
  const sets = (xs: typeof d.replicaSets) =>
    xs.length
      ? xs
          .map((x) => `${rsName(d, x)} (${podsOf(st, d, x).length}/${x.replicas} replicas created)`)
          .join(', ')
      : '<none>';
  const old = [...d.replicaSets]
    .filter((x) => x !== rs && x.replicas !== 0)
    .sort((a, b) => a.created - b.created || (rsName(d, a) < rsName(d, b) ? -1 : 1));
  if (old.length || rs) l.push(`OldReplicaSets:\t${sets(old)}`, `NewReplicaSet:\t${sets(rs ? [rs] : [])}`);
  if (showEvents) omitted.add("the Events (the Deployment controller's: netns-lab keeps no events)");
  return `${tabwriter(l.join('\n'))}\n`;
}

export function describeDeployments(ctx: Ctx, st: K8sState, names: string[], opts = SHOW_EVENTS): number {
  return describeSaying(ctx, 'deployment', st.deployments, names, 'deployments.apps', opts, (d, omitted) =>
    describeDeployment(st, d, omitted, opts.showEvents),
  );
}
