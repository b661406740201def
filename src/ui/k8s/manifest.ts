// The Kubernetes forms' data: a draft of a Pod, Deployment, Service or NetworkPolicy as the fields
// hold it, the YAML manifest it stands for (each line knowing which field wrote it), the
// `kubectl apply -f - <<'EOF'` lines the editor appends to the document, and which field an error
// of the API server (or a `(line N)` of netns-lab) is about. Values go to the engine as typed: the
// engine validates them as the API server does, and its message lands next to the field.

import type { ClusterView, PolicyView, ServiceView } from '../../shell/k8s/view.ts';

import { KINDS, type Kind } from './cluster.ts';

export { KINDS, type Kind };

export interface ContainerDraft {
  name: string;
  image: string;
  /** "80, 53/UDP, http:8080": [name:]port[/protocol], comma separated. */
  ports: string;
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

export interface PolicyDraft {
  kind: 'NetworkPolicy';
  name: string;
  /** Empty: every Pod of the namespace. */
  podSelector: string;
  ingress: boolean;
  egress: boolean;
  /** The ingress rule's peers: Pods with these labels, and/or an ipBlock; both empty with no ports: no rule (deny). */
  from: string;
  fromCidr: string;
  /** "TCP/8080, 53/UDP" (protocol optional). */
  ingressPorts: string;
  to: string;
  toCidr: string;
  egressPorts: string;
}

export type Draft = PodDraft | DeploymentDraft | ServiceDraft | PolicyDraft;

const container = (name = 'app', image = 'nginx', ports = '80'): ContainerDraft => ({ name, image, ports });

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
      return { kind, name: free('web'), replicas: '2', labels: 'app=web', containers: [container('nginx')] };
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
        ingress: true,
        egress: false,
        from: 'role=frontend',
        fromCidr: '',
        ingressPorts: 'TCP/8080',
        to: '',
        toCidr: '',
        egressPorts: '',
      };
  }
}

const labelText = (l: Record<string, string>) =>
  Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

const portsText = (ps: { name?: string; containerPort: number; protocol: string }[]) =>
  ps
    .map(
      (p) => `${p.name ? `${p.name}:` : ''}${p.containerPort}${p.protocol === 'TCP' ? '' : `/${p.protocol}`}`,
    )
    .join(', ');

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
      containers: p.containers.map((c) => container(c.name, c.image, portsText(c.ports))),
    };
  }
  if (kind === 'Deployment') {
    const d = cluster.deployments.find((x) => x.name === name);
    if (!d) return undefined;
    return {
      kind,
      name,
      replicas: String(d.replicas),
      labels: labelText(d.template.labels),
      containers: d.template.containers.map((c) => container(c.name, c.image, portsText(c.ports))),
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

function policyDraft(p: PolicyView): PolicyDraft {
  const rule = (rules: PolicyView['ingress']) => {
    const r = rules[0];
    const peer = r?.peers.find((x) => x.podSelector);
    const block = r?.peers.find((x) => x.ipBlock);
    return {
      sel: peer?.podSelector ? labelText(peer.podSelector.matchLabels) : '',
      cidr: block?.ipBlock?.cidr ?? '',
      ports: (r?.ports ?? [])
        .map((x) => `${x.protocol}${x.port === undefined ? '' : `/${x.port}`}`)
        .join(', '),
    };
  };
  const i = rule(p.ingress);
  const e = rule(p.egress);
  return {
    kind: 'NetworkPolicy',
    name: p.name,
    podSelector: labelText(p.podSelector.matchLabels),
    ingress: p.policyTypes.includes('Ingress'),
    egress: p.policyTypes.includes('Egress'),
    from: i.sel,
    fromCidr: i.cidr,
    ingressPorts: i.ports,
    to: e.sel,
    toCidr: e.cidr,
    egressPorts: e.ports,
  };
}

/** What a policy the form cannot show whole has (several rules, expressions, namespace selectors). */
export function policyFitsForm(p: PolicyView): boolean {
  const simple = (rules: PolicyView['ingress']) =>
    rules.length <= 1 &&
    rules.every(
      (r) =>
        r.peers.filter((x) => x.podSelector).length <= 1 &&
        r.peers.filter((x) => x.ipBlock).length <= 1 &&
        r.peers.every(
          (x) => !x.namespaceSelector && !x.podSelector?.matchExpressions.length && !x.ipBlock?.except.length,
        ),
    );
  return !p.podSelector.matchExpressions.length && simple(p.ingress) && simple(p.egress);
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
  });
  return out;
}

