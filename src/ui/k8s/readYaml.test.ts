import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../shell/k8s/view.ts';
import { createLab } from '../../worker/lab.ts';
import {
  applyLines,
  type Draft,
  draftOf,
  manifestText,
  newDraft,
  newPeer,
  type PodDraft,
  type PolicyDraft,
  type ServiceDraft,
} from './manifest.ts';
import { readYaml } from './readYaml.ts';

async function cluster(yaml: string): Promise<ClusterView> {
  const r = await createLab().replay(applyLines(yaml).join('\n'));
  expect(r.lines.at(-1)!.status, r.lines.at(-1)!.output).toBe(0);
  return (r.snapshot as { cluster?: ClusterView }).cluster!;
}

const pod: PodDraft = {
  kind: 'Pod',
  name: 'web',
  labels: 'app=web, tier=front',
  node: '',
  containers: [
    { name: 'app', image: 'nginx', ports: 'http:80, 53/UDP', command: '', args: '' },
    { name: 'box', image: 'busybox', ports: '', command: 'sh -c', args: "'sleep 3600'" },
  ],
};
const svc: ServiceDraft = {
  kind: 'Service',
  name: 'web',
  type: 'NodePort',
  clusterIP: '10.96.0.20',
  selector: 'app=web',
  ports: [
    { name: 'http', port: '80', targetPort: 'http', nodePort: '30080' },
    { name: 'dns', port: '53', targetPort: '5353', nodePort: '' },
  ],
};
const policy: PolicyDraft = {
  kind: 'NetworkPolicy',
  name: 'api-in',
  podSelector: 'app=api',
  podSelectorExprs: [],
  ingress: true,
  egress: true,
  ingressRules: [
    {
      peers: [
        { ...newPeer(), pods: 'role=frontend' },
        { ...newPeer('ipBlock'), cidr: '10.22.0.0/16', except: '10.22.0.5/32' },
      ],
      ports: 'TCP/8080, UDP/53',
    },
    { peers: [{ ...newPeer('podsInNamespaces'), namespaces: 'team=ops' }], ports: '9000-9100' },
  ],
  egressRules: [{ peers: [], ports: '' }],
};

describe('the YAML tab read back into the form', () => {
  it('reads every manifest the form writes into the same draft', () => {
    const drafts: Draft[] = [
      pod,
      svc,
      policy,
      { ...policy, podSelector: '', ingressRules: [], egress: false, egressRules: [] },
      newDraft('Deployment', undefined),
      newDraft('Service', undefined),
      newDraft('NetworkPolicy', undefined),
    ];
    for (const d of drafts) expect(readYaml(manifestText(d)), manifestText(d)).toEqual({ draft: d });
  });

  it('reads YAML as people write it, and the form then applies the same objects', async () => {
    const typed = [
      `# from the material
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend   # a comment
  namespace: default
spec:
  podSelector:
    matchLabels: {app: api}
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
    ports:
    - port: 8080
    - protocol: UDP
  - {}
  egress:
  - to:
    - namespaceSelector: {}
      podSelector: {matchLabels: {k8s-app: kube-dns}}
    ports: [{protocol: UDP, port: 53}]`,
      `apiVersion: v1
kind: Pod
metadata: {name: box, labels: {app: box}}
spec:
  containers:
  - name: box
    image: busybox
    command: [sleep]
    args: ["3600"]
    ports:
    - {containerPort: 7, protocol: UDP, name: echo}`,
      `apiVersion: v1
kind: Service
metadata:
  name: box
spec:
  selector:
    app: box
  ports:
  - port: 7
    targetPort: echo
    protocol: TCP`,
      `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
      - name: api
        image: httpd`,
    ];
    for (const text of typed) {
      const r = readYaml(text);
      if (!('draft' in r)) throw new Error(JSON.stringify(r.error));
      const [asTyped, fromForm] = [await cluster(text), await cluster(manifestText(r.draft))];
      expect(fromForm, manifestText(r.draft)).toEqual(asTyped);
    }
    const r = readYaml(typed[0]);
    expect('draft' in r && r.draft).toMatchObject({
      egress: true,
      ingressRules: [
        {
          peers: [
            { kind: 'pods', pods: 'role=frontend' },
            { kind: 'ipBlock', cidr: '10.0.0.0/8', except: '10.1.0.0/16' },
          ],
          ports: '8080, UDP',
        },
        { peers: [], ports: '' },
      ],
      egressRules: [{ peers: [{ kind: 'podsInNamespaces', pods: 'k8s-app=kube-dns' }], ports: 'UDP/53' }],
    });
  });

  it('says on which line and why the form cannot show a text, never reading it differently', () => {
    const head = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n';
    const cases: [string, string, number, Record<string, unknown>?][] = [
      [`${head}spec:\n\tcontainers: []`, 'k8s.yaml.syntax', 6],
      [`${head}spec:\n  containers:\n  - name: a\n    image: nginx\n    - x`, 'k8s.yaml.syntax', 9],
      ['', 'k8s.yaml.empty', 1],
      [`${head}---\n${head}`, 'k8s.yaml.docs', 6, { n: 2 }],
      [`${head}spec:\n  restartPolicy: Always`, 'k8s.yaml.field', 6, { path: 'spec.restartPolicy' }],
      [`${head}  labels:\n    v: 1\n`, 'k8s.yaml.type', 6, { path: 'metadata.labels.v', want: 'string' }],
      [`${head}spec:\n  containers:\n  - name: a\n    ports:\n    - containerPort: "80"`, 'k8s.yaml.type', 9],
      [
        `${head}spec:\n  containers:\n  - name: a\n    command: sleep 1`,
        'k8s.yaml.type',
        8,
        { want: 'list' },
      ],
      [head.replace('v1', 'apps/v1'), 'k8s.yaml.api', 1, { api: 'v1' }],
      [head.replace('Pod', 'ReplicaSet'), 'k8s.yaml.kind', 2],
      [head.replace('web', 'web\n  namespace: kube-system'), 'k8s.yaml.field', 5],
      [
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  ingress:\n  - from:\n    - podSelector: {}\n      ipBlock: {cidr: 10.0.0.0/8}',
        'k8s.yaml.peer',
        7,
        { path: 'spec.ingress[0].from[0]' },
      ],
      [
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  ingress:\n  - ports:\n    - port: "8080"',
        'k8s.yaml.type',
        7,
      ],
      [
        'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: LoadBalancer',
        'k8s.yaml.value',
        5,
        { value: 'LoadBalancer' },
      ],
      [
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: b}}',
        'k8s.yaml.field',
        5,
        { path: 'spec.selector' },
      ],
    ];
    for (const [text, key, line, params] of cases) {
      const r = readYaml(text);
      expect('error' in r && r.error, text).toMatchObject({ key, line, ...(params ? { params } : {}) });
    }
    // An existing object's form shows its own kind.
    expect(readYaml(manifestText(svc), 'Pod')).toMatchObject({ error: { key: 'k8s.yaml.kind', line: 2 } });
  });
});

