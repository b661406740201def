// The YAML tab read back into the form: the manifest's text, parsed by the parser kubectl apply uses
// (src/shell/k8s/yaml.ts, with its line numbers), becomes the draft the form shows. Only what the
// form holds is read, with the types the API server wants there: anything else (a field the form
// has no place for, a number where text belongs, a second document) is an error naming its line,
// and the form keeps what it showed before, so nothing typed is dropped or changed in meaning.
// manifestLines(readYaml(text)) says the same to the API server as text (manifest.test.ts).

import { lineOf, parseYaml, YamlError, type YamlValue } from '../../shell/k8s/yaml.ts';
import type { Kind } from './cluster.ts';
import {
  API_VERSION,
  type ContainerDraft,
  type Draft,
  type ExprDraft,
  KINDS,
  labelText,
  OPERATORS,
  type PeerDraft,
  peerKind,
  portsText,
  type RuleDraft,
  type ServicePortDraft,
  wordsText,
} from './manifest.ts';

/** Why the text cannot be shown in the form: a message of ours (EN and 中文) and the line. */
export interface ReadError {
  key:
    | 'k8s.yaml.syntax'
    | 'k8s.yaml.empty'
    | 'k8s.yaml.docs'
    | 'k8s.yaml.kind'
    | 'k8s.yaml.api'
    | 'k8s.yaml.field'
    | 'k8s.yaml.type'
    | 'k8s.yaml.value'
    | 'k8s.yaml.selector'
    | 'k8s.yaml.peer';
  line: number;
  params: Record<string, string | number>;
}

export type ReadResult = { draft: Draft } | { error: ReadError };

class Unreadable extends Error {
  constructor(readonly error: ReadError) {
    super(error.key);
  }
}

type Obj = { [k: string]: YamlValue };
const isObj = (v: YamlValue | undefined): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(key: ReadError['key'], line: number, params: ReadError['params'] = {}): never {
  throw new Unreadable({ key, line, params });
}

/** The line of key `k` of `o` (or item `k` of a list), else `near`. */
const at = (o: object, k: string | number, near: number) => lineOf.get(o)?.get(k) ?? near;

/** The first line a mapping or list was written on, else `near`. */
function firstLine(o: YamlValue | undefined, near: number): number {
  const m = typeof o === 'object' && o !== null ? lineOf.get(o) : undefined;
  return m?.size ? Math.min(...m.values()) : near;
}

/** `o`'s keys must be among `allowed`: a key the form has no place for is an error on its line. */
function only(o: Obj, allowed: readonly string[], path: string, near: number): void {
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) fail('k8s.yaml.field', at(o, k, near), { path: path ? `${path}.${k}` : k });
}

/** A mapping (null and absent: empty). */
function mapping(v: YamlValue | undefined, path: string, line: number): Obj {
  if (v === undefined || v === null) return {};
  if (!isObj(v)) fail('k8s.yaml.type', line, { path, want: 'mapping' });
  return v;
}

function list(v: YamlValue | undefined, path: string, line: number): YamlValue[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail('k8s.yaml.type', line, { path, want: 'list' });
  return v;
}

function text(v: YamlValue | undefined, path: string, line: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') fail('k8s.yaml.type', line, { path, want: 'string' });
  return v;
}

function int(v: YamlValue | undefined, path: string, line: number): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'number' || !Number.isInteger(v)) fail('k8s.yaml.type', line, { path, want: 'number' });
  return String(v);
}

function bool(v: YamlValue | undefined, path: string, line: number): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') fail('k8s.yaml.type', line, { path, want: 'boolean' });
  return v;
}

/** A number or a port's name (intstr): a quoted number would change meaning as the form writes it. */
function intOrName(v: YamlValue | undefined, path: string, line: number): string {
  if (typeof v === 'string' && !/^-?\d+$/.test(v.trim())) return v;
  return int(v, path, line);
}

