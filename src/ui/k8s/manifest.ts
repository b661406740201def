// The Kubernetes forms' data: a draft of a Pod, Deployment, Service or NetworkPolicy as the fields
// hold it, the YAML manifest it stands for (each line knowing which field wrote it), the
// `kubectl apply -f - <<'EOF'` lines the editor appends to the document, and which field an error
// of the API server (or a `(line N)` of netns-lab) is about. Values go to the engine as typed: the
// engine validates them as the API server does, and its message lands next to the field.

import type {
  ClusterView,
  ContainerView,
  LabelSelector,
  NetpolRule,
  PolicyView,
  ServiceView,
} from '../../shell/k8s/view.ts';
import { shellQuote } from '../../shell/lexer.ts';

import { KINDS, type Kind } from './cluster.ts';

export { KINDS, type Kind };

/** The apiVersion each kind is written with (and, in the YAML tab, must be read with). */
export const API_VERSION: Record<Kind, string> = {
  Pod: 'v1',
  Deployment: 'apps/v1',
  Service: 'v1',
  NetworkPolicy: 'networking.k8s.io/v1',
};

export interface ContainerDraft {
  name: string;
  image: string;
  /** "80, 53/UDP, http:8080": [name:]port[/protocol], comma separated. */
  ports: string;
  /** command and args as shell words ("sleep 3600", "sh -c 'sleep 3600'"); empty: the image's own. */
  command: string;
  args: string;
}

export interface PodDraft {
  kind: 'Pod';
  name: string;
  /** "app=web, tier=front". */
  labels: string;
  /** spec.nodeName; empty: the scheduler chooses. */
  node: string;
  containers: ContainerDraft[];
}

export interface DeploymentDraft {
  kind: 'Deployment';
  name: string;
  replicas: string;
  /** spec.paused: a new Pod template makes no ReplicaSet until it is false (written either way). */
  paused: boolean;
  /** The Pods' labels, also the Deployment's selector (as `kubectl create deployment` does). */
  labels: string;
  containers: ContainerDraft[];
}

export interface ServicePortDraft {
  name: string;
  port: string;
  targetPort: string;
  nodePort: string;
}

export interface ServiceDraft {
  kind: 'Service';
  name: string;
  type: 'ClusterIP' | 'NodePort';
  /** Empty: the API server draws one from 10.96.0.0/12. */
  clusterIP: string;
  selector: string;
  ports: ServicePortDraft[];
}

/** A rule's peer: which of the API's peer forms it takes (an ipBlock stands alone). */
export type PeerKind = 'pods' | 'namespaces' | 'podsInNamespaces' | 'ipBlock';
export const PEER_KINDS: readonly PeerKind[] = ['pods', 'namespaces', 'podsInNamespaces', 'ipBlock'];
/** The form a peer with these parts takes. */
export const peerKind = (pods: boolean, namespaces: boolean, ipBlock = false): PeerKind =>
  ipBlock ? 'ipBlock' : namespaces ? (pods ? 'podsInNamespaces' : 'namespaces') : 'pods';

/** A label selector's requirement (matchExpressions): key, operator and, for In and NotIn, values. */
export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
export const OPERATORS: readonly SelectorOperator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export interface ExprDraft {
  key: string;
  operator: SelectorOperator;
  /** Comma separated (a label value has no comma). */
  values: string;
}

export const newExpr = (): ExprDraft => ({ key: '', operator: 'In', values: '' });

export interface PeerDraft {
  kind: PeerKind;
  /** podSelector's matchLabels ("role=frontend"); empty, with no expression: every Pod. */
  pods: string;
  podsExprs: ExprDraft[];
  /** namespaceSelector's matchLabels; empty, with no expression: every namespace. */
  namespaces: string;
  namespacesExprs: ExprDraft[];
  cidr: string;
  /** ipBlock.except, comma separated. */
  except: string;
}

export interface RuleDraft {
  /** from (ingress) or to (egress); none: every peer. */
  peers: PeerDraft[];
  /** "TCP/8080, 53/UDP, TCP/8000-8080" (protocol optional); empty: every port. */
  ports: string;
}

export interface PolicyDraft {
  kind: 'NetworkPolicy';
  name: string;
  /** matchLabels; empty, with no expression: every Pod of the namespace. */
  podSelector: string;
  podSelectorExprs: ExprDraft[];
  ingress: boolean;
  egress: boolean;
  /** No rule in a direction the policy has: that direction is denied. */
  ingressRules: RuleDraft[];
  egressRules: RuleDraft[];
}

