// NetworkPolicy (networking.k8s.io/v1) from a parsed manifest: the fields as the API server decodes,
// defaults (policyTypes; a port's protocol TCP) and validates them (pkg/apis/networking/validation:
// ValidateNetworkPolicySpec, ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer, ValidateIPBlock),
// with their messages. What netns-lab does not model (SCTP, IPv6 blocks) is refused as unsupported
// with its line.

import { inPrefix, parseIp4 } from '../../engine/wire/addr.ts';
import { type Checker, isObj, ManifestUnsupported, type Obj } from './manifest.ts';
import type { YamlValue } from './yaml.ts';

export interface SelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface LabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: SelectorRequirement[];
}

export interface IpBlock {
  cidr: string;
  except: string[];
}

export interface NetpolPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IpBlock;
}

export interface NetpolPort {
  protocol: 'TCP' | 'UDP';
  /** Undefined (and no name): every port of the protocol. */
  port?: number;
  endPort?: number;
  /** A named port (`port: http`): the containerPort of that name in each selected Pod. */
  name?: string;
}

export interface NetpolRule {
  /** `from` (ingress) or `to` (egress); empty: every peer. */
  peers: NetpolPeer[];
  /** Empty: every port. */
  ports: NetpolPort[];
}

export interface NetworkPolicySpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  podSelector: LabelSelector;
  /** After defaulting: Ingress, plus Egress when the spec has egress rules (SetDefaults_NetworkPolicy). */
  policyTypes: ('Ingress' | 'Egress')[];
  ingress: NetpolRule[];
  egress: NetpolRule[];
  /** metadata.annotations as the manifest gives them. */
  annotations?: Record<string, string>;
}

const SPEC = { read: ['podSelector', 'policyTypes', 'ingress', 'egress'], ignore: [], known: [] };
const INGRESS = { read: ['from', 'ports'], ignore: [], known: [] };
const EGRESS = { read: ['to', 'ports'], ignore: [], known: [] };
const PEER = { read: ['podSelector', 'namespaceSelector', 'ipBlock'], ignore: [], known: [] };
const IPBLOCK = { read: ['cidr', 'except'], ignore: [], known: [] };
const PORT = { read: ['protocol', 'port', 'endPort'], ignore: [], known: [] };
const SELECTOR = { read: ['matchLabels', 'matchExpressions'], ignore: [], known: [] };
const REQUIREMENT = { read: ['key', 'operator', 'values'], ignore: [], known: [] };

export function networkPolicy(
  c: Checker,
  name: string,
  namespace: string,
  labels: Record<string, string>,
  specV: YamlValue | undefined,
): NetworkPolicySpec {
  const spec: Obj = isObj(specV) ? specV : {};
  if (specV !== undefined && specV !== null && !isObj(specV))
    c.type('spec', 'NetworkPolicy', 'v1.NetworkPolicySpec', specV);
  c.fields(spec, SPEC, 'spec');
  const podSelector = selector(c, spec.podSelector, 'spec.podSelector') ?? {
    matchLabels: {},
    matchExpressions: [],
  };
  const ingress = rules(c, spec, 'ingress');
  const egress = rules(c, spec, 'egress');
  let policyTypes: ('Ingress' | 'Egress')[] = [];
  const pt = spec.policyTypes;
  if (pt !== undefined && pt !== null) {
    if (!Array.isArray(pt)) c.type('spec.policyTypes', 'NetworkPolicySpec', '[]v1.PolicyType', pt);
    if (pt.length > 2)
      c.invalid(
        'spec.policyTypes',
        `Invalid value: ${JSON.stringify(pt.map(String))}: may not specify more than two policyTypes`,
      );
    pt.forEach((t, i) => {
      if (typeof t !== 'string') c.type('spec.policyTypes', 'NetworkPolicySpec', 'v1.PolicyType', t);
      if (t !== 'Ingress' && t !== 'Egress')
        c.invalid(
          `spec.policyTypes[${i}]`,
          `Unsupported value: "${t}": supported values: "Ingress", "Egress"`,
        );
      policyTypes.push(t);
    });
  }
  if (policyTypes.length === 0) policyTypes = egress.length ? ['Ingress', 'Egress'] : ['Ingress'];
  return { name, namespace, labels, podSelector, policyTypes, ingress, egress };
}