/** A map of strings as the form writes it: "k=v, k2=v2". */
function labels(v: YamlValue | undefined, path: string, line: number): string {
  const o = mapping(v, path, line);
  return labelText(
    Object.fromEntries(Object.entries(o).map(([k, x]) => [k, text(x, `${path}.${k}`, at(o, k, line))])),
  );
}

/** A label selector: its matchLabels as the form writes them, and its matchExpressions. */
function selector(
  v: YamlValue | undefined,
  path: string,
  line: number,
): { labels: string; exprs: ExprDraft[] } {
  const o = mapping(v, path, line);
  only(o, ['matchLabels', 'matchExpressions'], path, line);
  const el = at(o, 'matchExpressions', line);
  const es = list(o.matchExpressions, `${path}.matchExpressions`, el);
  const exprs = es.map((x, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const l = at(es, i, el);
    const e = mapping(x, p, l);
    only(e, ['key', 'operator', 'values'], p, l);
    const operator = text(e.operator, `${p}.operator`, at(e, 'operator', l));
    // The form's operators are the API's four; another one has no place in its list.
    if (!(OPERATORS as readonly string[]).includes(operator))
      fail('k8s.yaml.value', at(e, 'operator', l), { path: `${p}.operator`, value: operator });
    const vl = at(e, 'values', l);
    const vs = list(e.values, `${p}.values`, vl).map((y, j) => {
      const value = text(y, `${p}.values[${j}]`, at(e.values as object, j, vl));
      // The form writes values comma separated and trimmed: such a value would change as it does.
      if (value.includes(',') || value !== value.trim() || value === '')
        fail('k8s.yaml.value', at(e.values as object, j, vl), { path: `${p}.values`, value });
      return value;
    });
    return {
      key: text(e.key, `${p}.key`, at(e, 'key', l)),
      operator: operator as ExprDraft['operator'],
      values: vs.join(', '),
    };
  });
  return { labels: labels(o.matchLabels, `${path}.matchLabels`, at(o, 'matchLabels', line)), exprs };
}

/** A Deployment's selector: matchLabels only (the form's one field is also the Pods' labels). */
function labelSelector(v: YamlValue | undefined, path: string, line: number): string {
  const o = mapping(v, path, line);
  only(o, ['matchLabels', 'matchExpressions'], path, line);
  if (list(o.matchExpressions, `${path}.matchExpressions`, at(o, 'matchExpressions', line)).length)
    fail('k8s.yaml.selector', at(o, 'matchExpressions', line), { path });
  return labels(o.matchLabels, `${path}.matchLabels`, at(o, 'matchLabels', line));
}

/** A list of words (command, args) as the form writes it. */
function words(v: YamlValue | undefined, path: string, line: number): string {
  const ws = list(v, path, line).map((x, i) =>
    typeof x === 'number' ? String(x) : text(x, `${path}[${i}]`, at(v as object, i, line)),
  );
  return wordsText(ws);
}

function containers(v: YamlValue | undefined, path: string, line: number): ContainerDraft[] {
  const cs = list(v, path, line);
  return cs.map((x, i) => {
    const p = `${path}[${i}]`;
    const l = at(cs, i, line);
    const c = mapping(x, p, l);
    only(c, ['name', 'image', 'ports', 'command', 'args'], p, l);
    const ports = list(c.ports, `${p}.ports`, at(c, 'ports', l)).map((y, j) => {
      const pp = `${p}.ports[${j}]`;
      const pl = at(c.ports as object, j, l);
      const q = mapping(y, pp, pl);
      only(q, ['containerPort', 'name', 'protocol'], pp, pl);
      const n = int(q.containerPort, `${pp}.containerPort`, at(q, 'containerPort', pl));
      const name = text(q.name, `${pp}.name`, at(q, 'name', pl));
      const proto = text(q.protocol, `${pp}.protocol`, at(q, 'protocol', pl));
      // The form writes a protocol in capitals and leaves TCP out: "tcp" would change meaning.
      if (proto && proto !== proto.toUpperCase())
        fail('k8s.yaml.value', at(q, 'protocol', pl), { path: `${pp}.protocol`, value: proto });
      return { name, containerPort: n, protocol: proto || 'TCP' };
    });
    return {
      name: text(c.name, `${p}.name`, at(c, 'name', l)),
      image: text(c.image, `${p}.image`, at(c, 'image', l)),
      ports: portsText(ports),
      command: words(c.command, `${p}.command`, at(c, 'command', l)),
      args: words(c.args, `${p}.args`, at(c, 'args', l)),
    };
  });
}

