// Kubernetes objects from parsed YAML (./yaml.ts): the Pod, Service, Deployment and Node fields
// netns-lab models (a NetworkPolicy's in ./netpol-manifest.ts), checked as the API server checks
// them (strict field validation: unknown fields are errors, with their path), and the fields it
// knows but does not model refused as unsupported with their line.

import { type Ip4, parseIp4 } from '../../engine/wire/addr.ts';
import { lookupImage } from '../docker/images.ts';
import { unsupportedText } from '../unsupported.ts';
import { dns1123Label, invalidField } from './names.ts';
import {
  selector as labelSelector,
  type NetworkPolicySpec,
  networkPolicy,
  selectorMatches,
} from './netpol-manifest.ts';
import type { ServicePort, ServiceSpec } from './proxy.ts';
import type { DeploymentSpec, DeploymentStrategy, PodContainer, PodSpec } from './state.ts';
import type { TemplateContainer, TemplateSpec } from './template-hash.ts';
import { lineOf, type YamlValue } from './yaml.ts';

/** What a document asks for, or why it cannot be applied. */
export type PodManifest = { kind: 'Pod' } & Omit<PodSpec, 'owner'> & {
    /** The fields of the Pod spec as given (what a Deployment's pod-template-hash is computed over). */
    given: TemplateSpec['spec'];
  };

export type Manifest =
  | PodManifest
  | {
      kind: 'Node';
      name: string;
      namespace: string;
      labels: Record<string, string>;
      podCIDR?: { addr: Ip4; len: number };
    }
  | ({ kind: 'Deployment' } & DeploymentSpec)
  | ({ kind: 'Service' } & ServiceSpec)
  | ({ kind: 'NetworkPolicy' } & NetworkPolicySpec);

/**
 * The image a Pod's container runs: netns-lab's images are known by name, and a tag or digest
 * (nginx:1.14.2, busybox@sha256:…) names the same image (its servers do not depend on the release).
 */
export function lookupPodImage(ref: string): ReturnType<typeof lookupImage> {
  let name = ref.replace(/@sha256:[0-9a-f]{64}$/, '');
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/') && /^[\w][\w.-]{0,127}$/.test(name.slice(colon + 1)))
    name = name.slice(0, colon);
  return lookupImage(name);
}

/** An error kubectl or the API server prints (`kubectl` exit 1). */
export class ManifestError extends Error {}
/** Valid, but not modelled: "netns-lab: unsupported: …" with the line. */
export class ManifestUnsupported extends Error {
  constructor(readonly what: string) {
    super(unsupportedText(what));
  }
}

