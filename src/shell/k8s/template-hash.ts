// The pod-template-hash of Kubernetes v1.35: the Deployment controller names a ReplicaSet
// NAME-<hash> and labels its Pods pod-template-hash=<hash>, where (pkg/controller/controller_utils.go)
//   ComputeHash(template, collisionCount) =
//     rand.SafeEncodeString(fmt.Sprint(fnv32a(DeepHashObject(template) [+ collisionCount as 8 bytes LE])))
// and DeepHashObject prints the v1.PodTemplateSpec with go-spew's `%#v` (./spew.ts): every field of
// every struct in it, with its Go type. The template hashed is the Deployment as the controller
// reads it: defaulted by the API server (pkg/apis/core/v1/defaults.go SetDefaults_PodSpec,
// SetDefaults_Container; ContainerPort.Protocol's +default="TCP"), stored and read back through
// protobuf (an empty list or map reads back as nil). The structs' fields are those of
// k8s.io/api v0.35.7 core/v1/types.go and k8s.io/apimachinery v0.35.7 pkg/apis/meta/v1/types.go,
// in their order; conformance/reference/kubernetes-v1.35/pod-template-hash.txt has the dumps and
// hashes go-spew printed for them.

import type { GoValue } from './spew.ts';
import { spewTyped } from './spew.ts';