function list(c: Checker, o: Obj, key: string, path: string, go: string, want: string): YamlValue[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) c.type(path, go, want, v);
  return v;
}

function rules(c: Checker, spec: Obj, dir: 'ingress' | 'egress'): NetpolRule[] {
  const peerKey = dir === 'ingress' ? 'from' : 'to';
  const goRule = dir === 'ingress' ? 'NetworkPolicyIngressRule' : 'NetworkPolicyEgressRule';
  const items = list(c, spec, dir, `spec.${dir}`, 'NetworkPolicySpec', `[]v1.${goRule}`);
  return items.map((r, i) => {
    const path = `spec.${dir}[${i}]`;
    if (!isObj(r)) c.type(`spec.${dir}`, 'NetworkPolicySpec', `v1.${goRule}`, r);
    c.fields(r, dir === 'ingress' ? INGRESS : EGRESS, path);
    const ports = list(c, r, 'ports', `spec.${dir}.ports`, goRule, '[]v1.NetworkPolicyPort').map((p, j) =>
      port(c, p, `${path}.ports[${j}]`, dir),
    );
    const peers = list(c, r, peerKey, `spec.${dir}.${peerKey}`, goRule, '[]v1.NetworkPolicyPeer').map(
      (p, j) => peer(c, p, `${path}.${peerKey}[${j}]`, dir),
    );
    return { peers, ports };
  });
}

function port(c: Checker, v: YamlValue, path: string, dir: string): NetpolPort {
  if (!isObj(v)) c.type(`spec.${dir}.ports`, 'NetworkPolicyPort', 'v1.NetworkPolicyPort', v);
  c.fields(v, PORT, path);
  const proto = v.protocol === undefined || v.protocol === null ? 'TCP' : String(v.protocol);
  if (proto !== 'TCP' && proto !== 'UDP' && proto !== 'SCTP')
    c.invalid(`${path}.protocol`, `Unsupported value: "${proto}": supported values: "TCP", "UDP", "SCTP"`);
  if (proto === 'SCTP')
    throw new ManifestUnsupported(
      `${path}.protocol SCTP${c.line(v, 'protocol')} (netns-lab models TCP and UDP)`,
    );
  const out: NetpolPort = { protocol: proto };
  const pv = v.port;
  const ev = v.endPort;
  let end: number | undefined;
  if (ev !== undefined && ev !== null) end = c.port(ev, `spec.${dir}.ports.endPort`, 'NetworkPolicyPort');
  if (pv === undefined || pv === null) {
    if (end !== undefined)
      c.invalid(
        `${path}.endPort`,
        `Invalid value: ${end}: may not be specified when \`port\` is not specified`,
      );
    return out;
  }
  if (typeof pv === 'string' && !/^\d+$/.test(pv)) {
    if (end !== undefined)
      c.invalid(
        `${path}.endPort`,
        `Invalid value: ${end}: may not be specified when \`port\` is non-numeric`,
      );
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(pv) || pv.length > 15 || pv.includes('--'))
      c.invalid(
        `${path}.port`,
        `Invalid value: "${pv}": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`,
      );
    out.name = pv;
    return out;
  }
  if (typeof pv === 'string')
    c.invalid(`${path}.port`, `Invalid value: "${pv}": must contain at least one letter (a-z)`);
  if (typeof pv !== 'number' || !Number.isInteger(pv))
    c.type(`spec.${dir}.ports.port`, 'NetworkPolicyPort', 'intstr.IntOrString', pv);
  if (pv < 1 || pv > 65535)
    c.invalid(`${path}.port`, `Invalid value: ${pv}: must be between 1 and 65535, inclusive`);
  out.port = pv;
  if (end !== undefined) {
    if (end < pv)
      c.invalid(`${path}.endPort`, `Invalid value: ${end}: must be greater than or equal to \`port\``);
    if (end < 1 || end > 65535)
      c.invalid(`${path}.endPort`, `Invalid value: ${end}: must be between 1 and 65535, inclusive`);
    out.endPort = end;
  }
  return out;
}