export type Obj = { [k: string]: YamlValue };
export const isObj = (v: YamlValue | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields of the Kubernetes API that netns-lab reads, ignores harmlessly, or knows but does not model. */
const POD_META = {
  read: ['name', 'namespace', 'labels', 'annotations'],
  ignore: [],
  known: ['generateName', 'ownerReferences', 'finalizers', 'uid', 'resourceVersion', 'creationTimestamp'],
};
const POD_SPEC = {
  read: ['containers', 'nodeName'],
  ignore: ['restartPolicy', 'terminationGracePeriodSeconds'],
  known: [
    'initContainers',
    'ephemeralContainers',
    'volumes',
    'nodeSelector',
    'affinity',
    'tolerations',
    'hostNetwork',
    'hostPID',
    'hostIPC',
    'shareProcessNamespace',
    'securityContext',
    'serviceAccountName',
    'serviceAccount',
    'automountServiceAccountToken',
    'dnsPolicy',
    'dnsConfig',
    'hostname',
    'subdomain',
    'hostAliases',
    'priorityClassName',
    'priority',
    'runtimeClassName',
    'schedulerName',
    'imagePullSecrets',
    'activeDeadlineSeconds',
    'readinessGates',
    'topologySpreadConstraints',
    'overhead',
    'enableServiceLinks',
    'preemptionPolicy',
    'os',
    'hostUsers',
    'schedulingGates',
    'resourceClaims',
    'resources',
    'setHostnameAsFQDN',
  ],
};
const CONTAINER = {
  read: ['name', 'image', 'ports', 'command', 'args'],
  ignore: ['imagePullPolicy', 'terminationMessagePath', 'terminationMessagePolicy'],
  known: [
    'env',
    'envFrom',
    'resources',
    'volumeMounts',
    'volumeDevices',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'lifecycle',
    'securityContext',
    'workingDir',
    'stdin',
    'stdinOnce',
    'tty',
    'resizePolicy',
    'restartPolicy',
  ],
};
const CONTAINER_PORT = {
  read: ['containerPort', 'name', 'protocol'],
  ignore: [],
  known: ['hostPort', 'hostIP'],
};
const SVC_SPEC = {
  read: ['type', 'selector', 'ports', 'clusterIP'],
  ignore: [],
  known: [
    'clusterIPs',
    'externalIPs',
    'sessionAffinity',
    'sessionAffinityConfig',
    'loadBalancerIP',
    'loadBalancerSourceRanges',
    'externalName',
    'externalTrafficPolicy',
    'internalTrafficPolicy',
    'healthCheckNodePort',
    'publishNotReadyAddresses',
    'ipFamilies',
    'ipFamilyPolicy',
    'allocateLoadBalancerNodePorts',
    'loadBalancerClass',
    'trafficDistribution',
  ],
};
const SVC_PORT = {
  read: ['name', 'port', 'targetPort', 'nodePort', 'protocol'],
  ignore: [],
  known: ['appProtocol'],
};

export class Checker {
  constructor(
    readonly kind: string,
    readonly name: string,
    readonly source: string,
  ) {}

  line(o: object | undefined, k: string | number): string {
    const n = o ? lineOf.get(o)?.get(k) : undefined;
    return n === undefined ? '' : ` (line ${n})`;
  }

  /** The API server's strict decoding error for a field it does not know. */
  unknown(path: string): never {
    throw new ManifestError(
      `Error from server (BadRequest): error when creating "${this.source}": ${this.kind} in version "v1" cannot be handled as a ${this.kind}: strict decoding error: unknown field "${path}"`,
    );
  }

  /** json: cannot unmarshal … (a value of the wrong type). */
  type(path: string, goField: string, want: string, got: YamlValue): never {
    const t =
      typeof got === 'number'
        ? 'number'
        : typeof got === 'string'
          ? 'string'
          : typeof got === 'boolean'
            ? 'bool'
            : Array.isArray(got)
              ? 'array'
              : 'object';
    throw new ManifestError(
      `Error from server (BadRequest): error when creating "${this.source}": ${this.kind} in version "v1" cannot be handled as a ${this.kind}: json: cannot unmarshal ${t} into Go struct field ${goField}.${path} of type ${want}`,
    );
  }

  invalid(field: string, detail: string): never {
    throw new ManifestError(`The ${this.kind} "${this.name}" is invalid: ${field}: ${detail}`);
  }

  /** Several causes at once, as kubectl prints them (cmdutil MultilineError: one per line with "* "). */
  invalidAll(causes: [field: string, detail: string][]): void {
    if (causes.length === 1) this.invalid(...causes[0]);
    if (causes.length > 1)
      throw new ManifestError(
        `The ${this.kind} "${this.name}" is invalid: \n${causes.map(([f, d]) => `* ${f}: ${d}`).join('\n')}`,
      );
  }

  fields(o: Obj, spec: { read: string[]; ignore: string[]; known: string[] }, path: string): void {
    for (const k of Object.keys(o)) {
      if (spec.read.includes(k) || spec.ignore.includes(k)) continue;
      const p = path ? `${path}.${k}` : k;
      if (spec.known.includes(k)) throw new ManifestUnsupported(`${this.kind} field ${p}${this.line(o, k)}`);
      this.unknown(p);
    }
  }

  /** A map of labels (or of annotations: `checkKeys` false, whose keys netns-lab does not check). */
  labels(v: YamlValue | undefined, path: string, checkKeys = true): Record<string, string> {
    if (v === undefined || v === null) return {};
    if (!isObj(v)) this.type(path, 'ObjectMeta', 'map[string]string', v);
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== 'string') this.type(`${path}`, 'ObjectMeta', 'string', x);
      if (checkKeys && !/^([a-z0-9.-]+\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(k))
        this.invalid(
          `${path}`,
          `Invalid value: "${k}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`,
        );
      out[k] = x;
    }
    return out;
  }

  port(v: YamlValue | undefined, path: string, go: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v)) this.type(path, go, 'int32', v ?? null);
    return v;
  }

  /** An integer field the API server wants at least 0 (replicas, revisionHistoryLimit, a grace period). */
  count(v: YamlValue, path: string, go: string, want: 'int32' | 'int64'): number {
    if (typeof v !== 'number' || !Number.isInteger(v)) this.type(path, go, want, v);
    if (v < 0) this.invalid(path, `Invalid value: ${v}: must be greater than or equal to 0`);
    return v;
  }
}