/** The fields of spec.template netns-lab accepts, as the manifest gave them (./manifest.ts). */
export interface TemplateSpec {
  metadata: {
    name?: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: {
    containers: TemplateContainer[];
    restartPolicy?: string;
    terminationGracePeriodSeconds?: number;
  };
}

export interface TemplateContainer {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  imagePullPolicy?: string;
  terminationMessagePath?: string;
  terminationMessagePolicy?: string;
}

/**
 * The structs DeepHashObject walks through for such a template, with their fields' Go types as
 * reflect prints them (core/v1 and meta/v1 are both package v1). Every other type in them is a
 * pointer, slice or map that stays nil.
 */
const STRUCTS: Record<string, string[]> = {
  'v1.PodTemplateSpec': ['ObjectMeta v1.ObjectMeta', 'Spec v1.PodSpec'],
  'v1.ObjectMeta': [
    'Name string',
    'GenerateName string',
    'Namespace string',
    'SelfLink string',
    'UID types.UID',
    'ResourceVersion string',
    'Generation int64',
    'CreationTimestamp v1.Time',
    'DeletionTimestamp *v1.Time',
    'DeletionGracePeriodSeconds *int64',
    'Labels map[string]string',
    'Annotations map[string]string',
    'OwnerReferences []v1.OwnerReference',
    'Finalizers []string',
    'ManagedFields []v1.ManagedFieldsEntry',
  ],
  // metav1.Time embeds time.Time, whose fields spew prints as they are (DisableMethods).
  'v1.Time': ['Time time.Time'],
  'time.Time': ['wall uint64', 'ext int64', 'loc *time.Location'],
  'v1.PodSpec': [
    'Volumes []v1.Volume',
    'InitContainers []v1.Container',
    'Containers []v1.Container',
    'EphemeralContainers []v1.EphemeralContainer',
    'RestartPolicy v1.RestartPolicy',
    'TerminationGracePeriodSeconds *int64',
    'ActiveDeadlineSeconds *int64',
    'DNSPolicy v1.DNSPolicy',
    'NodeSelector map[string]string',
    'ServiceAccountName string',
    'DeprecatedServiceAccount string',
    'AutomountServiceAccountToken *bool',
    'NodeName string',
    'HostNetwork bool',
    'HostPID bool',
    'HostIPC bool',
    'ShareProcessNamespace *bool',
    'SecurityContext *v1.PodSecurityContext',
    'ImagePullSecrets []v1.LocalObjectReference',
    'Hostname string',
    'Subdomain string',
    'Affinity *v1.Affinity',
    'SchedulerName string',
    'Tolerations []v1.Toleration',
    'HostAliases []v1.HostAlias',
    'PriorityClassName string',
    'Priority *int32',
    'DNSConfig *v1.PodDNSConfig',
    'ReadinessGates []v1.PodReadinessGate',
    'RuntimeClassName *string',
    'EnableServiceLinks *bool',
    'PreemptionPolicy *v1.PreemptionPolicy',
    'Overhead v1.ResourceList',
    'TopologySpreadConstraints []v1.TopologySpreadConstraint',
    'SetHostnameAsFQDN *bool',
    'OS *v1.PodOS',
    'HostUsers *bool',
    'SchedulingGates []v1.PodSchedulingGate',
    'ResourceClaims []v1.PodResourceClaim',
    'Resources *v1.ResourceRequirements',
    'HostnameOverride *string',
    'WorkloadRef *v1.WorkloadReference',
  ],
  'v1.PodSecurityContext': [
    'SELinuxOptions *v1.SELinuxOptions',
    'WindowsOptions *v1.WindowsSecurityContextOptions',
    'RunAsUser *int64',
    'RunAsGroup *int64',
    'RunAsNonRoot *bool',
    'SupplementalGroups []int64',
    'SupplementalGroupsPolicy *v1.SupplementalGroupsPolicy',
    'FSGroup *int64',
    'Sysctls []v1.Sysctl',
    'FSGroupChangePolicy *v1.PodFSGroupChangePolicy',
    'SeccompProfile *v1.SeccompProfile',
    'AppArmorProfile *v1.AppArmorProfile',
    'SELinuxChangePolicy *v1.PodSELinuxChangePolicy',
  ],
  'v1.Container': [
    'Name string',
    'Image string',
    'Command []string',
    'Args []string',
    'WorkingDir string',
    'Ports []v1.ContainerPort',
    'EnvFrom []v1.EnvFromSource',
    'Env []v1.EnvVar',
    'Resources v1.ResourceRequirements',
    'ResizePolicy []v1.ContainerResizePolicy',
    'RestartPolicy *v1.ContainerRestartPolicy',
    'RestartPolicyRules []v1.ContainerRestartRule',
    'VolumeMounts []v1.VolumeMount',
    'VolumeDevices []v1.VolumeDevice',
    'LivenessProbe *v1.Probe',
    'ReadinessProbe *v1.Probe',
    'StartupProbe *v1.Probe',
    'Lifecycle *v1.Lifecycle',
    'TerminationMessagePath string',
    'TerminationMessagePolicy v1.TerminationMessagePolicy',
    'ImagePullPolicy v1.PullPolicy',
    'SecurityContext *v1.SecurityContext',
    'Stdin bool',
    'StdinOnce bool',
    'TTY bool',
  ],
  'v1.ContainerPort': [
    'Name string',
    'HostPort int32',
    'ContainerPort int32',
    'Protocol v1.Protocol',
    'HostIP string',
  ],
  'v1.ResourceRequirements': [
    'Limits v1.ResourceList',
    'Requests v1.ResourceList',
    'Claims []v1.ResourceClaim',
  ],
};

/** Named types that are not structs: their underlying kind. */
const NAMED: Record<string, 'string' | 'map'> = {
  'types.UID': 'string',
  'v1.RestartPolicy': 'string',
  'v1.DNSPolicy': 'string',
  'v1.Protocol': 'string',
  'v1.TerminationMessagePolicy': 'string',
  'v1.PullPolicy': 'string',
  'v1.ResourceList': 'map',
};

const INTS = new Set(['int32', 'int64', 'uint64']);

/** Go's zero value of a type. */
function zero(type: string): GoValue {
  if (type.startsWith('*')) return { kind: 'ptr', type };
  if (type.startsWith('[]')) return { kind: 'slice', type };
  if (type.startsWith('map[')) return { kind: 'map', type };
  if (type === 'string') return { kind: 'string', type, value: '' };
  if (type === 'bool') return { kind: 'bool', type, value: false };
  if (INTS.has(type)) return { kind: 'int', type, value: 0 };
  if (STRUCTS[type]) return struct(type, {});
  const k = NAMED[type];
  if (k === 'string') return { kind: 'string', type, value: '' };
  if (k === 'map') return { kind: 'map', type };
  throw new Error(`pod-template-hash: no Go type ${type}`);
}

/** A struct of `type` with the fields in `set` and every other field its zero value. */
function struct(type: string, set: Record<string, GoValue>): GoValue {
  const fields = STRUCTS[type].map((f): [string, GoValue] => {
    const [name, t] = f.split(' ');
    return [name, set[name] ?? zero(t)];
  });
  for (const k of Object.keys(set))
    if (!fields.some(([n]) => n === k)) throw new Error(`pod-template-hash: ${type} has no field ${k}`);
  return { kind: 'struct', type, fields };
}

const str = (value: string, type = 'string'): GoValue => ({ kind: 'string', type, value });
/** A string field: absent and "" are the same in Go. */
const strField = (v: string | undefined, type = 'string'): GoValue | undefined =>
  v === undefined ? undefined : str(v, type);
/** A list read back from protobuf: an empty one is nil. */
const list = (type: string, items: GoValue[] | undefined): GoValue | undefined =>
  items?.length ? { kind: 'slice', type, items } : undefined;
const stringMap = (m: Record<string, string> | undefined): GoValue | undefined =>
  m && Object.keys(m).length
    ? {
        kind: 'map',
        type: 'map[string]string',
        entries: Object.entries(m).map(([k, v]): [string, GoValue] => [k, str(v)]),
      }
    : undefined;

/**
 * parsers.ParseImageName's tag as SetDefaults_Container reads it: "latest" when the reference has
 * neither tag nor digest, else the tag ("" with a digest only).
 */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) return name.slice(colon + 1);
  return at >= 0 ? '' : 'latest';
}

