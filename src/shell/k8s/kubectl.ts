// `kubectl …` (Kubernetes v1.35, kubectl v1.35.7: kubernetes/kubectl tag v0.35.7) in front of a
// cluster whose one implicit node is the host namespace until Node objects are applied (./nodes.ts).
// What the kubelet and the container runtime then do to the kernel (the Pod's namespace, the CNI
// bridge plugin) is expanded under the command, as netns-lab expands docker commands
// (../docker/ops.ts). See docs/k8s.md.

import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { OpFailed, Ops, showWord } from '../docker/ops.ts';
import { EXIT } from '../exit.ts';
import { FileStore } from '../files.ts';
import { execArgv } from '../session.ts';
import { reportUnsupported } from '../unsupported.ts';
import {
  deploymentSelector,
  newReplicaSet,
  podsOf,
  reconcile,
  rsName,
  syncDeployment,
} from './deployment.ts';
import { describeDeployments, describeObjects, describePods } from './kubectl-describe.ts';
import { KubectlError, unsupported } from './kubectl-error.ts';
import { applyPolicy, deletePolicy, describePolicies, getPolicies, NETPOL_KINDS } from './kubectl-netpol.ts';
import { getReplicaSets, RESTARTED_AT, rollout } from './kubectl-rollout.ts';
import { controllers, createPod, deletePod } from './kubelet.ts';
import { lookupPodImage, ManifestError, ManifestUnsupported, toManifest } from './manifest.ts';
import { dns1035Label, invalidName } from './names.ts';
import { formatSelector, type SelectorRequirement } from './netpol-manifest.ts';
import { internalIP, KUBELET_VERSION, NODE_INFO, registerNode } from './nodes.ts';
import { annotationLines } from './pod-template.ts';
import {
  byName,
  describeLabels,
  formatLabels,
  humanDuration,
  NO_RESOURCES,
  pick,
  table,
  tabwriter,
  withoutHeaders,
} from './print.ts';
import { endpointsOf, type Service, type ServiceSpec, syncProxyRules } from './proxy.ts';
import { type Deployment, type K8sState, k8sState, type PodContainer } from './state.ts';
import { parseYaml, YamlError, type YamlValue } from './yaml.ts';

const usage = (msg: string, path: string) =>
  new KubectlError(`error: ${msg}\nSee '${path} -h' for help and examples`);

interface Flags {
  /** long name → value ("true" for a bare boolean). */
  flags: Map<string, string>;
  args: string[];
  /** Words after "--". */
  rest?: string[];
}

/**
 * pflag over kubectl's flags for one command: `--name=value`, `--name value`, `-x value`, `-xvalue`,
 * booleans bare. `known` maps every accepted spelling to [long name, takes a value].
 */
function parseFlags(argv: string[], known: Record<string, [string, boolean]>, path: string): Flags {
  const flags = new Map<string, string>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return { flags, args, rest: argv.slice(i + 1) };
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const key = eq > 0 && a.startsWith('--') ? a.slice(0, eq) : a.startsWith('--') ? a : a.slice(0, 2);
    const k = known[key];
    if (!k && (UNMODELLED_FLAGS[path] ?? new Set(GLOBAL_FLAGS)).has(key)) unsupported(`${path} ${a}`);
    if (!k) {
      if (a.startsWith('--'))
        throw new KubectlError(`error: unknown flag: ${key}\nSee '${path} --help' for usage.`);
      throw new KubectlError(
        `error: unknown shorthand flag: '${a[1]}' in ${a}\nSee '${path} --help' for usage.`,
      );
    }
    const [long, takes] = k;
    if (!takes) {
      flags.set(long, eq > 0 ? a.slice(eq + 1) : 'true');
      continue;
    }
    let v: string | undefined;
    if (eq > 0 && a.startsWith('--')) v = a.slice(eq + 1);
    else if (!a.startsWith('--') && a.length > 2) v = a.slice(2).replace(/^=/, '');
    else v = argv[++i];
    if (v === undefined)
      throw new KubectlError(`error: flag needs an argument: ${key}\nSee '${path} --help' for usage.`);
    flags.set(long, v);
  }
  return { flags, args };
}

/** kubectl v1.35.7's global flags (genericclioptions.ConfigFlags, klog, kubectl's own). */
const GLOBAL_FLAGS = [
  '--kubeconfig',
  '--context',
  '--cluster',
  '--user',
  '-s',
  '--server',
  '--token',
  '--as',
  '--as-group',
  '--as-uid',
  '--insecure-skip-tls-verify',
  '--certificate-authority',
  '--client-certificate',
  '--client-key',
  '--tls-server-name',
  '--request-timeout',
  '--cache-dir',
  '--disable-compression',
  '-v',
  '--v',
  '--vmodule',
  '--log-flush-frequency',
  '--warnings-as-errors',
  '--match-server-version',
  '--profile',
  '--profile-output',
];
const FILENAME_FLAGS = ['-f', '--filename', '-k', '--kustomize', '-R', '--recursive'];

/**
 * Each command's flags that kubectl v1.35.7 has and netns-lab does not model: said unsupported,
 * never kubectl's "unknown flag" for a valid one.
 */