/** The manifest one document describes (`source` is "STDIN" or the file name, as kubectl says it). */
export function toManifest(doc: YamlValue, source: string): Manifest {
  if (!isObj(doc))
    throw new ManifestError(
      `error: error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  if (doc.kind === undefined || doc.kind === null || doc.kind === '')
    throw new ManifestError(
      `error: error validating "${source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  if (doc.apiVersion === undefined || doc.apiVersion === null || doc.apiVersion === '')
    throw new ManifestError(
      `error: error validating "${source}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  const kind = String(doc.kind);
  const api = String(doc.apiVersion);
  const meta = isObj(doc.metadata) ? doc.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const known: Record<string, string> = {
    Pod: 'v1',
    Service: 'v1',
    Node: 'v1',
    Deployment: 'apps/v1',
    ReplicaSet: 'apps/v1',
    DaemonSet: 'apps/v1',
    NetworkPolicy: 'networking.k8s.io/v1',
    Namespace: 'v1',
    ConfigMap: 'v1',
  };
  if (known[kind] !== api)
    throw new ManifestError(
      `error: resource mapping not found for name: "${name}" namespace: "" from "${source}": no matches for kind "${kind}" in version "${api}"\nensure CRDs are installed first`,
    );
  if (!['Pod', 'Service', 'NetworkPolicy', 'Node', 'Deployment'].includes(kind))
    throw new ManifestUnsupported(
      `kind ${kind} (netns-lab applies Pods, Services, NetworkPolicies, Deployments and Nodes)${lineOf.get(doc)?.get('kind') ? ` (line ${lineOf.get(doc)!.get('kind')})` : ''}`,
    );
  const c: Checker = new Checker(kind, name, source);
  for (const k of Object.keys(doc))
    if (!['apiVersion', 'kind', 'metadata', 'spec', 'status'].includes(k)) c.unknown(k);
  // The resource's group/version as kubectl names it ("/v1" for the core group) and its plural.
  const gv = api.includes('/') ? api : `/${api}`;
  const plural = kind === 'NetworkPolicy' ? 'networkpolicies' : `${kind.toLowerCase()}s`;
  if (!name)
    throw new ManifestError(
      `error: error when retrieving current configuration of:\nResource: "${gv}, Resource=${plural}", GroupVersionKind: "${gv}, Kind=${kind}"\nName: "", Namespace: "default"\nfrom server for: "${source}": resource name may not be empty`,
    );
  c.fields(meta, POD_META, 'metadata');
  if (kind === 'Node') return node(c, name, c.labels(meta.labels, 'metadata.labels'), doc.spec);
  const namespace = meta.namespace === undefined ? 'default' : String(meta.namespace);
  if (namespace !== 'default')
    throw new ManifestUnsupported(
      `namespace "${namespace}"${c.line(meta, 'namespace')} (netns-lab's cluster has the default namespace)`,
    );
  const labels = c.labels(meta.labels, 'metadata.labels');
  // metadata.annotations: kept as given (describe prints them), read by nothing else but a
  // Deployment's kubernetes.io/change-cause.
  const annotations = c.labels(meta.annotations, 'metadata.annotations', false);
  const withAnnotations = <T extends Manifest>(m: T): T =>
    Object.keys(annotations).length ? { ...m, annotations } : m;
  const spec = doc.spec;
  if (kind === 'NetworkPolicy')
    return withAnnotations({ kind, ...networkPolicy(c, name, namespace, labels, doc.spec) });
  if (!isObj(spec)) {
    if (kind === 'Pod') c.invalid('spec.containers', 'Required value');
    c.invalid('spec.ports', 'Required value');
  }
  if (kind === 'Deployment') return withAnnotations(deployment(c, name, namespace, labels, spec, meta));
  return withAnnotations(
    kind === 'Pod' ? pod(c, name, namespace, labels, spec) : service(c, name, namespace, labels, spec),
  );
}

function strings(c: Checker, v: YamlValue | undefined, path: string): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) c.type(path, 'Container', '[]string', v);
  return v.map((x) =>
    typeof x === 'string' ? x : typeof x === 'number' ? String(x) : c.type(path, 'Container', 'string', x),
  );
}