function servicePorts(v: YamlValue | undefined, line: number): ServicePortDraft[] {
  const ps = list(v, 'spec.ports', line);
  return ps.map((x, i) => {
    const p = `spec.ports[${i}]`;
    const l = at(ps, i, line);
    const q = mapping(x, p, l);
    only(q, ['name', 'port', 'targetPort', 'nodePort', 'protocol'], p, l);
    // The form has no protocol for a Service port: it writes none, which is TCP.
    if (q.protocol !== undefined && q.protocol !== 'TCP')
      fail('k8s.yaml.field', at(q, 'protocol', l), { path: `${p}.protocol` });
    return {
      name: text(q.name, `${p}.name`, at(q, 'name', l)),
      port: int(q.port, `${p}.port`, at(q, 'port', l)),
      targetPort: intOrName(q.targetPort, `${p}.targetPort`, at(q, 'targetPort', l)),
      nodePort: int(q.nodePort, `${p}.nodePort`, at(q, 'nodePort', l)),
    };
  });
}

function peer(v: YamlValue, path: string, line: number): PeerDraft {
  const o = mapping(v, path, line);
  only(o, ['podSelector', 'namespaceSelector', 'ipBlock'], path, line);
  const has = (k: string) => o[k] !== undefined && o[k] !== null;
  const none = { labels: '', exprs: [] };
  const pods = has('podSelector')
    ? selector(o.podSelector, `${path}.podSelector`, at(o, 'podSelector', line))
    : none;
  const namespaces = has('namespaceSelector')
    ? selector(o.namespaceSelector, `${path}.namespaceSelector`, at(o, 'namespaceSelector', line))
    : none;
  if (has('ipBlock')) {
    if (has('podSelector') || has('namespaceSelector')) fail('k8s.yaml.peer', line, { path });
    const bl = at(o, 'ipBlock', line);
    const b = mapping(o.ipBlock, `${path}.ipBlock`, bl);
    only(b, ['cidr', 'except'], `${path}.ipBlock`, bl);
    const ex = list(b.except, `${path}.ipBlock.except`, at(b, 'except', bl));
    return {
      kind: 'ipBlock',
      pods: '',
      podsExprs: [],
      namespaces: '',
      namespacesExprs: [],
      cidr: text(b.cidr, `${path}.ipBlock.cidr`, at(b, 'cidr', bl)),
      except: ex.map((x, i) => text(x, `${path}.ipBlock.except[${i}]`, at(ex, i, bl))).join(', '),
    };
  }
  if (!has('podSelector') && !has('namespaceSelector')) fail('k8s.yaml.peer', line, { path });
  const kind = peerKind(has('podSelector'), has('namespaceSelector'));
  return {
    kind,
    pods: pods.labels,
    podsExprs: pods.exprs,
    namespaces: namespaces.labels,
    namespacesExprs: namespaces.exprs,
    cidr: '',
    except: '',
  };
}