const UNMODELLED_FLAGS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    'kubectl get': [
      ...FILENAME_FLAGS,
      '-A',
      '--all-namespaces',
      '-w',
      '--watch',
      '--watch-only',
      '--output-watch-events',
      '--ignore-not-found',
      '--field-selector',
      '--raw',
      '-L',
      '--label-columns',
      '--sort-by',
      '--show-kind',
      '--template',
      '--server-print',
      '--subresource',
      '--chunk-size',
    ],
    'kubectl describe': [],
    'kubectl exec': ['-q', '--quiet', '--pod-running-timeout', '-f', '--filename'],
    'kubectl run': [
      '--rm',
      '--env',
      '--image-pull-policy',
      '--command',
      '--attach',
      '--privileged',
      '--overrides',
      '--dry-run',
      '--annotations',
      '--expose',
      '-q',
      '--quiet',
      '-i',
      '--stdin',
      '-t',
      '--tty',
      '--leave-stdin-open',
    ],
    'kubectl delete': [
      '-l',
      '--selector',
      '--all',
      '-A',
      '--all-namespaces',
      '--force',
      '--grace-period',
      '--now',
      '--wait',
      '--cascade',
      '--ignore-not-found',
      '--timeout',
      '--dry-run',
      '--field-selector',
      '-k',
      '--kustomize',
      '-R',
      '--recursive',
    ],
    'kubectl apply': [
      '--prune',
      '--server-side',
      '--field-manager',
      '--validate',
      '--dry-run',
      '--force',
      '--overwrite',
      '--wait',
      '--timeout',
      '-l',
      '--selector',
      '-k',
      '--kustomize',
      '-R',
      '--recursive',
      '-o',
      '--output',
    ],
    'kubectl expose': [
      '--session-affinity',
      '--external-ip',
      '--cluster-ip',
      '--load-balancer-ip',
      '--selector',
      '-l',
      '--labels',
      '--dry-run',
      '-o',
      '--output',
      ...FILENAME_FLAGS,
    ],
  }).map(([path, flags]) => [path, new Set([...GLOBAL_FLAGS, ...flags])]),
);

const NAMESPACE_FLAGS: Record<string, [string, boolean]> = {
  '-n': ['namespace', true],
  '--namespace': ['namespace', true],
};

/** A boolean flag's value as pflag reads it (`--x`, `--x=true|false`), `dflt` when absent. */
function boolFlag(f: Flags, name: string, dflt: boolean, path: string): boolean {
  const v = f.flags.get(name);
  if (v === undefined) return dflt;
  if (v !== 'true' && v !== 'false')
    throw new KubectlError(
      `error: invalid argument "${v}" for "--${name}" flag: strconv.ParseBool: parsing "${v}": invalid syntax\nSee '${path} --help' for usage.`,
    );
  return v === 'true';
}

function checkNamespace(f: Flags): void {
  const ns = f.flags.get('namespace');
  if (ns !== undefined && ns !== 'default')
    unsupported(`namespace "${ns}" (netns-lab's cluster has the default namespace)`);
}

export function kubectl(ctx: Ctx, argv: string[]): number {
  const st = k8sState(ctx.world);
  const ops = new Ops(ctx, (l) => st.expansion.push(l));
  try {
    const [sub, ...rest] = argv;
    switch (sub) {
      case 'run':
        return run(ctx, st, ops, rest);
      case 'get':
        return get(ctx, st, rest);
      case 'exec':
        return exec(ctx, st, rest);
      case 'delete':
        return del(ctx, st, ops, rest);
      case 'expose':
        return expose(ctx, st, ops, rest);
      case 'apply':
        return apply(ctx, st, ops, rest);
      case 'describe':
        return describe(ctx, st, rest);
      case 'rollout':
        return rollout(ctx, st, ops, rest, {
          controllers: controllers(ctx, st, ops),
          fail: (m) => {
            throw new KubectlError(m);
          },
          unsupported,
          flags: parseFlags,
        });
      case undefined:
        throw new KubectlError(
          'error: netns-lab: kubectl needs a command (run, expose, apply, get, exec, delete)',
        );
      default:
        unsupported(
          `kubectl ${sub} (netns-lab models run, expose, apply, get, describe, exec, delete, rollout)`,
        );
    }
  } catch (e) {
    if (e instanceof KubectlError) {
      ctx.write(`${e.message}\n`);
      return e.status;
    }
    if (e instanceof OpFailed) return 1;
    throw e;
  }
}

// --- kubectl run ---------------------------------------------------------------------------------

const RUN_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '--image': ['image', true],
  '--port': ['port', true],
  '--labels': ['labels', true],
  '-l': ['labels', true],
  '--restart': ['restart', true],
};

function run(ctx: Ctx, st: K8sState, ops: Ops, argv: string[]): number {
  const f = parseFlags(argv, RUN_FLAGS, 'kubectl run');
  checkNamespace(f);
  const name = f.args[0];
  if (!name) throw usage('NAME is required for run', 'kubectl run');
  if (f.args.length > 1) unsupported('arguments after the Pod name');
  const image = f.flags.get('image');
  if (!image) throw new KubectlError('error: --image is required');
  const restart = f.flags.get('restart') ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    throw usage(`invalid restart policy: ${restart}`, 'kubectl run');
  // Without --labels, kubectl run labels the Pod run=NAME.
  let labels: Record<string, string> = { run: name };
  const lv = f.flags.get('labels');
  if (lv !== undefined) {
    labels = {};
    for (const kv of lv.split(',')) {
      const m = /^([A-Za-z0-9][-A-Za-z0-9_./]*)=([-A-Za-z0-9_.]*)$/.exec(kv);
      if (!m) throw new KubectlError(`error: invalid label spec: ${kv}`);
      labels[m[1]] = m[2];
    }
  }
  const ports: PodContainer['ports'] = [];
  const pv = f.flags.get('port');
  if (pv !== undefined) {
    const n = Number(pv);
    if (!/^\d+$/.test(pv) || n < 1 || n > 65535)
      throw new KubectlError(`error: invalid argument "${pv}" for "--port" flag`);
    ports.push({ containerPort: n, protocol: 'TCP' });
  }
  const img = lookupPodImage(image);
  if (!img) unsupported(`image ${image} (netns-lab knows nginx, httpd, redis, busybox, alpine)`);
  // Words after "--" are the container's args (they replace the image's CMD).
  const args = f.rest ?? [];
  checkCommand(img.image.cmd, args);
  const listeners = args.length ? [] : img.image.listeners;
  createPod(ctx, st, ops, {
    name,
    namespace: 'default',
    labels,
    containers: [{ name, image, ports, listeners, args }],
  });
  return 0;
}