function pod(
  c: Checker,
  name: string,
  namespace: string,
  labels: Record<string, string>,
  spec: Obj,
  ps = 'spec',
): PodManifest {
  c.fields(spec, POD_SPEC, ps);
  let nodeName: string | undefined;
  if (spec.nodeName !== undefined && spec.nodeName !== null) {
    if (ps !== 'spec')
      throw new ManifestUnsupported(`${ps}.nodeName in a Pod template${c.line(spec, 'nodeName')}`);
    nodeName = String(spec.nodeName);
  }
  const cs = spec.containers;
  if (cs === undefined || cs === null || (Array.isArray(cs) && cs.length === 0))
    c.invalid(`${ps}.containers`, 'Required value');
  if (!Array.isArray(cs)) c.type(`${ps}.containers`, 'Pod', '[]v1.Container', cs);
  const seenPorts = new Set<string>();
  const given: TemplateContainer[] = [];
  const containers: PodContainer[] = cs.map((x, i) => {
    const p = `${ps}.containers[${i}]`;
    if (!isObj(x)) c.type(`${ps}.containers`, 'Pod', 'v1.Container', x);
    c.fields(x, CONTAINER, p);
    if (typeof x.name !== 'string' || x.name === '') c.invalid(`${p}.name`, 'Required value');
    if (typeof x.image !== 'string' || x.image === '') c.invalid(`${p}.image`, 'Required value');
    const img = lookupPodImage(x.image);
    if (!img)
      throw new ManifestUnsupported(
        `image ${x.image}${c.line(x, 'image')} (netns-lab knows nginx, httpd, redis, busybox, alpine)`,
      );
    const command = strings(c, x.command, `${p}.command`);
    const args = strings(c, x.args, `${p}.args`);
    const cmd = [...(command ?? img.image.entrypoint), ...(args ?? (command ? [] : img.image.cmd))];
    const ownCmd = command === undefined && args === undefined;
    if (!ownCmd && !isSleep(cmd))
      throw new ManifestUnsupported(
        `the command of ${p}${c.line(x, command ? 'command' : 'args')}: ${cmd.join(' ')} (netns-lab runs an image's own server, or sleep N)`,
      );
    if (ownCmd && (img.image.cmd[0] === 'sh' || img.image.cmd[0] === '/bin/sh'))
      throw new ManifestUnsupported(
        `${p}${c.line(cs, i)} runs ${x.image}'s sh, which ends at once without a terminal (CrashLoopBackOff); give it command: ["sleep", "3600"]`,
      );
    const ports: PodContainer['ports'] = [];
    const pv = x.ports;
    if (pv !== undefined && pv !== null) {
      if (!Array.isArray(pv)) c.type(`${p}.ports`, 'Container', '[]v1.ContainerPort', pv);
      pv.forEach((q, j) => {
        const pp = `${p}.ports[${j}]`;
        if (!isObj(q)) c.type(`${p}.ports`, 'Container', 'v1.ContainerPort', q);
        c.fields(q, CONTAINER_PORT, pp);
        const n = c.port(q.containerPort, `${ps}.containers.ports.containerPort`, 'ContainerPort');
        if (n < 1 || n > 65535)
          c.invalid(`${pp}.containerPort`, `Invalid value: ${n}: must be between 1 and 65535, inclusive`);
        const proto = q.protocol === undefined ? 'TCP' : String(q.protocol);
        if (proto !== 'TCP' && proto !== 'UDP')
          c.invalid(
            `${pp}.protocol`,
            `Unsupported value: "${proto}": supported values: "SCTP", "TCP", "UDP"`,
          );
        const pname = q.name === undefined ? undefined : String(q.name);
        if (pname !== undefined) {
          if (seenPorts.has(pname)) c.invalid(`${pp}.name`, `Duplicate value: "${pname}"`);
          seenPorts.add(pname);
        }
        ports.push({ containerPort: n, protocol: proto as 'TCP' | 'UDP', ...(pname ? { name: pname } : {}) });
      });
    }
    given.push({
      name: x.name,
      image: x.image,
      ...(command ? { command } : {}),
      ...(args ? { args } : {}),
      ...(Array.isArray(pv)
        ? {
            ports: pv.map((q, j) => ({
              containerPort: ports[j].containerPort,
              ...(isObj(q) && q.protocol !== undefined ? { protocol: ports[j].protocol } : {}),
              ...(ports[j].name !== undefined ? { name: ports[j].name } : {}),
            })),
          }
        : {}),
      ...given1(c, x, p),
    });
    return {
      name: x.name,
      image: x.image,
      ports,
      args: ownCmd ? [] : cmd,
      listeners: ownCmd ? img.image.listeners : [],
    };
  });
  const names = new Set<string>();
  containers.forEach((x, i) => {
    if (names.has(x.name)) c.invalid(`${ps}.containers[${i}].name`, `Duplicate value: "${x.name}"`);
    names.add(x.name);
  });
  return {
    kind: 'Pod',
    name,
    namespace,
    labels,
    containers,
    ...(nodeName !== undefined ? { nodeName } : {}),
    given: { containers: given, ...givenSpec(c, spec, ps) },
  };
}

