import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../examples/index.ts';
import { Session } from '../session.ts';

const DENY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-ingress
spec:
  podSelector: {}
  policyTypes:
  - Ingress`;

const ALLOW = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-frontend
spec:
  podSelector:
    matchLabels:
      app: api
  policyTypes:
  - Ingress
  ingress:
  - from:
    - podSelector:
        matchLabels:
          role: frontend
    ports:
    - protocol: TCP
      port: 8080`;

const apply = (s: Session, yaml: string) => s.exec(`kubectl apply -f - <<'EOF'\n${yaml}\nEOF`);

function cluster(): Session {
  const s = new Session({ seed: 5 });
  for (const c of [
    'kubectl run api --image=busybox --labels=app=api -- sleep 3600',
    'ip netns exec api nc -lk 8080 > /dev/null &',
    'kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600',
    'kubectl run other --image=busybox -- sleep 3600',
  ])
    expect(s.exec(c).status, c).toBe(0);
  return s;
}

describe('kubectl and NetworkPolicy (kube-router v2.11.1)', () => {
  it('applies, lists, describes and deletes policies; the connection follows them', () => {
    const s = cluster();
    const nc = (from: string) => s.exec(`kubectl exec ${from} -- nc -z -w 2 10.22.0.2 8080`).status;
    expect(nc('other')).toBe(0);
    const a = apply(s, `${DENY}\n---\n${ALLOW}`);
    expect(a.output).toContain('networkpolicy.networking.k8s.io/default-deny-ingress created\n');
    expect(a.output).toContain('networkpolicy.networking.k8s.io/allow-frontend created\n');
    expect(apply(s, DENY).output).toContain('networkpolicy.networking.k8s.io/default-deny-ingress unchanged');
    expect(s.exec('kubectl get networkpolicy').output).toBe(
      'NAME                   POD-SELECTOR   AGE\nallow-frontend         app=api        0s\ndefault-deny-ingress   <none>         0s\n',
    );
    expect(s.exec('kubectl describe netpol allow-frontend').output).toBe(
      [
        'Name:         allow-frontend',
        'Namespace:    default',
        'Created on:   1970-01-01 00:00:00 +0000 UTC',
        'Labels:       <none>',
        'Annotations:  <none>',
        'Spec:',
        '  PodSelector:     app=api',
        '  Allowing ingress traffic:',
        '    To Port: 8080/TCP',
        '    From:',
        '      PodSelector: role=frontend',
        '  Not affecting egress traffic',
        '  Policy Types: Ingress',
        '',
      ].join('\n'),
    );
    expect(nc('frontend')).toBe(0);
    expect(nc('other')).toBe(1);
    const d = s.exec('kubectl delete networkpolicy allow-frontend default-deny-ingress');
    expect(d.output).toContain(
      'networkpolicy.networking.k8s.io "default-deny-ingress" deleted from default namespace',
    );
    expect(nc('other')).toBe(0);
    // Every policy chain and set is gone; the Pods' chains stay (kube-router still runs).
    expect(s.exec('iptables -S').output).not.toMatch(/KUBE-NWPLCY-[A-Z2-7]{16}/);
    expect(s.exec('ipset list -n').output).toBe('');
    expect(s.exec('kubectl get netpol x').output).toBe(
      'Error from server (NotFound): networkpolicies.networking.k8s.io "x" not found\n',
    );
  });

  it('names the policy that rejects a packet and the one that allows it in the trace', () => {
    const s = cluster();
    apply(s, `${DENY}\n---\n${ALLOW}`);
    let from = s.world.log.count;
    s.exec('kubectl exec other -- nc -z -w 2 10.22.0.2 8080');
    const denied = s.world.log.since(from).map((e) => e.text);
    expect(denied.join('\n')).toMatch(
      /REJECT \(no NetworkPolicy allowed this packet for Pod default\/api \(ingress policies: default\/allow-frontend, default\/default-deny-ingress; egress policies: -\): kube-router rejects it\)/,
    );
    from = s.world.log.count;
    s.exec('kubectl exec frontend -- nc -z -w 2 10.22.0.2 8080');
    const allowed = s.world.log.since(from).map((e) => e.text);
    expect(allowed.join('\n')).toContain(
      'MARK (NetworkPolicy default/allow-frontend allows it: ingress rule 1 (pods role=frontend; 8080/TCP))',
    );
  });

  it('says what is wrong in a manifest, with the field, and what is not modelled, with the line', () => {
    const s = cluster();
    const bad = (spec: string) =>
      apply(s, `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: p\nspec:\n${spec}`);
    expect(bad('  podSelector: {}\n  ingres: []').output).toContain(
      'strict decoding error: unknown field "spec.ingres"',
    );
    expect(bad('  podSelector: {}\n  policyTypes: [Inbound]').output).toContain(
      'The NetworkPolicy "p" is invalid: spec.policyTypes[0]: Unsupported value: "Inbound": supported values: "Ingress", "Egress"',
    );
    expect(
      bad(
        '  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock:\n        cidr: 10.0.0.0/8\n        except: [192.168.0.0/16]',
      ).output,
    ).toContain(
      'spec.ingress[0].from[0].except[0]: Invalid value: "192.168.0.0/16": must be a strict subset of `cidr`'.replace(
        'from[0].except',
        'from[0].ipBlock.except',
      ),
    );
    expect(bad('  podSelector: {}\n  ingress:\n  - from:\n    - {}').output).toContain(
      'spec.ingress[0].from[0]: Required value: must specify a peer',
    );
    expect(bad('  podSelector: {}\n  egress:\n  - ports:\n    - protocol: SCTP').unsupported).toBe(true);
    // matchExpressions as ValidateLabelSelectorRequirement checks them: every cause, kubectl's lines.
    const expr = (e: string) => bad(`  podSelector:\n    matchExpressions:\n    - ${e}`).output;
    expect(expr('{key: "", operator: In}')).toBe(
      [
        'The NetworkPolicy "p" is invalid: ',
        "* spec.podSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        '* spec.podSelector.matchExpressions[0].key: Invalid value: "": name part must be non-empty',
        "* spec.podSelector.matchExpressions[0].key: Invalid value: \"\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        '',
      ].join('\n'),
    );
    expect(expr('{key: app, operator: In, values: ["a b"]}')).toBe(
      "The NetworkPolicy \"p\" is invalid: spec.podSelector.matchExpressions[0].values[0]: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')\n",
    );
    expect(expr('{key: app, operator: Exists, values: [x]}')).toBe(
      "The NetworkPolicy \"p\" is invalid: spec.podSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'\n",
    );
    expect(expr('{key: app, operator: In, values: [1]}')).toContain(
      'json: cannot unmarshal number into Go struct field LabelSelectorRequirement.spec.podSelector.matchExpressions.values of type string',
    );
    expect(expr('{key: app, operator: In, values: x}')).toContain(
      'json: cannot unmarshal string into Go struct field LabelSelectorRequirement.spec.podSelector.matchExpressions.values of type []string',
    );
    expect(s.exec('kubectl get networkpolicy').output).toBe('No resources found in default namespace.\n');
  });

  it('the preset: frontend reaches api on 8080, not on 9090, and ping passes', () => {
    const s = new Session({ seed: 1 });
    const ex = EXAMPLES.find((e) => e.file === 'k8s-networkpolicy.sh')!;
    expect(s.run(ex.script)).toContain('1 packets transmitted, 1 received, 0% packet loss');
    expect(s.exec('kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 8080').output).toContain('succeeded!');
    expect(s.exec('kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 9090').output).toContain(
      'nc: connect to 10.22.0.2 port 9090 (tcp) failed: Connection refused',
    );
  });

  it('resolves a named port (port: http) to each selected Pod’s containerPort of that name, as kube-router does', () => {
    const s = new Session({ seed: 1 });
    const pod = (name: string, labels: string, port: number) =>
      `kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n${labels}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    args: [sleep, "3600"]\n    ports:\n    - name: http\n      containerPort: ${port}\nEOF`;
    s.exec(pod('api', '    app: api', 8080)); // 10.22.0.2, http = 8080
    s.exec(pod('api2', '    app: api', 9000)); // 10.22.0.3, http = 9000
    s.exec('kubectl run client --image=busybox -- sleep 3600'); // 10.22.0.4
    for (const [ns, port] of [
      ['api', 8080],
      ['api', 9090],
      ['api2', 9000],
      ['api2', 8080],
    ] as const)
      s.exec(`ip netns exec ${ns} nc -lk ${port} > /dev/null &`);
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: web-port\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  ingress:\n  - ports:\n    - port: http\nEOF",
    );
    expect(r.output).toContain('networkpolicy.networking.k8s.io/web-port created');
    const nc = (ip: string, port: number) => s.exec(`kubectl exec client -- nc -z -w 2 ${ip} ${port}`).status;
    expect([
      nc('10.22.0.2', 8080),
      nc('10.22.0.2', 9090),
      nc('10.22.0.3', 9000),
      nc('10.22.0.3', 8080),
    ]).toEqual([0, 1, 0, 1]);
    // One rule and one set per number the name resolves to (policyIndexedIngressNamedPortIPSetName).
    const rules = s
      .exec('iptables -S')
      .output.split('\n')
      .filter((l) => l.includes('ingress any np') && l.includes('-j MARK'));
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatch(
      /-p tcp -m comment --comment "default\/web-port ingress any np" -m set --match-set KUBE-DST-\S+ dst -m tcp --dport 8080 -j MARK/,
    );
    expect(rules[1]).toContain('--dport 9000');
    const set = /KUBE-DST-\S+/.exec(rules[0])![0];
    expect(s.exec(`ipset list ${set}`).output).toContain('Members:\n10.22.0.2 timeout 0\n');
    expect(s.exec('kubectl describe netpol web-port').output).toContain('    To Port: http/TCP\n');
  });
  it('a named port beside an ipBlock peer: ingress from the block to the Pods giving the name that number; egress: nothing', () => {
    const s = new Session({ seed: 1 });
    const pod = (name: string, port: number) =>
      `kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    app: api\nspec:\n  containers:\n  - name: c\n    image: busybox\n    args: [sleep, "3600"]\n    ports:\n    - name: http\n      containerPort: ${port}\nEOF`;
    s.exec(pod('api', 8080)); // 10.22.0.2
    s.exec(pod('api2', 9000)); // 10.22.0.3
    s.exec('kubectl run client --image=busybox --labels=role=client -- sleep 3600'); // 10.22.0.4
    s.exec('kubectl run other --image=busybox --labels=role=other -- sleep 3600'); // 10.22.0.5
    for (const [ns, port] of [
      ['api', 8080],
      ['api', 9000],
      ['api2', 9000],
      ['api2', 8080],
      ['client', 9000],
    ] as const)
      s.exec(`ip netns exec ${ns} nc -lk ${port} > /dev/null &`);
    const nc = (from: string, ip: string, port: number) =>
      s.exec(`kubectl exec ${from} -- nc -z -w 2 ${ip} ${port}`).status;
    expect(nc('other', '10.22.0.4', 9000)).toBe(0);
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: block-http\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  ingress:\n  - from:\n    - ipBlock:\n        cidr: 10.22.0.0/16\n        except: [10.22.0.5/32]\n    ports:\n    - port: http\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: other-out\nspec:\n  podSelector:\n    matchLabels:\n      role: other\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - ipBlock:\n        cidr: 10.22.0.0/16\n    ports:\n    - port: http\nEOF",
    );
    expect(r.status, r.output).toBe(0);
    // client (inside the block) reaches each api Pod on its own http number only; other is excepted.
    expect([
      nc('client', '10.22.0.2', 8080),
      nc('client', '10.22.0.2', 9000),
      nc('client', '10.22.0.3', 9000),
      nc('client', '10.22.0.3', 8080),
      nc('other', '10.22.0.2', 8080),
    ]).toEqual([0, 1, 0, 1, 1]);
    const marks = s
      .exec('iptables -S')
      .output.split('\n')
      .filter((l) => l.includes('block-http ingress cidr np') && l.includes('-j MARK'));
    expect(marks).toHaveLength(2);
    expect(marks[0]).toMatch(
      /--comment "default\/block-http ingress cidr np" -m set --match-set KUBE-SRC-\S+ src -m set --match-set KUBE-DST-\S+ dst -m tcp --dport 8080 -j MARK/,
    );
    // The namedport set, made by the ipBlock's branch: hash:net, holding the Pod's address.
    const set = / (KUBE-DST-\S+) dst -m tcp --dport 9000/.exec(marks[1])![1];
    const list = s.exec(`ipset list ${set}`).output;
    expect(list).toContain('Type: hash:net\n');
    expect(list).toContain('Members:\n10.22.0.3 timeout 0\n');
    // processEgressRules matches an ipBlock on numeric ports only: other's egress to the block
    // (client's 9000, which no ingress policy guards) is refused now.
    expect(s.exec('iptables -S').output).not.toContain('other-out egress cidr');
    expect(nc('other', '10.22.0.4', 9000)).toBe(1);
  });

  it('resolves an egress named port in the peer Pods, or in every Pod of the namespace when the rule has no peers', () => {
    const s = new Session({ seed: 1 });
    const pod = (name: string, labels: string, ports: [string, number][]) =>
      `kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n${labels}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    args: [sleep, "3600"]\n${ports.length ? `    ports:\n${ports.map(([n, p]) => `    - name: ${n}\n      containerPort: ${p}\n`).join('')}` : ''}EOF`;
    s.exec(pod('api', '    app: api', [['http', 8080]])); // 10.22.0.2
    s.exec(
      pod('api2', '    app: api', [
        ['http', 9000],
        ['metrics', 7000],
      ]),
    ); // 10.22.0.3
    s.exec(pod('client', '    role: client', [])); // 10.22.0.4
    for (const [ns, port] of [
      ['api', 8080],
      ['api', 9090],
      ['api', 7000],
      ['api2', 9000],
      ['api2', 8080],
    ] as const)
      s.exec(`ip netns exec ${ns} nc -lk ${port} > /dev/null &`);
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: client-egress\nspec:\n  podSelector:\n    matchLabels:\n      role: client\n  policyTypes: [Egress]\n  egress:\n  - to:\n    - podSelector:\n        matchLabels:\n          app: api\n    ports:\n    - port: http\n  - ports:\n    - port: metrics\nEOF",
    );
    expect(r.status, r.output).toBe(0);
    const nc = (ip: string, port: number) => s.exec(`kubectl exec client -- nc -z -w 2 ${ip} ${port}`).status;
    // http is 8080 in api and 9000 in api2, each allowed to its own Pod only; metrics (7000 in
    // api2) is allowed to any destination, api's 7000 too.
    expect([
      nc('10.22.0.2', 8080),
      nc('10.22.0.3', 9000),
      nc('10.22.0.3', 8080),
      nc('10.22.0.2', 9090),
      nc('10.22.0.2', 7000),
    ]).toEqual([0, 0, 1, 1, 0]);
    const marks = s
      .exec('iptables -S')
      .output.split('\n')
      .filter((l) => l.includes('client-egress egress') && l.includes('-j MARK'));
    expect(marks.map((l) => /--dport (\d+)/.exec(l)![1])).toEqual(['8080', '9000', '7000']);
    expect(marks[2]).not.toContain(' dst ');
    const set = / (KUBE-DST-\S+) dst -m tcp --dport 9000/.exec(marks[1])![1];
    expect(s.exec(`ipset list ${set}`).output).toContain('Members:\n10.22.0.3 timeout 0\n');
  });
});