describe('a policy with matchExpressions', () => {
  const text = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: exprs}
spec:
  podSelector:
    matchLabels: {app: api}
    matchExpressions:
    - {key: tier, operator: In, values: [back, mid]}
    - {key: canary, operator: DoesNotExist}
  policyTypes: [Ingress, Egress]
  ingress:
  - from:
    - namespaceSelector: {matchLabels: {team: ops}, matchExpressions: [{key: env, operator: Exists}]}
      podSelector: {matchExpressions: [{key: role, operator: NotIn, values: [x]}]}
    - ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}
    ports:
    - {protocol: TCP, port: 8000, endPort: 8080}
    - {protocol: UDP, port: 53}
  - {}
  egress:
  - to: [{podSelector: {}}]`;

  it('is read into the form, whose manifest applies to the same policy; the cluster gives the same draft', async () => {
    const r = readYaml(text);
    if (!('draft' in r)) throw new Error(JSON.stringify(r));
    const d = r.draft as PolicyDraft;
    expect(d.podSelector).toBe('app=api');
    expect(d.podSelectorExprs).toEqual([
      { key: 'tier', operator: 'In', values: 'back, mid' },
      { key: 'canary', operator: 'DoesNotExist', values: '' },
    ]);
    expect(d.ingressRules[0].peers[0]).toMatchObject({
      kind: 'podsInNamespaces',
      namespaces: 'team=ops',
      namespacesExprs: [{ key: 'env', operator: 'Exists', values: '' }],
      pods: '',
      podsExprs: [{ key: 'role', operator: 'NotIn', values: 'x' }],
    });
    const first = (await cluster(text)).policies[0];
    const again = (await cluster(manifestText(d))).policies[0];
    expect(again).toEqual(first);
    expect(draftOf({ policies: [first] } as ClusterView, 'NetworkPolicy', 'exprs')).toEqual(d);
    // The form's manifest reads back into the same draft.
    expect(readYaml(manifestText(d))).toEqual({ draft: d });
  });

  it('says what the form cannot hold of an expression, on its line', () => {
    const head =
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector:\n    matchExpressions:\n';
    const cases: [string, string, number, Record<string, string>?][] = [
      ['    - {key: a, operator: Gt, values: ["1"]}', 'k8s.yaml.value', 7, { value: 'Gt' }],
      ['    - {key: a, operator: In, values: [1]}', 'k8s.yaml.type', 7, { want: 'string' }],
      ['    - {key: a, operator: In, values: ["b,c"]}', 'k8s.yaml.value', 7, { value: 'b,c' }],
      ['    - {key: a, operator: In, labels: [b]}', 'k8s.yaml.field', 7],
      ['    - key: a\n      operator: In\n      values: x', 'k8s.yaml.type', 9, { want: 'list' }],
    ];
    for (const [tail, key, line, params] of cases) {
      const r = readYaml(head + tail);
      expect('error' in r && r.error, tail).toMatchObject({ key, line, ...(params ? { params } : {}) });
    }
    // A Deployment's selector is also its Pods' labels: the form has no expressions there.
    expect(
      readYaml(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector:\n    matchExpressions: [{key: a, operator: Exists}]',
      ),
    ).toMatchObject({ error: { key: 'k8s.yaml.selector', line: 6 } });
  });
});