/** A string field the API server checks against its values (an empty one is defaulted). */
function oneOf(
  c: Checker,
  o: Obj,
  k: string,
  path: string,
  go: string,
  values: string[],
): string | undefined {
  const v = o[k];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') c.type(path, go, 'string', v);
  if (!values.includes(v))
    c.invalid(path, `Unsupported value: "${v}": supported values: ${values.map((x) => `"${x}"`).join(', ')}`);
  return v;
}

/** The container fields netns-lab accepts without modelling them (they count in the pod-template-hash). */
function given1(c: Checker, x: Obj, p: string): Partial<TemplateContainer> {
  const pull = oneOf(c, x, 'imagePullPolicy', `${p}.imagePullPolicy`, 'Container', [
    'Always',
    'IfNotPresent',
    'Never',
  ]);
  const policy = oneOf(c, x, 'terminationMessagePolicy', `${p}.terminationMessagePolicy`, 'Container', [
    'File',
    'FallbackToLogsOnError',
  ]);
  const path = x.terminationMessagePath;
  if (path !== undefined && path !== null && typeof path !== 'string')
    c.type(`${p}.terminationMessagePath`, 'Container', 'string', path);
  return {
    ...(pull ? { imagePullPolicy: pull } : {}),
    ...(policy ? { terminationMessagePolicy: policy } : {}),
    ...(path ? { terminationMessagePath: path } : {}),
  };
}

/** restartPolicy and terminationGracePeriodSeconds, checked as the API server checks them. */
function givenSpec(c: Checker, spec: Obj, ps: string): Omit<TemplateSpec['spec'], 'containers'> {
  // A Deployment's Pods must restart (ValidatePodTemplateSpecForReplicaSet).
  const restart = oneOf(
    c,
    spec,
    'restartPolicy',
    `${ps}.restartPolicy`,
    'PodSpec',
    ps === 'spec' ? ['Always', 'OnFailure', 'Never'] : ['Always'],
  );
  const grace = spec.terminationGracePeriodSeconds;
  if (grace !== undefined && grace !== null)
    c.count(grace, `${ps}.terminationGracePeriodSeconds`, 'PodSpec', 'int64');
  return {
    ...(restart ? { restartPolicy: restart } : {}),
    ...(typeof grace === 'number' ? { terminationGracePeriodSeconds: grace } : {}),
  };
}

function isSleep(cmd: string[]): boolean {
  if (cmd.length === 2 && cmd[0] === 'sleep') return /^(\d+|infinity)$/.test(cmd[1]);
  if (cmd.length === 3 && /^(\/bin\/)?sh$/.test(cmd[0]) && cmd[1] === '-c')
    return /^sleep (\d+|infinity)$/.test(cmd[2]);
  return false;
}