function ruleLines(sel: string, cidr: string, ports: string, peers: 'from' | 'to', path: string): Line[] {
  const pairs = splitLabels(sel);
  const portList = list(ports);
  if (!pairs.length && !cidr.trim() && !portList.length) return [];
  // The rule's lines at the indentation of its keys; the first one then takes the list's "- ".
  const out: Line[] = [];
  const f = `${path}.${peers}`;
  if (pairs.length || cidr.trim()) out.push({ text: `    ${peers}:`, field: f });
  if (pairs.length) {
    out.push({ text: '    - podSelector:', field: f }, { text: '        matchLabels:', field: f });
    for (const [k, v] of pairs) out.push({ text: `          ${key(k)}: ${JSON.stringify(v)}`, field: f });
  }
  if (cidr.trim())
    out.push(
      { text: '    - ipBlock:', field: `${f}Cidr` },
      { text: `        cidr: ${scalar(cidr)}`, field: `${f}Cidr` },
    );
  if (portList.length) out.push({ text: '    ports:', field: `${path}.ports` });
  for (const p of portList) {
    const [a, b] = p.split('/').map((x) => x.trim());
    const named = /^(TCP|UDP|SCTP)$/i.test(a);
    const proto = named ? a.toUpperCase() : b?.toUpperCase();
    const port = named ? b : a;
    const keys = [
      ...(proto ? [`protocol: ${scalar(proto)}`] : []),
      ...(port ? [`port: ${scalar(port)}`] : []),
    ];
    for (const [i, k] of keys.entries())
      out.push({ text: `    ${i ? ' ' : '-'} ${k}`, field: `${path}.ports` });
  }
  out[0] = { ...out[0], text: `  - ${out[0].text.slice(4)}` };
  return out;
}

/** The manifest of a draft, each line with the field that wrote it. */
export function manifestLines(d: Draft): Line[] {
  const head = (api: string): Line[] => [
    { text: `apiVersion: ${api}` },
    { text: `kind: ${d.kind}` },
    { text: 'metadata:' },
    { text: `  name: ${scalar(d.name)}`, field: 'metadata.name' },
  ];
  switch (d.kind) {
    case 'Pod': {
      const out = [
        ...head('v1'),
        ...labelLines(d.labels, '  ', 'metadata.labels', 'labels'),
        { text: 'spec:' },
      ];
      if (d.node.trim()) out.push({ text: `  nodeName: ${scalar(d.node)}`, field: 'spec.nodeName' });
      return [...out, ...containerLines(d.containers, '  ', 'spec.containers')];
    }
    case 'Deployment':
      return [
        ...head('apps/v1'),
        { text: 'spec:' },
        { text: `  replicas: ${scalar(d.replicas)}`, field: 'spec.replicas' },
        { text: '  selector:', field: 'spec.selector' },
        ...labelLines(d.labels, '    ', 'spec.selector', 'matchLabels'),
        { text: '  template:' },
        { text: '    metadata:' },
        ...labelLines(d.labels, '      ', 'spec.template.metadata.labels', 'labels'),
        { text: '    spec:' },
        ...containerLines(d.containers, '      ', 'spec.template.spec.containers'),
      ];
    case 'Service': {
      const out = [...head('v1'), { text: 'spec:' }];
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
      const out = [...head('networking.k8s.io/v1'), { text: 'spec:' }];
      const sel = labelLines(d.podSelector, '    ', 'spec.podSelector', 'matchLabels');
      out.push(
        { text: sel.length ? '  podSelector:' : '  podSelector: {}', field: 'spec.podSelector' },
        ...sel,
      );
      const types = [d.ingress && 'Ingress', d.egress && 'Egress'].filter(Boolean);
      out.push({ text: '  policyTypes:', field: 'spec.policyTypes' });
      for (const t of types) out.push({ text: `  - ${t}`, field: 'spec.policyTypes' });
      if (d.ingress) {
        const r = ruleLines(d.from, d.fromCidr, d.ingressPorts, 'from', 'spec.ingress');
        if (r.length) out.push({ text: '  ingress:', field: 'spec.ingress' }, ...r);
      }
      if (d.egress) {
        const r = ruleLines(d.to, d.toCidr, d.egressPorts, 'to', 'spec.egress');
        if (r.length) out.push({ text: '  egress:', field: 'spec.egress' }, ...r);
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
    const outer = fields
      .filter(
        (f) => p.startsWith(`${f}.`) || p.startsWith(`${f}[`) || unindexed(p).startsWith(`${unindexed(f)}.`),
      )
      .sort((a, b) => b.length - a.length)[0];
    if (outer) return outer;
  }
  const n = /\(line (\d+)\)|yaml: line (\d+)/.exec(message);
  const at = n ? lines[Number(n[1] ?? n[2]) - 1]?.field : undefined;
  if (at && fields.includes(at)) return at;
  if (at) return fields.find((f) => at.startsWith(f));
  return undefined;
}