function rules(v: YamlValue | undefined, dir: 'ingress' | 'egress', line: number): RuleDraft[] {
  const rs = list(v, `spec.${dir}`, line);
  const peersKey = dir === 'ingress' ? 'from' : 'to';
  return rs.map((x, i) => {
    const p = `spec.${dir}[${i}]`;
    const l = at(rs, i, line);
    const r = mapping(x, p, l);
    only(r, [peersKey, 'ports'], p, l);
    const pl = at(r, peersKey, l);
    const peers = list(r[peersKey], `${p}.${peersKey}`, pl);
    const ports = list(r.ports, `${p}.ports`, at(r, 'ports', l)).map((y, j) => {
      const pp = `${p}.ports[${j}]`;
      const ql = at(r.ports as object, j, l);
      const q = mapping(y, pp, ql);
      only(q, ['protocol', 'port', 'endPort'], pp, ql);
      const proto = text(q.protocol, `${pp}.protocol`, at(q, 'protocol', ql));
      if (proto && !/^(TCP|UDP|SCTP)$/.test(proto))
        fail('k8s.yaml.value', at(q, 'protocol', ql), { path: `${pp}.protocol`, value: proto });
      const port =
        q.port === undefined || q.port === null ? '' : intOrName(q.port, `${pp}.port`, at(q, 'port', ql));
      const end = int(q.endPort, `${pp}.endPort`, at(q, 'endPort', ql));
      // An endPort without a port: the API server refuses it, and the form has no way to write it.
      if (end && !port) fail('k8s.yaml.field', at(q, 'endPort', ql), { path: `${pp}.endPort` });
      return [proto, `${port}${end ? `-${end}` : ''}`].filter(Boolean).join('/');
    });
    return {
      peers: peers.map((y, j) => peer(y, `${p}.${peersKey}[${j}]`, at(peers, j, pl))),
      ports: ports.join(', '),
    };
  });
}