function service(
  c: Checker,
  name: string,
  namespace: string,
  labels: Record<string, string>,
  spec: Obj,
): Manifest {
  c.fields(spec, SVC_SPEC, 'spec');
  const type = spec.type === undefined ? 'ClusterIP' : String(spec.type);
  if (type === 'LoadBalancer' || type === 'ExternalName')
    throw new ManifestUnsupported(`a Service of type ${type}${c.line(spec, 'type')}`);
  if (type !== 'ClusterIP' && type !== 'NodePort')
    c.invalid(
      'spec.type',
      `Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
    );
  const selector =
    spec.selector === undefined || spec.selector === null
      ? {}
      : (() => {
          if (!isObj(spec.selector)) c.type('spec.selector', 'Service', 'map[string]string', spec.selector);
          return Object.fromEntries(Object.entries(spec.selector).map(([k, v]) => [k, String(v)]));
        })();
  if (Object.keys(selector).length === 0)
    throw new ManifestUnsupported(`a Service without a selector (its endpoints are managed by hand)`);
  let clusterIP: number | undefined;
  if (spec.clusterIP !== undefined && spec.clusterIP !== null && spec.clusterIP !== '') {
    if (spec.clusterIP === 'None')
      throw new ManifestUnsupported(`a headless Service (clusterIP: None)${c.line(spec, 'clusterIP')}`);
    const a = parseIp4(String(spec.clusterIP));
    if (a === undefined)
      c.invalid(
        'spec.clusterIPs',
        `Invalid value: []string{"${spec.clusterIP}"}: must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)`,
      );
    if ((a & 0xfff00000) >>> 0 !== 0x0a600000)
      c.invalid(
        'spec.clusterIPs',
        `Invalid value: []string{"${spec.clusterIP}"}: failed to allocate IP ${spec.clusterIP}: the provided IP (${spec.clusterIP}) is not in the valid range. The range of valid IPs is 10.96.0.0/12`,
      );
    clusterIP = a;
  }
  const pv = spec.ports;
  if (pv === undefined || pv === null || (Array.isArray(pv) && pv.length === 0))
    c.invalid('spec.ports', 'Required value');
  if (!Array.isArray(pv)) c.type('spec.ports', 'Service', '[]v1.ServicePort', pv);
  const ports: ServicePort[] = pv.map((q, i) => {
    const pp = `spec.ports[${i}]`;
    if (!isObj(q)) c.type('spec.ports', 'Service', 'v1.ServicePort', q);
    c.fields(q, SVC_PORT, pp);
    const port = c.port(q.port, 'spec.ports.port', 'ServicePort');
    if (port < 1 || port > 65535)
      c.invalid(`${pp}.port`, `Invalid value: ${port}: must be between 1 and 65535, inclusive`);
    const proto = q.protocol === undefined ? 'TCP' : String(q.protocol);
    if (proto !== 'TCP')
      throw new ManifestUnsupported(
        `${pp}.protocol ${proto}${c.line(q, 'protocol')} (netns-lab's Services are TCP)`,
      );
    let targetPort: number | string = port;
    if (q.targetPort !== undefined && q.targetPort !== null) {
      if (typeof q.targetPort === 'number') targetPort = q.targetPort;
      else if (typeof q.targetPort === 'string')
        targetPort = /^\d+$/.test(q.targetPort) ? Number(q.targetPort) : q.targetPort;
      else c.type('spec.ports.targetPort', 'ServicePort', 'intstr.IntOrString', q.targetPort);
    }
    if (typeof targetPort === 'number' && (targetPort < 1 || targetPort > 65535))
      c.invalid(`${pp}.targetPort`, `Invalid value: ${targetPort}: must be between 1 and 65535, inclusive`);
    let nodePort: number | undefined;
    if (q.nodePort !== undefined && q.nodePort !== null) {
      nodePort = c.port(q.nodePort, 'spec.ports.nodePort', 'ServicePort');
      if (type !== 'NodePort')
        c.invalid(`${pp}.nodePort`, `Forbidden: may not be used when \`type\` is 'ClusterIP'`);
      if (nodePort < 30000 || nodePort > 32767)
        c.invalid(
          `spec.ports[${i}].nodePort`,
          `Invalid value: ${nodePort}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
        );
    }
    const pname = q.name === undefined || q.name === null ? undefined : String(q.name);
    if (pv.length > 1 && !pname) c.invalid(`${pp}.name`, 'Required value');
    // ValidateServicePort: a name is a DNS-1123 label (it reaches kube-proxy's rule comments).
    const bad = pname ? dns1123Label(pname) : [];
    if (pname && bad.length) throw new ManifestError(invalidField('Service', name, `${pp}.name`, pname, bad));
    return {
      protocol: 'TCP',
      port,
      targetPort,
      ...(pname ? { name: pname } : {}),
      ...(nodePort ? { nodePort } : {}),
    };
  });
  return {
    kind: 'Service',
    name,
    namespace,
    labels,
    type,
    selector,
    ports,
    ...(clusterIP !== undefined ? { clusterIP } : {}),
  };
}

const NODE_SPEC = {
  read: ['podCIDR'],
  ignore: [],
  known: ['podCIDRs', 'providerID', 'unschedulable', 'taints', 'configSource', 'externalID'],
};

/** A Node: its name (the namespace its kubelet runs in, ./nodes.ts) and, if given, spec.podCIDR. */
function node(
  c: Checker,
  name: string,
  labels: Record<string, string>,
  spec: YamlValue | undefined,
): Manifest {
  let podCIDR: { addr: Ip4; len: number } | undefined;
  if (isObj(spec)) {
    c.fields(spec, NODE_SPEC, 'spec');
    if (spec.podCIDR !== undefined && spec.podCIDR !== null) {
      const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(String(spec.podCIDR));
      const addr = m ? parseIp4(m[1]) : undefined;
      if (!m || addr === undefined || Number(m[2]) > 32)
        c.invalid(
          'spec.podCIDR',
          `Invalid value: "${String(spec.podCIDR)}": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)`,
        );
      podCIDR = { addr, len: Number(m[2]) };
    }
  }
  return { kind: 'Node', name, namespace: '', labels, ...(podCIDR ? { podCIDR } : {}) };
}

const DEPLOY_SPEC = {
  read: ['replicas', 'selector', 'template', 'paused', 'minReadySeconds'],
  ignore: ['strategy', 'revisionHistoryLimit', 'progressDeadlineSeconds'],
  known: [],
};

/** A Deployment (apps/v1): replicas, selector.matchLabels and the Pod template. */
function deployment(
  c: Checker,
  name: string,
  namespace: string,
  labels: Record<string, string>,
  spec: Obj,
  meta: Obj,
): Manifest {
  c.fields(spec, DEPLOY_SPEC, 'spec');
  const strategy = deploymentStrategy(c, spec.strategy);
  const limit = c.count(
    spec.revisionHistoryLimit ?? 10,
    'spec.revisionHistoryLimit',
    'DeploymentSpec',
    'int32',
  );
  const changeCause = c.labels(meta.annotations, 'metadata.annotations', false)['kubernetes.io/change-cause'];
  const replicas = c.count(spec.replicas ?? 1, 'spec.replicas', 'DeploymentSpec', 'int32');
  if (replicas > 100)
    throw new ManifestUnsupported(
      `spec.replicas ${replicas}${c.line(spec, 'replicas')} (netns-lab runs at most 100 Pods of a Deployment)`,
    );
  const minReady =
    spec.minReadySeconds === undefined || spec.minReadySeconds === null
      ? undefined
      : c.count(spec.minReadySeconds, 'spec.minReadySeconds', 'DeploymentSpec', 'int32');
  const paused = spec.paused ?? undefined;
  if (paused !== undefined && typeof paused !== 'boolean')
    c.type('spec.paused', 'DeploymentSpec', 'bool', paused);
  if (spec.selector === undefined || spec.selector === null) c.invalid('spec.selector', 'Required value');
  const sel = labelSelector(c, spec.selector, 'spec.selector', 'DeploymentSpec')!;
  const selector = sel.matchLabels;
  const matchExpressions = sel.matchExpressions;
  if (Object.keys(selector).length === 0 && matchExpressions.length === 0)
    c.invalid(
      'spec.selector',
      'Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    );
  const t = spec.template;
  if (!isObj(t)) c.invalid('spec.template.spec.containers', 'Required value');
  for (const k of Object.keys(t)) if (k !== 'metadata' && k !== 'spec') c.unknown(`spec.template.${k}`);
  const tm = isObj(t.metadata) ? t.metadata : {};
  for (const k of Object.keys(tm))
    if (k !== 'labels' && k !== 'annotations') {
      // kubectl create … -o yaml writes creationTimestamp: null (the zero time the template has anyway).
      if (k === 'name' || k === 'namespace' || (k === 'creationTimestamp' && tm[k] === null)) continue;
      throw new ManifestUnsupported(`spec.template.metadata.${k}${c.line(tm, k)}`);
    }
  const tl = c.labels(tm.labels, 'spec.template.metadata.labels');
  if (!selectorMatches(sel, tl)) {
    const m = Object.entries(tl)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`)
      .join(', ');
    c.invalid(
      'spec.template.metadata.labels',
      `Invalid value: map[string]string{${m}}: \`selector\` does not match template \`labels\``,
    );
  }
  if (!isObj(t.spec)) c.invalid('spec.template.spec.containers', 'Required value');
  const p = pod(c, name, namespace, tl, t.spec, 'spec.template.spec');
  const annotations = c.labels(tm.annotations, 'spec.template.metadata.annotations', false);
  return {
    kind: 'Deployment',
    name,
    namespace,
    labels,
    replicas,
    selector,
    ...(matchExpressions.length ? { matchExpressions } : {}),
    template: { labels: tl, containers: p.containers },
    templateSpec: {
      metadata: {
        ...(typeof tm.name === 'string' ? { name: tm.name } : {}),
        ...(typeof tm.namespace === 'string' ? { namespace: tm.namespace } : {}),
        labels: tl,
        ...(Object.keys(annotations).length ? { annotations } : {}),
      },
      spec: p.given,
    },
    strategy,
    revisionHistoryLimit: limit,
    ...(changeCause ? { changeCause } : {}),
    ...(paused !== undefined ? { paused } : {}),
    ...(minReady ? { minReadySeconds: minReady } : {}),
  };
}