function peer(c: Checker, v: YamlValue, path: string, dir: string): NetpolPeer {
  if (!isObj(v)) c.type(`spec.${dir}`, 'NetworkPolicyPeer', 'v1.NetworkPolicyPeer', v);
  c.fields(v, PEER, path);
  const out: NetpolPeer = {};
  const ps = selector(c, v.podSelector, `${path}.podSelector`);
  const ns = selector(c, v.namespaceSelector, `${path}.namespaceSelector`);
  if (ps) out.podSelector = ps;
  if (ns) out.namespaceSelector = ns;
  if (v.ipBlock !== undefined && v.ipBlock !== null)
    out.ipBlock = ipBlock(c, v.ipBlock, `${path}.ipBlock`, dir);
  const n = [ps, ns, out.ipBlock].filter((x) => x !== undefined).length;
  if (n === 0) c.invalid(path, 'Required value: must specify a peer');
  if (n > 1 && out.ipBlock) c.invalid(path, 'Forbidden: may not specify both ipBlock and another peer');
  return out;
}

const CIDR_MSG = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/** A CIDR as netutils.ParseCIDRSloppy reads it: [address, length], or undefined. */
function cidr(s: string): [number, number] | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(s);
  const a = m ? parseIp4(m[1]) : undefined;
  if (!m || a === undefined || Number(m[2]) > 32) return undefined;
  return [a, Number(m[2])];
}

function ipBlock(c: Checker, v: YamlValue, path: string, dir: string): IpBlock {
  if (!isObj(v)) c.type(`spec.${dir}.ipBlock`, 'NetworkPolicyPeer', 'v1.IPBlock', v);
  c.fields(v, IPBLOCK, path);
  const text = v.cidr === undefined || v.cidr === null ? '' : String(v.cidr);
  if (text === '') c.invalid(`${path}.cidr`, 'Required value');
  if (text.includes(':'))
    throw new ManifestUnsupported(
      `an IPv6 ipBlock (${path}.cidr${c.line(v, 'cidr')}): netns-lab models IPv4`,
    );
  const outer = cidr(text);
  if (!outer) c.invalid(`${path}.cidr`, `Invalid value: "${text}": ${CIDR_MSG}`);
  const except = list(c, v, 'except', `spec.${dir}.ipBlock.except`, 'IPBlock', '[]string').map((e, i) => {
    const t = String(e);
    const inner = cidr(t);
    if (!inner) c.invalid(`${path}.except[${i}]`, `Invalid value: "${t}": ${CIDR_MSG}`);
    const inside = inPrefix(inner[0], outer[0], outer[1]);
    if (!inside || outer[1] >= inner[1])
      c.invalid(`${path}.except[${i}]`, `Invalid value: "${t}": must be a strict subset of \`cidr\``);
    return t;
  });
  return { cidr: text, except };
}

/** A metav1.LabelSelector as the API server decodes and validates it (`parent`: the Go struct holding it). */
export function selector(
  c: Checker,
  v: YamlValue | undefined,
  path: string,
  parent = 'NetworkPolicyPeer',
): LabelSelector | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObj(v)) c.type(path, parent, 'v1.LabelSelector', v);
  c.fields(v, SELECTOR, path);
  const matchLabels = c.labels(v.matchLabels, `${path}.matchLabels`);
  const exprs = v.matchExpressions;
  const matchExpressions: SelectorRequirement[] = [];
  if (exprs !== undefined && exprs !== null) {
    if (!Array.isArray(exprs))
      c.type(`${path}.matchExpressions`, 'LabelSelector', '[]v1.LabelSelectorRequirement', exprs);
    exprs.forEach((e, i) => {
      const p = `${path}.matchExpressions[${i}]`;
      if (!isObj(e)) c.type(`${path}.matchExpressions`, 'LabelSelector', 'v1.LabelSelectorRequirement', e);
      c.fields(e, REQUIREMENT, p);
      // Strings, as the API server decodes them (its json error names the field without indices).
      const str = (x: YamlValue | undefined, field: string, want: string): string => {
        if (x === undefined || x === null) return '';
        if (typeof x !== 'string')
          c.type(
            `${path}.matchExpressions.${field}`.replace(/\[\d+\]/g, ''),
            'LabelSelectorRequirement',
            want,
            x,
          );
        return x;
      };
      const key = str(e.key, 'key', 'string');
      const op = str(e.operator, 'operator', 'v1.LabelSelectorOperator');
      const vs = e.values;
      if (vs !== undefined && vs !== null && !Array.isArray(vs))
        c.type(
          `${path}.matchExpressions.values`.replace(/\[\d+\]/g, ''),
          'LabelSelectorRequirement',
          '[]string',
          vs,
        );
      const values = (vs ?? []).map((x) => str(x, 'values', 'string'));
      c.invalidAll(requirementErrors(p, key, op, values));
      matchExpressions.push({
        key,
        operator: op as SelectorRequirement['operator'],
        values,
      });
    });
  }
  return { matchLabels, matchExpressions };
}