function read(doc: YamlValue, want: Kind | undefined): Draft {
  if (!isObj(doc)) fail('k8s.yaml.type', firstLine(doc, 1), { path: '(document)', want: 'mapping' });
  const l0 = firstLine(doc, 1);
  only(doc, ['apiVersion', 'kind', 'metadata', 'spec'], '', l0);
  const kl = at(doc, 'kind', l0);
  const kind = text(doc.kind, 'kind', kl);
  if (!(KINDS as readonly string[]).includes(kind) || (want && kind !== want))
    fail('k8s.yaml.kind', kl, { kind: kind || '—', want: want ?? KINDS.join(', ') });
  const k = kind as Kind;
  const api = text(doc.apiVersion, 'apiVersion', at(doc, 'apiVersion', l0));
  if (api !== API_VERSION[k])
    fail('k8s.yaml.api', at(doc, 'apiVersion', l0), { kind: k, api: API_VERSION[k] });
  const ml = at(doc, 'metadata', l0);
  const meta = mapping(doc.metadata, 'metadata', ml);
  only(meta, k === 'Pod' ? ['name', 'namespace', 'labels'] : ['name', 'namespace'], 'metadata', ml);
  // The form writes no namespace: the lab's cluster has the default one, which is the same.
  if (meta.namespace !== undefined && meta.namespace !== 'default')
    fail('k8s.yaml.field', at(meta, 'namespace', ml), { path: 'metadata.namespace' });
  const name = text(meta.name, 'metadata.name', at(meta, 'name', ml));
  const sl = at(doc, 'spec', l0);
  const spec = mapping(doc.spec, 'spec', sl);
  const sat = (key: string) => at(spec, key, sl);
  switch (k) {
    case 'Pod':
      only(spec, ['nodeName', 'containers'], 'spec', sl);
      return {
        kind: k,
        name,
        labels: labels(meta.labels, 'metadata.labels', at(meta, 'labels', ml)),
        node: text(spec.nodeName, 'spec.nodeName', sat('nodeName')),
        containers: containers(spec.containers, 'spec.containers', sat('containers')),
      };
    case 'Deployment': {
      only(spec, ['replicas', 'paused', 'selector', 'template'], 'spec', sl);
      const sel = labelSelector(spec.selector, 'spec.selector', sat('selector'));
      const tl = sat('template');
      const tpl = mapping(spec.template, 'spec.template', tl);
      only(tpl, ['metadata', 'spec'], 'spec.template', tl);
      const tml = at(tpl, 'metadata', tl);
      const tmeta = mapping(tpl.metadata, 'spec.template.metadata', tml);
      only(tmeta, ['labels'], 'spec.template.metadata', tml);
      const podLabels = labels(tmeta.labels, 'spec.template.metadata.labels', at(tmeta, 'labels', tml));
      // The form's one field is both the selector and the Pods' labels.
      if (sel !== podLabels) fail('k8s.yaml.field', sat('selector'), { path: 'spec.selector' });
      const tsl = at(tpl, 'spec', tl);
      const tspec = mapping(tpl.spec, 'spec.template.spec', tsl);
      only(tspec, ['containers'], 'spec.template.spec', tsl);
      return {
        kind: k,
        name,
        replicas: int(spec.replicas, 'spec.replicas', sat('replicas')),
        paused: bool(spec.paused, 'spec.paused', sat('paused')),
        labels: podLabels,
        containers: containers(
          tspec.containers,
          'spec.template.spec.containers',
          at(tspec, 'containers', tsl),
        ),
      };
    }
    case 'Service': {
      only(spec, ['type', 'clusterIP', 'selector', 'ports'], 'spec', sl);
      const type =
        spec.type === undefined || spec.type === null
          ? 'ClusterIP'
          : text(spec.type, 'spec.type', sat('type'));
      if (type !== 'ClusterIP' && type !== 'NodePort')
        fail('k8s.yaml.value', sat('type'), { path: 'spec.type', value: type });
      return {
        kind: k,
        name,
        type,
        clusterIP: text(spec.clusterIP, 'spec.clusterIP', sat('clusterIP')),
        selector: labels(spec.selector, 'spec.selector', sat('selector')),
        ports: servicePorts(spec.ports, sat('ports')),
      };
    }
    case 'NetworkPolicy': {
      only(spec, ['podSelector', 'policyTypes', 'ingress', 'egress'], 'spec', sl);
      // In the order they are usually written, so the first error said is the first one met.
      const podSelector = selector(spec.podSelector, 'spec.podSelector', sat('podSelector'));
      const ingressRules = rules(spec.ingress, 'ingress', sat('ingress'));
      const egressRules = rules(spec.egress, 'egress', sat('egress'));
      const tl = sat('policyTypes');
      const types =
        spec.policyTypes === undefined || spec.policyTypes === null
          ? // The API server's default: Ingress, and Egress when there are egress rules.
            ['Ingress', ...(egressRules.length ? ['Egress'] : [])]
          : list(spec.policyTypes, 'spec.policyTypes', tl).map((x, i) => {
              const t = text(x, `spec.policyTypes[${i}]`, at(spec.policyTypes as object, i, tl));
              if (t !== 'Ingress' && t !== 'Egress')
                fail('k8s.yaml.value', at(spec.policyTypes as object, i, tl), {
                  path: 'spec.policyTypes',
                  value: t,
                });
              return t;
            });
      return {
        kind: k,
        name,
        podSelector: podSelector.labels,
        podSelectorExprs: podSelector.exprs,
        ingress: types.includes('Ingress'),
        egress: types.includes('Egress'),
        ingressRules,
        egressRules,
      };
    }
  }
}

/** The draft `text` describes, or why the form cannot show it; `kind`: the one it must be (an existing object). */
export function readYaml(source: string, kind?: Kind): ReadResult {
  let docs: YamlValue[];
  try {
    docs = parseYaml(source);
  } catch (e) {
    if (!(e instanceof YamlError)) throw e;
    return { error: { key: 'k8s.yaml.syntax', line: e.line, params: { message: e.message } } };
  }
  if (!docs.length) return { error: { key: 'k8s.yaml.empty', line: 1, params: {} } };
  if (docs.length > 1)
    return { error: { key: 'k8s.yaml.docs', line: firstLine(docs[1], 1), params: { n: docs.length } } };
  try {
    return { draft: read(docs[0], kind) };
  } catch (e) {
    if (e instanceof Unreadable) return { error: e.error };
    throw e;
  }
}