function container(c: TemplateContainer): GoValue {
  const ports = c.ports?.map((p) =>
    struct('v1.ContainerPort', {
      ...(p.name !== undefined ? { Name: str(p.name) } : {}),
      ContainerPort: { kind: 'int', type: 'int32', value: p.containerPort },
      Protocol: str(p.protocol ?? 'TCP', 'v1.Protocol'),
    }),
  );
  const set: Record<string, GoValue | undefined> = {
    Name: str(c.name),
    Image: str(c.image),
    Command: list(
      '[]string',
      c.command?.map((x) => str(x)),
    ),
    Args: list(
      '[]string',
      c.args?.map((x) => str(x)),
    ),
    Ports: list('[]v1.ContainerPort', ports),
    // SetDefaults_Container
    TerminationMessagePath: str(c.terminationMessagePath || '/dev/termination-log'),
    TerminationMessagePolicy: str(c.terminationMessagePolicy || 'File', 'v1.TerminationMessagePolicy'),
    ImagePullPolicy: str(
      c.imagePullPolicy || (imageTag(c.image) === 'latest' ? 'Always' : 'IfNotPresent'),
      'v1.PullPolicy',
    ),
  };
  return struct('v1.Container', defined(set));
}

function defined(set: Record<string, GoValue | undefined>): Record<string, GoValue> {
  return Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)) as Record<
    string,
    GoValue
  >;
}

/** The v1.PodTemplateSpec the Deployment controller hashes, as a Go value. */
export function podTemplateSpecValue(t: TemplateSpec): GoValue {
  const meta = struct(
    'v1.ObjectMeta',
    defined({
      Name: strField(t.metadata.name),
      Namespace: strField(t.metadata.namespace),
      Labels: stringMap(t.metadata.labels),
      Annotations: stringMap(t.metadata.annotations),
    }),
  );
  // SetDefaults_PodSpec
  const spec = struct(
    'v1.PodSpec',
    defined({
      Containers: list('[]v1.Container', t.spec.containers.map(container)),
      RestartPolicy: str(t.spec.restartPolicy || 'Always', 'v1.RestartPolicy'),
      TerminationGracePeriodSeconds: {
        kind: 'ptr',
        type: '*int64',
        elem: { kind: 'int', type: 'int64', value: t.spec.terminationGracePeriodSeconds ?? 30 },
      },
      DNSPolicy: str('ClusterFirst', 'v1.DNSPolicy'),
      SecurityContext: {
        kind: 'ptr',
        type: '*v1.PodSecurityContext',
        elem: struct('v1.PodSecurityContext', {}),
      },
      SchedulerName: str('default-scheduler'),
    }),
  );
  return struct('v1.PodTemplateSpec', { ObjectMeta: meta, Spec: spec });
}

/**
 * EqualIgnoreHash: two templates the API server stores alike (defaults applied, maps unordered) are
 * one template; their go-spew dumps are then equal too.
 */
export function sameTemplate(a: TemplateSpec, b: TemplateSpec): boolean {
  return spewTyped(podTemplateSpecValue(a)) === spewTyped(podTemplateSpecValue(b));
}

/** FNV-1a, 32 bits (hash/fnv New32a), over bytes. */
export function fnv32a(bytes: Uint8Array, h = 0x811c9dc5): number {
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

/** k8s.io/apimachinery/pkg/util/rand: the characters of generated names (no vowels, no 0/1/3). */
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.SafeEncodeString: each byte of s mapped to ALPHANUMS. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.charCodeAt(0) % ALPHANUMS.length];
  return out;
}

/** controller.ComputeHash: the pod-template-hash of a template and the Deployment's collisionCount. */
export function computeHash(t: TemplateSpec, collisionCount?: number): string {
  let h = fnv32a(new TextEncoder().encode(spewTyped(podTemplateSpecValue(t))));
  if (collisionCount !== undefined) {
    // binary.LittleEndian.PutUint32 into an 8-byte slice: the last four bytes stay zero.
    const b = new Uint8Array(8);
    new DataView(b.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(b, h);
  }
  return safeEncodeString(String(h));
}