/** RegexError (k8s.io/apimachinery util/validation): the message and its examples. */
const regexError = (msg: string, fmt: string, ...examples: string[]) =>
  `${msg} (e.g. ${examples.map((x) => `'${x}', `).join(' or ')}regex used for validation is '${fmt}')`;
const QUALIFIED = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE = '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?';
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/**
 * ValidateLabelSelectorRequirement (apimachinery metav1 validation), every cause in its order: the
 * operator and its values, the key (ValidateLabelName: IsQualifiedName), each value
 * (IsValidLabelValue; a NetworkPolicy being created does not allow invalid ones).
 */
function requirementErrors(p: string, key: string, op: string, values: string[]): [string, string][] {
  const out: [string, string][] = [];
  if (op === 'In' || op === 'NotIn') {
    if (!values.length)
      out.push([`${p}.values`, "Required value: must be specified when `operator` is 'In' or 'NotIn'"]);
  } else if (op === 'Exists' || op === 'DoesNotExist') {
    if (values.length)
      out.push([
        `${p}.values`,
        "Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      ]);
  } else out.push([`${p}.operator`, `Invalid value: "${op}": not a valid selector operator`]);
  const parts = key.split('/');
  const bad = (msg: string) => out.push([`${p}.key`, `Invalid value: "${key}": ${msg}`]);
  if (parts.length > 2)
    bad(
      `a qualified name ${regexError(QUALIFIED_MSG, QUALIFIED, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    );
  else {
    const name = parts.at(-1)!;
    if (
      parts.length === 2 &&
      !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(parts[0])
    )
      throw new ManifestUnsupported(
        `the label key prefix of ${p}.key "${key}" (its DNS subdomain check is not modelled)`,
      );
    if (name === '') bad('name part must be non-empty');
    else if (name.length > 63) bad('name part must be no more than 63 characters');
    if (!new RegExp(`^${QUALIFIED}$`).test(name))
      bad(`name part ${regexError(QUALIFIED_MSG, QUALIFIED, 'MyName', 'my.name', '123-abc')}`);
  }
  values.forEach((v, i) => {
    const at = `${p}.values[${i}]`;
    if (v.length > 63) out.push([at, `Invalid value: "${v}": must be no more than 63 characters`]);
    if (!new RegExp(`^${LABEL_VALUE}$`).test(v))
      out.push([
        at,
        `Invalid value: "${v}": ${regexError(LABEL_VALUE_MSG, LABEL_VALUE, 'MyValue', 'my_value', '12345')}`,
      ]);
  });
  return out;
}

/** labels.Selector.Matches for a LabelSelector (LabelSelectorAsSelector): every requirement holds. */
export function selectorMatches(s: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(s.matchLabels)) if (labels[k] !== v) return false;
  for (const r of s.matchExpressions) {
    const has = Object.hasOwn(labels, r.key);
    if (r.operator === 'Exists' && !has) return false;
    if (r.operator === 'DoesNotExist' && has) return false;
    if (r.operator === 'In' && !(has && r.values.includes(labels[r.key]))) return false;
    if (r.operator === 'NotIn' && has && r.values.includes(labels[r.key])) return false;
  }
  return true;
}

/**
 * metav1.FormatLabelSelector: the selector's String() (requirements sorted by key: "k=v",
 * "k in (a,b)", "k notin (a,b)", "k", "!k", joined by ","), or "<none>" when it selects everything.
 */
export function formatSelector(s: LabelSelector): string {
  const reqs: [string, string][] = Object.entries(s.matchLabels).map(([k, v]) => [k, `${k}=${v}`]);
  for (const r of s.matchExpressions) {
    const vals = [...r.values].sort().join(',');
    const t =
      r.operator === 'In'
        ? `${r.key} in (${vals})`
        : r.operator === 'NotIn'
          ? `${r.key} notin (${vals})`
          : r.operator === 'Exists'
            ? r.key
            : `!${r.key}`;
    reqs.push([r.key, t]);
  }
  reqs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return reqs.length ? reqs.map(([, t]) => t).join(',') : '<none>';
}