export type Draft = PodDraft | DeploymentDraft | ServiceDraft | PolicyDraft;

const container = (name = 'app', image = 'nginx', ports = '80', command = ''): ContainerDraft => ({
  name,
  image,
  ports,
  command,
  args: '',
});

export const newPeer = (kind: PeerKind = 'pods'): PeerDraft => ({
  kind,
  pods: '',
  podsExprs: [],
  namespaces: '',
  namespacesExprs: [],
  cidr: '',
  except: '',
});

/** A new object of `kind`, named so it does not clash with what the cluster holds. */
export function newDraft(kind: Kind, cluster: ClusterView | undefined): Draft {
  const taken = (n: string) =>
    kind === 'Pod'
      ? cluster?.pods.some((p) => p.name === n)
      : kind === 'Deployment'
        ? cluster?.deployments.some((d) => d.name === n)
        : kind === 'Service'
          ? cluster?.services.some((s) => s.name === n)
          : cluster?.policies.some((p) => p.name === n);
  const free = (base: string) => {
    if (!taken(base)) return base;
    for (let i = 2; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
  };
  switch (kind) {
    case 'Pod':
      return { kind, name: free('web'), labels: 'app=web', node: '', containers: [container()] };
    case 'Deployment':
      return {
        kind,
        name: free('web'),
        replicas: '2',
        paused: false,
        labels: 'app=web',
        containers: [container('nginx')],
      };
    case 'Service':
      return {
        kind,
        name: free('web'),
        type: 'ClusterIP',
        clusterIP: '',
        selector: 'app=web',
        ports: [{ name: '', port: '80', targetPort: '80', nodePort: '' }],
      };
    case 'NetworkPolicy':
      return {
        kind,
        name: free('allow-frontend'),
        podSelector: 'app=api',
        podSelectorExprs: [],
        ingress: true,
        egress: false,
        ingressRules: [{ peers: [{ ...newPeer(), pods: 'role=frontend' }], ports: 'TCP/8080' }],
        egressRules: [],
      };
  }
}

/** Labels as the form writes them: "app=web, tier=front". */
export const labelText = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/** A container's ports as the form writes them: "80, 53/UDP, http:8080". */
export const portsText = (ps: { name?: string; containerPort: number | string; protocol: string }[]) =>
  ps
    .map(
      (p) => `${p.name ? `${p.name}:` : ''}${p.containerPort}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}`,
    )
    .join(', ');

/** Words as a person types them (shellQuote quotes only what needs it). */
export const wordsText = (ws: readonly string[]) => ws.map(shellQuote).join(' ');

const containerDraft = (c: ContainerView): ContainerDraft =>
  container(c.name, c.image, portsText(c.ports), wordsText(c.command));

/** The draft of an object the cluster holds (to change it, or to read its manifest). */
export function draftOf(cluster: ClusterView, kind: Kind, name: string): Draft | undefined {
  if (kind === 'Pod') {
    const p = cluster.pods.find((x) => x.name === name);
    if (!p) return undefined;
    return {
      kind,
      name,
      labels: labelText(p.labels),
      node: cluster.nodes.length ? p.node : '',
      containers: p.containers.map(containerDraft),
    };
  }
  if (kind === 'Deployment') {
    const d = cluster.deployments.find((x) => x.name === name);
    if (!d) return undefined;
    return {
      kind,
      name,
      replicas: String(d.replicas),
      paused: d.paused,
      labels: labelText(d.template.labels),
      containers: d.template.containers.map(containerDraft),
    };
  }
  if (kind === 'Service') {
    const s = cluster.services.find((x) => x.name === name);
    return s && serviceDraft(s);
  }
  const p = cluster.policies.find((x) => x.name === name);
  return p && policyDraft(p);
}

function serviceDraft(s: ServiceView): ServiceDraft {
  return {
    kind: 'Service',
    name: s.name,
    type: s.type,
    clusterIP: s.clusterIP,
    selector: labelText(s.selector),
    ports: s.ports.map((p) => ({
      name: p.name ?? '',
      port: String(p.port),
      targetPort: String(p.targetPort),
      nodePort: p.nodePort ? String(p.nodePort) : '',
    })),
  };
}

/** A rule's ports as the form writes them: "TCP/8080, UDP/53, TCP/8000-8080". */
export const rulePortsText = (ports: NetpolRule['ports']) =>
  ports
    .map(
      (x) =>
        `${x.protocol}${x.port === undefined && x.name === undefined ? '' : `/${x.name ?? x.port}`}${x.endPort ? `-${x.endPort}` : ''}`,
    )
    .join(', ');

/** A selector's requirements as the form holds them. */
export const exprDrafts = (s: LabelSelector | undefined): ExprDraft[] =>
  (s?.matchExpressions ?? []).map((e) => ({ key: e.key, operator: e.operator, values: e.values.join(', ') }));

export function ruleDrafts(rules: readonly NetpolRule[]): RuleDraft[] {
  return rules.map((r) => ({
    peers: r.peers.map((x) => ({
      kind: peerKind(!!x.podSelector, !!x.namespaceSelector, !!x.ipBlock),
      pods: x.podSelector ? labelText(x.podSelector.matchLabels) : '',
      podsExprs: exprDrafts(x.podSelector),
      namespaces: x.namespaceSelector ? labelText(x.namespaceSelector.matchLabels) : '',
      namespacesExprs: exprDrafts(x.namespaceSelector),
      cidr: x.ipBlock?.cidr ?? '',
      except: x.ipBlock?.except.join(', ') ?? '',
    })),
    ports: rulePortsText(r.ports),
  }));
}

function policyDraft(p: PolicyView): PolicyDraft {
  return {
    kind: 'NetworkPolicy',
    name: p.name,
    podSelector: labelText(p.podSelector.matchLabels),
    podSelectorExprs: exprDrafts(p.podSelector),
    ingress: p.policyTypes.includes('Ingress'),
    egress: p.policyTypes.includes('Egress'),
    ingressRules: ruleDrafts(p.ingress),
    egressRules: ruleDrafts(p.egress),
  };
}

// --- YAML -------------------------------------------------------------------------------------------

/** One manifest line and the form field that wrote it (a path as the API server names fields). */
interface Line {
  text: string;
  field?: string;
}

/** A scalar as YAML: digits stay a number, anything else is a double-quoted string. */
function scalar(v: string): string {
  const s = v.trim();
  return /^-?\d{1,9}$/.test(s) ? s : JSON.stringify(s);
}

/** A YAML key: plain when it is a simple word, else quoted. */
const key = (k: string) => (/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(k) ? k : JSON.stringify(k));

/**
 * Shell-like words: blanks separate them, '…' and "…" (with \\" and \\\\ inside) quote; undefined
 * when a quote is not closed.
 */
export function splitWords(text: string): string[] | undefined {
  const out: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const end = c === "'" ? text.indexOf("'", i + 1) : closingQuote(text, i + 1);
      if (end < 0) return undefined;
      const inner = text.slice(i + 1, end);
      word = (word ?? '') + (c === '"' ? inner.replace(/\\(["\\])/g, '$1') : inner);
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) out.push(word);
  return out;
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** "a=b, c=d" as pairs; a word without "=" is a key with an empty value (the API server judges it). */
export function splitLabels(text: string): [string, string][] {
  return text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => {
      const i = x.indexOf('=');
      return i < 0 ? [x, ''] : [x.slice(0, i).trim(), x.slice(i + 1).trim()];
    });
}

const list = (text: string) =>
  text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function labelLines(text: string, indent: string, field: string, head: string): Line[] {
  const pairs = splitLabels(text);
  if (!pairs.length) return [];
  return [
    { text: `${indent}${head}:`, field },
    ...pairs.map(([k, v]) => ({ text: `${indent}  ${key(k)}: ${JSON.stringify(v)}`, field })),
  ];
}

function containerLines(cs: ContainerDraft[], indent: string, path: string): Line[] {
  const out: Line[] = [{ text: `${indent}containers:`, field: path }];
  cs.forEach((c, i) => {
    const p = `${path}[${i}]`;
    out.push({ text: `${indent}- name: ${scalar(c.name)}`, field: `${p}.name` });
    out.push({ text: `${indent}  image: ${scalar(c.image)}`, field: `${p}.image` });
    const ports = list(c.ports);
    if (ports.length) out.push({ text: `${indent}  ports:`, field: `${p}.ports` });
    for (const port of ports) {
      const m = /^(?:([^:/]+):)?([^:/]+)(?:\/(.+))?$/.exec(port);
      const f = `${p}.ports`;
      out.push({ text: `${indent}  - containerPort: ${scalar(m ? m[2] : port)}`, field: f });
      if (m?.[1]) out.push({ text: `${indent}    name: ${scalar(m[1])}`, field: f });
      if (m?.[3]) out.push({ text: `${indent}    protocol: ${scalar(m[3].toUpperCase())}`, field: f });
    }
    for (const k of ['command', 'args'] as const) {
      const ws = splitWords(c[k]);
      // A list of strings in flow style, each word double-quoted (JSON is YAML).
      if (ws?.length) out.push({ text: `${indent}  ${k}: ${JSON.stringify(ws)}`, field: `${p}.${k}` });
    }
  });
  return out;
}

/** One port of a rule as the form writes it: PROTOCOL, PORT, PROTOCOL/PORT or PORT/PROTOCOL; PORT is N, N-M or a name. */
export function parseRulePort(
  text: string,
): { protocol?: string; port?: string; endPort?: string } | undefined {
  const parts = text.split('/').map((x) => x.trim());
  if (parts.length > 2 || parts.some((x) => x === '' || /\s/.test(x))) return undefined;
  const isProto = (x: string) => /^(TCP|UDP|SCTP)$/i.test(x);
  const [a, b] = parts;
  const protocol = isProto(a) ? a.toUpperCase() : b !== undefined && isProto(b) ? b.toUpperCase() : undefined;
  const port = isProto(a) ? b : a;
  if (b !== undefined && (protocol === undefined || (isProto(a) && isProto(b)))) return undefined;
  if (port === undefined) return { protocol };
  const range = /^(\d+)-(\d+)$/.exec(port);
  if (range) return { protocol, port: range[1], endPort: range[2] };
  return /^[\w-]+$/.test(port) ? { protocol, port } : undefined;
}

/**
 * The selector lines of `name` at `indent` (its key line starting with `first`), or `name: {}` for
 * every one: matchLabels, then matchExpressions, each requirement's lines naming its own field.
 */
function selectorLines(
  name: string,
  labels: string,
  exprs: readonly ExprDraft[],
  indent: string,
  first: string,
  field: string,
): Line[] {
  const pairs = splitLabels(labels);
  if (!pairs.length && !exprs.length) return [{ text: `${first}${name}: {}`, field }];
  const out: Line[] = [{ text: `${first}${name}:`, field }];
  if (pairs.length)
    out.push(
      { text: `${indent}  matchLabels:`, field },
      ...pairs.map(([k, v]) => ({ text: `${indent}    ${key(k)}: ${JSON.stringify(v)}`, field })),
    );
  if (exprs.length) out.push({ text: `${indent}  matchExpressions:`, field });
  exprs.forEach((e, i) => {
    const f = `${field}.matchExpressions[${i}]`;
    out.push(
      { text: `${indent}  - key: ${JSON.stringify(e.key)}`, field: f },
      { text: `${indent}    operator: ${e.operator}`, field: f },
    );
    // Values as typed, whatever the operator: the API server says when they do not belong.
    const values = list(e.values);
    if (values.length) out.push({ text: `${indent}    values: ${JSON.stringify(values)}`, field: f });
  });
  return out;
}

/** The lines of rule `i` of a direction, its first line taking the list's "- ". */
function ruleLines(r: RuleDraft, dir: 'ingress' | 'egress', i: number): Line[] {
  const path = `spec.${dir}[${i}]`;
  const peersKey = dir === 'ingress' ? 'from' : 'to';
  const out: Line[] = [];
  if (r.peers.length) out.push({ text: `    ${peersKey}:`, field: `${path}.${peersKey}` });
  r.peers.forEach((x, j) => {
    const f = `${path}.${peersKey}[${j}]`;
    if (x.kind === 'ipBlock') {
      out.push(
        { text: '    - ipBlock:', field: `${f}.ipBlock.cidr` },
        { text: `        cidr: ${scalar(x.cidr)}`, field: `${f}.ipBlock.cidr` },
      );
      const except = list(x.except);
      if (except.length) out.push({ text: '        except:', field: `${f}.ipBlock.except` });
      for (const e of except) out.push({ text: `        - ${scalar(e)}`, field: `${f}.ipBlock.except` });
      return;
    }
    let first = '    - ';
    if (x.kind !== 'pods') {
      out.push(
        ...selectorLines(
          'namespaceSelector',
          x.namespaces,
          x.namespacesExprs,
          '      ',
          first,
          `${f}.namespaceSelector`,
        ),
      );
      first = '      ';
    }
    if (x.kind !== 'namespaces')
      out.push(...selectorLines('podSelector', x.pods, x.podsExprs, '      ', first, `${f}.podSelector`));
  });
  const ports = list(r.ports);
  if (ports.length) out.push({ text: '    ports:', field: `${path}.ports` });
  for (const text of ports) {
    const p = parseRulePort(text);
    // What the form cannot read goes to the API server as written (the form says so before).
    const keys = p
      ? [
          ...(p.protocol ? [`protocol: ${p.protocol}`] : []),
          ...(p.port ? [`port: ${scalar(p.port)}`] : []),
          ...(p.endPort ? [`endPort: ${scalar(p.endPort)}`] : []),
        ]
      : [`port: ${scalar(text)}`];
    for (const [k, line] of keys.entries())
      out.push({ text: `    ${k ? ' ' : '-'} ${line}`, field: `${path}.ports` });
  }
  if (!out.length) return [{ text: '  - {}', field: path }];
  out[0] = { ...out[0], text: `  - ${out[0].text.slice(4)}` };
  return out;
}

/** The manifest of a draft, each line with the field that wrote it. */
export function manifestLines(d: Draft): Line[] {
  const head = (): Line[] => [
    { text: `apiVersion: ${API_VERSION[d.kind]}` },
    { text: `kind: ${d.kind}` },
    { text: 'metadata:' },
    { text: `  name: ${scalar(d.name)}`, field: 'metadata.name' },
  ];
  switch (d.kind) {
    case 'Pod': {
      const out = [...head(), ...labelLines(d.labels, '  ', 'metadata.labels', 'labels'), { text: 'spec:' }];
      if (d.node.trim()) out.push({ text: `  nodeName: ${scalar(d.node)}`, field: 'spec.nodeName' });
      return [...out, ...containerLines(d.containers, '  ', 'spec.containers')];
    }
    case 'Deployment':
      return [
        ...head(),
        { text: 'spec:' },
        { text: `  replicas: ${scalar(d.replicas)}`, field: 'spec.replicas' },
        { text: `  paused: ${d.paused}`, field: 'spec.paused' },
        { text: '  selector:', field: 'spec.selector' },
        ...labelLines(d.labels, '    ', 'spec.selector', 'matchLabels'),
        { text: '  template:' },
        { text: '    metadata:' },
        ...labelLines(d.labels, '      ', 'spec.template.metadata.labels', 'labels'),
        { text: '    spec:' },
        ...containerLines(d.containers, '      ', 'spec.template.spec.containers'),
      ];
    case 'Service': {
      const out = [...head(), { text: 'spec:' }];
      out.push({ text: `  type: ${d.type}`, field: 'spec.type' });
      if (d.clusterIP.trim())
        out.push({ text: `  clusterIP: ${scalar(d.clusterIP)}`, field: 'spec.clusterIP' });
      out.push(...labelLines(d.selector, '  ', 'spec.selector', 'selector'));
      out.push({ text: '  ports:', field: 'spec.ports' });
      d.ports.forEach((p, i) => {
        const f = `spec.ports[${i}]`;
        const lines: Line[] = [];
        if (p.name.trim()) lines.push({ text: `name: ${scalar(p.name)}`, field: `${f}.name` });
        lines.push({ text: `port: ${scalar(p.port)}`, field: `${f}.port` });
        if (p.targetPort.trim())
          lines.push({ text: `targetPort: ${scalar(p.targetPort)}`, field: `${f}.targetPort` });
        if (p.nodePort.trim())
          lines.push({ text: `nodePort: ${scalar(p.nodePort)}`, field: `${f}.nodePort` });
        for (const [j, l] of lines.entries())
          out.push({ text: `  ${j ? ' ' : '-'} ${l.text}`, field: l.field });
      });
      return out;
    }
    case 'NetworkPolicy': {
      const out = [...head(), { text: 'spec:' }];
      out.push(
        ...selectorLines('podSelector', d.podSelector, d.podSelectorExprs, '  ', '  ', 'spec.podSelector'),
      );
      const types = [d.ingress && 'Ingress', d.egress && 'Egress'].filter(Boolean);
      out.push({ text: '  policyTypes:', field: 'spec.policyTypes' });
      for (const t of types) out.push({ text: `  - ${t}`, field: 'spec.policyTypes' });
      for (const dir of ['ingress', 'egress'] as const) {
        const rules = dir === 'ingress' ? d.ingressRules : d.egressRules;
        if (!d[dir] || !rules.length) continue;
        out.push(
          { text: `  ${dir}:`, field: `spec.${dir}` },
          ...rules.flatMap((r, i) => ruleLines(r, dir, i)),
        );
      }
      return out;
    }
  }
}

export const manifestText = (d: Draft): string =>
  manifestLines(d)
    .map((l) => l.text)
    .join('\n');

/** The lines a person types to apply `yaml` (and to delete `replacing` first: apply cannot change a Pod or Service). */
export function applyLines(yaml: string, replacing?: { kind: Kind; name: string }): string[] {
  const body = yaml.replace(/\s+$/, '').split('\n');
  // The here-document ends at a line "EOF": a manifest line that is exactly that would end it early.
  const tag = body.includes('EOF') ? 'MANIFEST' : 'EOF';
  const del = replacing ? [`kubectl delete ${replacing.kind.toLowerCase()} ${replacing.name}`] : [];
  return [...del, `kubectl apply -f - <<'${tag}'`, ...body, tag];
}

// --- the form's own checks --------------------------------------------------------------------------

/** A message of the form's own (translated), for what its own notation cannot read. */
export interface FormError {
  key: 'k8s.err.quote' | 'k8s.err.rulePort';
  params: Record<string, string>;
}

/** What the form cannot turn into a manifest (the API server checks the rest), by field. */
export function formErrors(d: Draft): Record<string, FormError> {
  const out: Record<string, FormError> = {};
  if (d.kind === 'Pod' || d.kind === 'Deployment') {
    const path = d.kind === 'Pod' ? 'spec.containers' : 'spec.template.spec.containers';
    d.containers.forEach((c, i) => {
      for (const k of ['command', 'args'] as const)
        if (!splitWords(c[k])) out[`${path}[${i}].${k}`] = { key: 'k8s.err.quote', params: {} };
    });
  }
  if (d.kind === 'NetworkPolicy')
    for (const dir of ['ingress', 'egress'] as const)
      (dir === 'ingress' ? d.ingressRules : d.egressRules).forEach((r, i) => {
        const bad = list(r.ports).find((x) => !parseRulePort(x));
        if (bad !== undefined && d[dir])
          out[`spec.${dir}[${i}].ports`] = { key: 'k8s.err.rulePort', params: { port: bad } };
      });
  return out;
}

// --- errors -----------------------------------------------------------------------------------------

const unindexed = (p: string) => p.replace(/\[\d+\]/g, '');

/** The field paths an error message names (the API server's or kubectl's words), most specific first. */
function pathsIn(message: string): string[] {
  const out: string[] = [];
  for (const m of message.matchAll(/is invalid: ([A-Za-z][\w.[\]]*): /g)) out.push(m[1]);
  for (const m of message.matchAll(/^\* ([A-Za-z][\w.[\]]*): /gm)) out.push(m[1]);
  for (const m of message.matchAll(/Go struct field \w+\.([\w.]+) of type/g)) out.push(m[1]);
  for (const m of message.matchAll(/unknown field "([\w.[\]]+)"/g)) out.push(m[1]);
  if (/resource name may not be empty/.test(message)) out.push('metadata.name');
  if (/spec\.clusterIPs/.test(message)) out.push('spec.clusterIP');
  return out;
}

/**
 * Which of `fields` an error is about: the field its path names (exactly, without indices, or the
 * nearest enclosing one), else the field that wrote the line a `(line N)` names; undefined: the
 * message belongs to the form as a whole.
 */
export function fieldOfError(message: string, lines: Line[], fields: string[]): string | undefined {
  for (const p of pathsIn(message)) {
    if (fields.includes(p)) return p;
    const bare = fields.find((f) => unindexed(f) === unindexed(p));
    if (bare) return bare;
    // The nearest enclosing field, one with the path's own indices before one that matches without them.
    const inside = (f: string) => p.startsWith(`${f}.`) || p.startsWith(`${f}[`);
    const outer = fields
      .filter((f) => inside(f) || unindexed(p).startsWith(`${unindexed(f)}.`))
      .sort((a, b) => Number(inside(b)) - Number(inside(a)) || b.length - a.length)[0];
    if (outer) return outer;
  }
  const n = /\(line (\d+)\)|yaml: line (\d+)/.exec(message);
  const at = n ? lines[Number(n[1] ?? n[2]) - 1]?.field : undefined;
  if (at && fields.includes(at)) return at;
  if (at) return fields.find((f) => at.startsWith(f));
  return undefined;
}