/**
 * A container must keep running for its Pod to be Running: busybox's and alpine's `sh` ends at
 * once without a terminal (CrashLoopBackOff, not modelled); `sleep N` runs on.
 */
export function checkCommand(imageCmd: string[], args: string[]): void {
  const cmd = args.length ? args : imageCmd;
  if (cmd[0] === 'sh' || cmd[0] === '/bin/sh')
    unsupported(
      'a container whose command ends at once (sh without a terminal: the Pod would go CrashLoopBackOff); give it one that runs, e.g. -- sleep 3600',
    );
  if (args.length && !(args[0] === 'sleep' && args.length === 2 && /^\d+$/.test(args[1])))
    unsupported(`the container command ${args.join(' ')} (netns-lab runs an image's own server, or sleep N)`);
}

// --- kubectl get ---------------------------------------------------------------------------------

const GET_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '-o': ['output', true],
  '--output': ['output', true],
  '--show-labels': ['show-labels', false],
  '-l': ['selector', true],
  '--selector': ['selector', true],
  '--no-headers': ['no-headers', false],
};

/** An equality label selector ("app=web,tier=fe"); other selector forms are not modelled. */
function selectorOf(v: string | undefined): Record<string, string> | undefined {
  if (v === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const term of v.split(',')) {
    const m = /^([A-Za-z0-9][-A-Za-z0-9_./]*)==?([-A-Za-z0-9_.]*)$/.exec(term.trim());
    if (!m) unsupported(`the label selector ${v} (netns-lab reads key=value terms)`);
    out[m[1]] = m[2];
  }
  return out;
}

function get(ctx: Ctx, st: K8sState, argv: string[]): number {
  const f = parseFlags(argv, GET_FLAGS, 'kubectl get');
  return withoutHeaders(boolFlag(f, 'no-headers', false, 'kubectl get'), () => getTables(ctx, st, f));
}

function getTables(ctx: Ctx, st: K8sState, f: Flags): number {
  checkNamespace(f);
  const [kind, ...names] = f.args;
  const out = f.flags.get('output');
  if (out !== undefined && out !== 'wide') unsupported(`kubectl get -o ${out}`);
  if (kind === undefined)
    throw new KubectlError(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
    );
  // Only the Pod table has a LABELS column and a selector here; kubectl has them for every kind, so
  // elsewhere they are said to be unsupported rather than ignored.
  if (!['pods', 'pod', 'po'].includes(kind) && (f.flags.has('show-labels') || f.flags.has('selector')))
    unsupported(`kubectl get ${kind} with --show-labels or -l (netns-lab has them for pods)`);
  if (['services', 'service', 'svc'].includes(kind)) return getServices(ctx, st, names, out === 'wide');
  if (['endpoints', 'endpoint', 'ep'].includes(kind)) return getEndpoints(ctx, st, names);
  if (NETPOL_KINDS.includes(kind)) return getPolicies(ctx, st, names);
  if (['deployments', 'deployment', 'deploy', 'deployments.apps'].includes(kind))
    return getDeployments(ctx, st, names, out === 'wide');
  if (['replicasets', 'replicaset', 'rs', 'replicasets.apps'].includes(kind))
    return getReplicaSets(ctx, st, names, out === 'wide');
  if (['nodes', 'node', 'no'].includes(kind)) return getNodes(ctx, st, names, out === 'wide');
  if (!['pods', 'pod', 'po'].includes(kind))
    unsupported(
      `kubectl get ${kind} (netns-lab lists pods, services, endpoints, networkpolicies, deployments, replicasets, nodes)`,
    );
  return getPods(
    ctx,
    st,
    names,
    f.flags.get('selector'),
    out === 'wide',
    f.flags.get('show-labels') === 'true',
  );
}

/** `kubectl get pods [-l SELECTOR] [NAME…]`: the table printPod writes. */
function getPods(
  ctx: Ctx,
  st: K8sState,
  names: string[],
  selector: string | undefined,
  wide: boolean,
  labels: boolean,
): number {
  const sel = selectorOf(selector);
  if (sel && names.length)
    throw new KubectlError('error: name cannot be provided when a selector is specified');
  let pods = sel ? st.pods.filter((p) => Object.entries(sel).every(([k, v]) => p.labels[k] === v)) : st.pods;
  if (names.length) {
    pods = [];
    for (const n of names) {
      const p = st.pod(n);
      if (!p) {
        ctx.write(`Error from server (NotFound): pods "${n}" not found\n`);
        return 1;
      }
      pods.push(p);
    }
  }
  if (pods.length === 0) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const head = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'];
  if (wide) head.push('IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES');
  if (labels) head.push('LABELS');
  const rows = [...pods].sort(byName).map((p) => {
    const n = p.containers.length;
    const up = p.phase === 'Running';
    const row = [p.name, `${up ? n : 0}/${n}`, p.phase, '0', humanDuration(ctx.world.clock.now - p.created)];
    if (wide) row.push(up ? ip4ToString(p.ip) : '<none>', p.node, '<none>', '<none>');
    if (labels) row.push(formatLabels(p.labels));
    return row;
  });
  ctx.write(table([head, ...rows]));
  return 0;
}