/** spec.strategy, defaulted (RollingUpdate, 25% and 25%) and checked as ValidateDeploymentStrategy does. */
function deploymentStrategy(c: Checker, v: YamlValue | undefined): DeploymentStrategy {
  const def: DeploymentStrategy = { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '25%' };
  if (v === undefined || v === null) return def;
  if (!isObj(v)) c.type('spec.strategy', 'DeploymentSpec', 'v1.DeploymentStrategy', v);
  for (const k of Object.keys(v)) if (k !== 'type' && k !== 'rollingUpdate') c.unknown(`spec.strategy.${k}`);
  const type = v.type === undefined || v.type === null ? 'RollingUpdate' : String(v.type);
  if (type !== 'RollingUpdate' && type !== 'Recreate')
    c.invalid(
      'spec.strategy.type',
      `Unsupported value: "${type}": supported values: "Recreate", "RollingUpdate"`,
    );
  const ru = v.rollingUpdate;
  if (type === 'Recreate') {
    if (ru !== undefined && ru !== null)
      c.invalid(
        'spec.strategy.rollingUpdate',
        "Forbidden: may not be specified when strategy `type` is 'Recreate'",
      );
    return { type };
  }
  if (ru === undefined || ru === null) return def;
  if (!isObj(ru))
    c.type('spec.strategy.rollingUpdate', 'DeploymentStrategy', 'v1.RollingUpdateDeployment', ru);
  for (const k of Object.keys(ru))
    if (k !== 'maxSurge' && k !== 'maxUnavailable') c.unknown(`spec.strategy.rollingUpdate.${k}`);
  const one = (k: 'maxSurge' | 'maxUnavailable'): number | string => {
    const x = ru[k];
    if (x === undefined || x === null) return '25%';
    if (typeof x === 'number' && Number.isInteger(x) && x >= 0) return x;
    if (typeof x === 'string' && /^\d+%$/.test(x) && (k === 'maxSurge' || Number(x.slice(0, -1)) <= 100))
      return x;
    throw new ManifestUnsupported(`spec.strategy.rollingUpdate.${k} ${String(x)}${c.line(ru, k)}`);
  };
  const maxSurge = one('maxSurge');
  const maxUnavailable = one('maxUnavailable');
  const zero = (x: number | string) => x === 0 || x === '0%';
  if (zero(maxSurge) && zero(maxUnavailable))
    c.invalid(
      'spec.strategy.rollingUpdate.maxUnavailable',
      `Invalid value: ${typeof maxUnavailable === 'number' ? maxUnavailable : `"${maxUnavailable}"`}: may not be 0 when \`maxSurge\` is 0`,
    );
  return { type, maxSurge, maxUnavailable };
}