function getServices(ctx: Ctx, st: K8sState, names: string[], wide: boolean): number {
  const list = pick(ctx, st.services, names, 'services');
  if (!list) return 1;
  if (!list.length) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const head = ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'];
  if (wide) head.push('SELECTOR');
  const rows = list.map((s) => {
    const ports = s.ports
      .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`)
      .join(',');
    const row = [
      s.name,
      s.type,
      ip4ToString(s.clusterIP),
      '<none>',
      ports,
      humanDuration(ctx.world.clock.now - s.created),
    ];
    if (wide) row.push(formatLabels(s.selector));
    return row;
  });
  ctx.write(table([head, ...rows]));
  return 0;
}

function getEndpoints(ctx: Ctx, st: K8sState, names: string[]): number {
  // The API server's warning for the v1 Endpoints API (Kubernetes 1.33 and later).
  ctx.write('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n');
  const list = pick(ctx, st.services, names, 'endpoints');
  if (!list) return 1;
  if (!list.length) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const rows = list.map((s) => {
    // printEndpoints formatEndpoints: at most 3, then "+ N more...".
    const eps = s.ports.flatMap((p) => endpointsOf(st, s, p));
    const shown =
      eps.length === 0
        ? '<none>'
        : eps.slice(0, 3).join(',') + (eps.length > 3 ? ` + ${eps.length - 3} more...` : '');
    return [s.name, shown, humanDuration(ctx.world.clock.now - s.created)];
  });
  ctx.write(table([['NAME', 'ENDPOINTS', 'AGE'], ...rows]));
  return 0;
}

// --- kubectl describe ----------------------------------------------------------------------------

const DESCRIBE_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '-l': ['selector', true],
  '--selector': ['selector', true],
  '--show-events': ['show-events', false],
  '--chunk-size': ['chunk-size', true],
  '-A': ['all-namespaces', false],
  '--all-namespaces': ['all-namespaces', false],
  '-f': ['filename', true],
  '--filename': ['filename', true],
};

/** `kubectl describe KIND [NAME…]`; for Services describeService (pkg/describe/describe.go) with the API server's defaults. */
function describe(ctx: Ctx, st: K8sState, argv: string[]): number {
  const f = parseFlags(argv, DESCRIBE_FLAGS, 'kubectl describe');
  checkNamespace(f);
  if (f.flags.has('all-namespaces'))
    unsupported("kubectl describe -A (netns-lab's cluster has the default namespace)");
  if (f.flags.has('filename'))
    unsupported('kubectl describe -f (name the objects: kubectl describe KIND NAME)');
  // --chunk-size only pages the API server's lists: the output is the same.
  const showEvents = boolFlag(f, 'show-events', true, 'kubectl describe');
  let [kind, ...names] = f.args;
  if (kind?.includes('/')) {
    names = [kind.split('/')[1]];
    kind = kind.split('/')[0];
  }
  const selector = selectorOf(f.flags.get('selector'));
  if (selector && names.length)
    throw new KubectlError('error: name cannot be provided when a selector is specified');
  const opts = { showEvents, ...(selector ? { selector } : {}) };
  if (NETPOL_KINDS.includes(kind ?? '')) return describePolicies(ctx, st, names, opts);
  if (['pods', 'pod', 'po'].includes(kind ?? '')) return describePods(ctx, st, names, opts);
  if (['deployments', 'deployment', 'deploy', 'deployments.apps'].includes(kind ?? ''))
    return describeDeployments(ctx, st, names, opts);
  if (!['services', 'service', 'svc'].includes(kind ?? ''))
    unsupported(
      `kubectl describe ${kind ?? ''} (netns-lab describes pods, deployments, services and networkpolicies)`,
    );
  return describeObjects(
    ctx,
    st.services,
    names,
    'services',
    (s) => {
      const l: string[] = [];
      l.push(`Name:\t${s.name}`, `Namespace:\t${s.namespace}`, ...describeLabels(s.labels ?? {}));
      l.push(
        ...annotationLines('Annotations', s.annotations ?? {})
          .replace(/\n$/, '')
          .split('\n'),
      );
      const sel = Object.entries(s.selector).sort(([a], [b]) => (a < b ? -1 : 1));
      l.push(`Selector:\t${sel.map(([k, v]) => `${k}=${v}`).join(',')}`, `Type:\t${s.type}`);
      const ip = ip4ToString(s.clusterIP);
      l.push('IP Family Policy:\tSingleStack', 'IP Families:\tIPv4', `IP:\t${ip}`, `IPs:\t${ip}`);
      for (const p of s.ports) {
        const name = p.name ?? '<unset>';
        l.push(`Port:\t${name}\t${p.port}/${p.protocol}`, `TargetPort:\t${p.targetPort}/${p.protocol}`);
        if (p.nodePort) l.push(`NodePort:\t${name}\t${p.nodePort}/${p.protocol}`);
        const eps = endpointsOf(st, s, p);
        l.push(
          `Endpoints:\t${eps.slice(0, 3).join(',')}${eps.length > 3 ? ` + ${eps.length - 3} more...` : ''}`,
        );
      }
      l.push('Session Affinity:\tNone');
      if (s.type === 'NodePort') l.push('External Traffic Policy:\tCluster');
      l.push('Internal Traffic Policy:\tCluster');
      if (opts.showEvents) l.push('Events:\t<none>');
      return `${tabwriter(l.join('\n'))}\n`;
    },
    opts,
  );
}

// --- kubectl exec --------------------------------------------------------------------------------

const EXEC_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '-c': ['container', true],
  '--container': ['container', true],
  '-i': ['stdin', false],
  '--stdin': ['stdin', false],
  '-t': ['tty', false],
  '--tty': ['tty', false],
  '-it': ['stdin', false],
  '-ti': ['stdin', false],
};

function exec(ctx: Ctx, st: K8sState, argv: string[]): number {
  const f = parseFlags(argv, EXEC_FLAGS, 'kubectl exec');
  checkNamespace(f);
  if (f.rest === undefined && f.args.length > 1)
    throw usage(
      'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
      'kubectl exec',
    );
  const name = f.args[0];
  if (!name) throw new KubectlError('error: pod, type/name or --filename must be specified');
  if (f.args.length > 1) unsupported('words between the Pod name and "--"');
  const cmd = f.rest ?? [];
  if (cmd.length === 0)
    throw new KubectlError('error: you must specify at least one command for the container');
  const pod = st.pod(name.replace(/^pods?\//, ''));
  if (!pod) throw new KubectlError(`Error from server (NotFound): pods "${name}" not found`);
  const c = f.flags.get('container');
  if (c !== undefined && !pod.containers.some((x) => x.name === c))
    throw new KubectlError(`error: container ${c} not found in pod ${pod.name}`);
  if (c === undefined && pod.containers.length > 1)
    ctx.write(
      `Defaulted container "${pod.containers[0].name}" out of: ${pod.containers.map((x) => x.name).join(', ')}\n`,
    );
  if (pod.phase !== 'Running')
    throw new KubectlError(
      `error: unable to upgrade connection: container not found ("${c ?? pod.containers[0].name}")`,
    );
  const ns = ctx.world.netns(pod.netns);
  if (!ns) unsupported(`a Pod whose namespace ${pod.netns} was deleted by hand`);
  // Every container of the Pod shares the pause container's namespace: the same command either way.
  const line = ['ip', 'netns', 'exec', pod.netns, ...cmd].map(showWord).join(' ');
  ctx.write(`  + ${line}\n`);
  st.expansion.push(line);
  return execArgv({ ...ctx, ns }, cmd);
}

// --- kubectl delete ------------------------------------------------------------------------------

const DELETE_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '-f': ['filename', true],
  '--filename': ['filename', true],
};

/** `kubectl delete -f FILE|-`: the objects the manifests name, in order. */
function deleteFromFile(ctx: Ctx, st: K8sState, ops: Ops, file: string): number {
  const source = file === '-' ? 'STDIN' : file;
  const docs = readDocuments(ctx, file, source);
  let status = 0;
  for (const d of docs) {
    const o = typeof d === 'object' && d !== null && !Array.isArray(d) ? d : {};
    const meta = o.metadata as Record<string, YamlValue> | undefined;
    const name = typeof meta?.name === 'string' ? meta.name : '';
    const kind = String(o.kind ?? '');
    if (kind === 'Deployment') {
      if (!deleteDeployment(ctx, st, ops, name)) {
        ctx.write(
          `Error from server (NotFound): error when deleting "${source}": deployments.apps "${name}" not found\n`,
        );
        status = 1;
      } else ctx.write(`deployment.apps "${name}" deleted from default namespace\n`);
      continue;
    }
    if (kind === 'Pod' || kind === 'Service') {
      const res = kind === 'Pod' ? 'pods' : 'services';
      const pod = kind === 'Pod' ? st.pod(name) : undefined;
      const svc = kind === 'Service' ? st.service(name) : undefined;
      if (!pod && !svc) {
        ctx.write(
          `Error from server (NotFound): error when deleting "${source}": ${res} "${name}" not found\n`,
        );
        status = 1;
        continue;
      }
      if (pod) deletePod(ctx, st, ops, pod);
      if (svc) deleteService(ops, st, svc);
      ctx.write(`${kind.toLowerCase()} "${name}" deleted from default namespace\n`);
    } else if (kind === 'NetworkPolicy') {
      if (!deletePolicy(ctx, st, ops, name, source)) status = 1;
    } else
      unsupported(
        `kubectl delete -f of kind ${kind || '(none)'} (netns-lab deletes pods, services, deployments and networkpolicies)`,
      );
  }
  return status;
}

function del(ctx: Ctx, st: K8sState, ops: Ops, argv: string[]): number {
  const f = parseFlags(argv, DELETE_FLAGS, 'kubectl delete');
  checkNamespace(f);
  const file = f.flags.get('filename');
  if (file !== undefined) {
    if (f.args.length)
      throw usage(
        'when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
        'kubectl delete',
      );
    return deleteFromFile(ctx, st, ops, file);
  }
  let [kind, ...names] = f.args;
  if (kind?.includes('/')) {
    names = f.args;
    kind = '';
  }
  if (kind === undefined)
    throw new KubectlError(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  let status = 0;
  for (const raw of names) {
    const [k, n] = raw.includes('/') ? raw.split('/', 2) : [kind, raw];
    if (['deployments', 'deployment', 'deploy', 'deployments.apps'].includes(k)) {
      if (!deleteDeployment(ctx, st, ops, n)) {
        ctx.write(`Error from server (NotFound): deployments.apps "${n}" not found\n`);
        status = 1;
        continue;
      }
      ctx.write(`deployment.apps "${n}" deleted from default namespace\n`);
      continue;
    }
    if (['services', 'service', 'svc'].includes(k)) {
      const svc = st.service(n);
      if (!svc) {
        ctx.write(`Error from server (NotFound): services "${n}" not found\n`);
        status = 1;
        continue;
      }
      deleteService(ops, st, svc);
      ctx.write(`service "${n}" deleted from default namespace\n`);
      continue;
    }
    if (NETPOL_KINDS.includes(k)) {
      if (!deletePolicy(ctx, st, ops, n)) status = 1;
      continue;
    }
    if (!['pods', 'pod', 'po'].includes(k))
      unsupported(`kubectl delete ${k} (netns-lab deletes pods, services and networkpolicies)`);
    const pod = st.pod(n);
    if (!pod) {
      ctx.write(`Error from server (NotFound): pods "${n}" not found\n`);
      status = 1;
      continue;
    }
    deletePod(ctx, st, ops, pod);
    ctx.write(`pod "${n}" deleted from default namespace\n`);
    // Its ReplicaSet makes a new one.
    const d = st.deployments.find((x) => x.name === pod.owner);
    if (d) reconcile(ctx, st, ops, d, controllers(ctx, st, ops));
  }
  if (names.length === 0)
    throw new KubectlError('error: resource(s) were provided, but no name was specified');
  return status;
}

// --- kubectl apply -------------------------------------------------------------------------------

const APPLY_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '-f': ['filename', true],
  '--filename': ['filename', true],
};

/** The manifests' text: standard input for "-", else a file the session wrote (cat > f <<'EOF'). */
function readManifest(ctx: Ctx, file: string): string {
  if (file === '-') return new TextDecoder().decode(ctx.stdin ?? new Uint8Array(0));
  const r = FileStore.resolve(file);
  if (!r.ok) unsupported(`kubectl -f with ${r.unsupported}`);
  const data = ctx.files?.read(r.key);
  if (!data) throw new KubectlError(`error: the path "${file}" does not exist`);
  return new TextDecoder().decode(data);
}

/** The YAML documents of `-f FILE|-`, or kubectl's error for YAML it cannot read. */
function readDocuments(ctx: Ctx, file: string, source: string): YamlValue[] {
  try {
    return parseYaml(readManifest(ctx, file));
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    if (e.unsupported) unsupported(`YAML in ${source}: ${e.message}`);
    throw new KubectlError(`error: error parsing ${source}: error converting YAML to JSON: ${e.message}`);
  }
}

function apply(ctx: Ctx, st: K8sState, ops: Ops, argv: string[]): number {
  const f = parseFlags(argv, APPLY_FLAGS, 'kubectl apply');
  checkNamespace(f);
  const file = f.flags.get('filename');
  if (file === undefined) throw new KubectlError('error: must specify one of -f and -k');
  if (f.args.length) throw usage(`Unexpected args: [${f.args.join(' ')}]`, 'kubectl apply');
  const source = file === '-' ? 'STDIN' : file;
  const docs = readDocuments(ctx, file, source);
  if (docs.length === 0) throw new KubectlError('error: no objects passed to apply');
  let status = 0;
  for (const doc of docs) {
    try {
      const m = toManifest(doc, source);
      const json = JSON.stringify(m);
      if (m.kind === 'Node') {
        if (st.node(m.name) && !st.implicit) {
          ctx.write(`node/${m.name} unchanged\n`);
          continue;
        }
        registerNode(ctx, st, ops, m.name, m.podCIDR);
        ctx.write(`node/${m.name} created\n`);
      } else if (m.kind === 'Deployment') {
        applyDeployment(ctx, st, ops, m, json);
      } else if (m.kind === 'Pod') {
        const old = st.pod(m.name, m.namespace);
        if (old) {
          if (old.applied !== json) unsupported(`changing pod/${m.name} with apply (delete it first)`);
          ctx.write(`pod/${m.name} unchanged\n`);
          continue;
        }
        const pod = createPod(ctx, st, ops, m);
        pod.applied = json;
      } else if (m.kind === 'NetworkPolicy') {
        applyPolicy(ctx, st, ops, m, json, unsupported);
      } else {
        const old = st.service(m.name, m.namespace);
        if (old) {
          if (old.applied !== json) unsupported(`changing service/${m.name} with apply (delete it first)`);
          ctx.write(`service/${m.name} unchanged\n`);
          continue;
        }
        const svc = createService(ctx, st, ops, m);
        svc.applied = json;
        ctx.write(`service/${m.name} created\n`);
      }
    } catch (e) {
      if (e instanceof ManifestError || e instanceof KubectlError) {
        ctx.write(`${e.message}\n`);
        status = 1;
      } else if (e instanceof ManifestUnsupported) {
        reportUnsupported(ctx, e.what);
        status = EXIT.UNSUPPORTED;
      } else throw e;
    }
  }
  return status;
}

// --- kubectl expose ------------------------------------------------------------------------------

const EXPOSE_FLAGS: Record<string, [string, boolean]> = {
  ...NAMESPACE_FLAGS,
  '--port': ['port', true],
  '--target-port': ['target-port', true],
  '--name': ['name', true],
  '--type': ['type', true],
  '--protocol': ['protocol', true],
};

function expose(ctx: Ctx, st: K8sState, ops: Ops, argv: string[]): number {
  const f = parseFlags(argv, EXPOSE_FLAGS, 'kubectl expose');
  checkNamespace(f);
  let [kind, name] = f.args;
  if (kind?.includes('/')) [kind, name] = kind.split('/', 2);
  if (kind === undefined)
    throw usage(
      "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
      'kubectl expose',
    );
  // A Pod's labels, or a Deployment's selector, become the Service's selector.
  let from: {
    name: string;
    labels: Record<string, string>;
    selector: Record<string, string>;
    containers: PodContainer[];
  };
  if (['deployment', 'deployments', 'deploy', 'deployments.apps'].includes(kind)) {
    const d = st.deployments.find((x) => x.name === name);
    if (!d) throw new KubectlError(`Error from server (NotFound): deployments.apps "${name}" not found`);
    // MapBasedSelectorForObject: a Service's selector is a map, so matchLabels alone.
    const why = !Object.keys(d.selector).length
      ? 'invalid deployment: no selectors, therefore cannot be exposed'
      : d.matchExpressions?.length
        ? `couldn't convert expressions - "[${d.matchExpressions.map((e) => `{Key:${e.key} Operator:${e.operator} Values:[${e.values.join(' ')}]}`).join(' ')}]" to map-based selector format`
        : undefined;
    if (why)
      throw new KubectlError(
        `error: couldn't retrieve selectors via --selector flag or introspection: ${why}`,
      );
    from = { name: d.name, labels: d.labels, selector: d.selector, containers: d.template.containers };
  } else if (['pod', 'pods', 'po'].includes(kind)) {
    const pod = name === undefined ? undefined : st.pod(name);
    if (!pod) throw new KubectlError(`Error from server (NotFound): pods "${name}" not found`);
    from = { name: pod.name, labels: pod.labels, selector: pod.labels, containers: pod.containers };
  } else unsupported(`kubectl expose ${kind} (netns-lab exposes pods and deployments)`);
  const pod = from;
  const pv = f.flags.get('port');
  const fromPod = pod.containers.flatMap((c) => c.ports);
  if (pv === undefined && fromPod.length === 0)
    throw new KubectlError(
      "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples",
    );
  const port = pv === undefined ? fromPod[0].containerPort : Number(pv);
  if (!/^\d+$/.test(pv ?? '1') || port < 1 || port > 65535)
    throw new KubectlError(`error: invalid argument "${pv}" for "--port" flag`);
  const tv = f.flags.get('target-port');
  const targetPort = tv === undefined ? port : /^\d+$/.test(tv) ? Number(tv) : tv;
  const protocol = (f.flags.get('protocol') ?? 'TCP') as 'TCP';
  if (protocol !== 'TCP') unsupported(`--protocol=${protocol} (netns-lab's Services are TCP)`);
  const type = f.flags.get('type') ?? 'ClusterIP';
  if (type !== 'ClusterIP' && type !== 'NodePort') unsupported(`a Service of type ${type}`);
  const svcName = f.flags.get('name') ?? pod.name;
  createService(ctx, st, ops, {
    name: svcName,
    namespace: 'default',
    type,
    labels: { ...pod.labels },
    selector: { ...pod.selector },
    ports: [{ protocol, port, targetPort }],
  });
  ctx.write(`service/${svcName} exposed\n`);
  return 0;
}

/** The API server allocates the ClusterIP (and NodePorts); kube-proxy syncs. */
export function createService(ctx: Ctx, st: K8sState, ops: Ops, spec: ServiceSpec): Service {
  const invalid = dns1035Label(spec.name);
  if (invalid.length) throw new KubectlError(invalidName('Service', spec.name, invalid));
  if (st.service(spec.name, spec.namespace))
    throw new KubectlError(`Error from server (AlreadyExists): services "${spec.name}" already exists`);
  if (!st.nodes.some((n) => n.proxyStarted)) syncProxyRules(ops, st, 'full');
  const svc: Service = {
    ...spec,
    clusterIP: spec.clusterIP ?? st.newClusterIP(),
    ports: spec.ports.map((p) => {
      if (spec.type !== 'NodePort' || p.nodePort) return p;
      const nodePort = st.newNodePort();
      if (nodePort === undefined)
        throw new KubectlError(
          'The Service is invalid: spec.ports[0].nodePort: Internal error: range is full',
        );
      return { ...p, nodePort };
    }),
    created: ctx.world.clock.now,
  };
  ops.note(
    `API server: Service ${svc.namespace}/${svc.name}, ClusterIP ${ip4ToString(svc.clusterIP)}${svc.ports.some((p) => p.nodePort) ? `, NodePort ${svc.ports.map((p) => p.nodePort).join(',')}` : ''} (chosen at random); its endpoints: ${svc.ports.map((p) => endpointsOf(st, svc, p).join(',') || '<none>').join('; ')}`,
  );
  st.services.push(svc);
  syncProxyRules(ops, st, new Set([svc]));
  return svc;
}

export function deleteService(ops: Ops, st: K8sState, svc: Service): void {
  st.services = st.services.filter((s) => s !== svc);
  syncProxyRules(ops, st, new Set());
}

// --- Deployments ---------------------------------------------------------------------------------

type DeploymentManifest = Extract<ReturnType<typeof toManifest>, { kind: 'Deployment' }>;

/** kubectl apply of a Deployment: created, changed (configured: scaled, or rolled out), or unchanged. */
function applyDeployment(ctx: Ctx, st: K8sState, ops: Ops, m: DeploymentManifest, json: string): void {
  const old = st.deployments.find((d) => d.name === m.name && d.namespace === m.namespace);
  if (old) {
    // The three-way merge keeps what the manifest never set: the annotation of a rollout restart.
    const restarted = old.templateSpec.metadata.annotations?.[RESTARTED_AT];
    const meta = m.templateSpec.metadata;
    const templateSpec =
      restarted && meta.annotations?.[RESTARTED_AT] === undefined
        ? {
            ...m.templateSpec,
            metadata: { ...meta, annotations: { ...meta.annotations, [RESTARTED_AT]: restarted } },
          }
        : m.templateSpec;
    // spec.paused: the manifest's value if it has one; dropped from it, the default (false); never
    // in it, the live value (`kubectl rollout pause|resume`).
    const paused = m.paused ?? (old.appliedPaused !== undefined ? false : old.paused);
    if (old.applied === json && paused === old.paused) {
      ctx.write(`deployment.apps/${m.name} unchanged\n`);
      return;
    }
    const sorted = (sel: Record<string, string>, e?: SelectorRequirement[]) =>
      JSON.stringify([Object.entries(sel).sort(), e ?? []]);
    if (sorted(old.selector, old.matchExpressions) !== sorted(m.selector, m.matchExpressions))
      unsupported(
        `changing deployment/${m.name}'s selector (immutable in apps/v1: the API server refuses it); delete it first`,
      );
    if (old.replicas !== m.replicas)
      ops.note(`Deployment ${m.namespace}/${m.name}: replicas ${old.replicas} → ${m.replicas}`);
    Object.assign(old, {
      labels: m.labels,
      replicas: m.replicas,
      template: m.template,
      templateSpec,
      strategy: m.strategy,
      revisionHistoryLimit: m.revisionHistoryLimit,
      changeCause: m.changeCause,
      minReadySeconds: m.minReadySeconds,
      annotations: m.annotations,
      paused,
      appliedPaused: m.paused,
      applied: json,
    });
    syncDeployment(ctx, st, ops, old, controllers(ctx, st, ops));
    ctx.write(`deployment.apps/${m.name} configured\n`);
    return;
  }
  const d: Deployment = {
    name: m.name,
    namespace: m.namespace,
    labels: m.labels,
    replicas: m.replicas,
    selector: m.selector,
    ...(m.matchExpressions ? { matchExpressions: m.matchExpressions } : {}),
    template: m.template,
    templateSpec: m.templateSpec,
    strategy: m.strategy,
    revisionHistoryLimit: m.revisionHistoryLimit,
    ...(m.changeCause ? { changeCause: m.changeCause } : {}),
    ...(m.minReadySeconds ? { minReadySeconds: m.minReadySeconds } : {}),
    ...(m.annotations ? { annotations: m.annotations } : {}),
    podTemplateHash: '',
    paused: m.paused ?? false,
    ...(m.paused !== undefined ? { appliedPaused: m.paused } : {}),
    replicaSets: [],
    created: ctx.world.clock.now,
    applied: json,
  };
  st.deployments.push(d);
  syncDeployment(ctx, st, ops, d, controllers(ctx, st, ops));
  ctx.write(`deployment.apps/${m.name} created\n`);
}

/** `kubectl get deployments`: READY, UP-TO-DATE, AVAILABLE (every Pod of netns-lab is ready at once). */
function getDeployments(ctx: Ctx, st: K8sState, names: string[], wide: boolean): number {
  const list = pick(ctx, st.deployments, names, 'deployments.apps');
  if (!list) return 1;
  if (!list.length) {
    ctx.write(NO_RESOURCES);
    return 0;
  }
  const head = ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'];
  if (wide) head.push('CONTAINERS', 'IMAGES', 'SELECTOR');
  const rows = list.map((d) => {
    // READY and AVAILABLE count every set's Pods; UP-TO-DATE those of the new ReplicaSet.
    const ready = podsOf(st, d).filter((p) => p.phase === 'Running').length;
    const rs = newReplicaSet(d);
    const updated = rs ? podsOf(st, d, rs).length : 0;
    const row = [
      d.name,
      `${ready}/${d.replicas}`,
      `${updated}`,
      `${ready}`,
      humanDuration(ctx.world.clock.now - d.created),
    ];
    if (wide) {
      // A Deployment's selector is never empty (the API server refuses one).
      row.push(
        d.template.containers.map((c) => c.name).join(','),
        d.template.containers.map((c) => c.image).join(','),
        formatSelector(deploymentSelector(d)),
      );
    }
    return row;
  });
  ctx.write(table([head, ...rows]));
  return 0;
}

function deleteDeployment(ctx: Ctx, st: K8sState, ops: Ops, name: string): boolean {
  const d = st.deployments.find((x) => x.name === name);
  if (!d) return false;
  for (const rs of d.replicaSets)
    ops.note(`the garbage collector deletes ReplicaSet ${rsName(d, rs)} and its Pods`);
  st.deployments = st.deployments.filter((x) => x !== d);
  for (const p of st.pods.filter((q) => q.owner === d.name)) deletePod(ctx, st, ops, p);
  return true;
}

/** `kubectl get nodes`. */
function getNodes(ctx: Ctx, st: K8sState, names: string[], wide: boolean): number {
  const list = pick(ctx, st.nodes, names, 'nodes');
  if (!list) return 1;
  const head = ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'];
  // printNode: with -o wide, the InternalIP and ExternalIP addresses (<none> without one) and nodeInfo.
  if (wide) head.push('INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME');
  const rows = list.map((n) => {
    const row = [
      n.name,
      'Ready',
      n.netns === '' ? 'control-plane' : '<none>',
      humanDuration(ctx.world.clock.now - n.created),
      KUBELET_VERSION,
    ];
    if (wide) {
      const ip = n.internalIP || (n.alive ? internalIP(n)?.ip : undefined);
      row.push(
        ip ? ip4ToString(ip) : '<none>',
        '<none>',
        NODE_INFO.osImage,
        NODE_INFO.kernelVersion,
        NODE_INFO.containerRuntimeVersion,
      );
    }
    return row;
  });
  ctx.write(table([head, ...rows]));
  return 0;
}
