import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';

const UNDERLAY = [
  'ip netns add node1',
  'ip netns add node2',
  'ip link add eth0 netns node1 type veth peer name eth0 netns node2',
  'ip -n node1 addr add 192.168.50.1/24 dev eth0',
  'ip -n node2 addr add 192.168.50.2/24 dev eth0',
  'ip -n node1 link set eth0 up',
  'ip -n node2 link set eth0 up',
];
const NODES =
  "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Node\nmetadata:\n  name: node1\n---\napiVersion: v1\nkind: Node\nmetadata:\n  name: node2\nEOF";

const deployment = (replicas: number, image = 'nginx') =>
  `kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: ${image}\nEOF`;

function cluster(netConf?: string): Session {
  const s = new Session({ seed: 1 });
  for (const l of UNDERLAY) expect(s.exec(l).status, l).toBe(0);
  if (netConf) s.exec(`cat > /etc/kube-flannel/net-conf.json <<'EOF'\n${netConf}\nEOF`);
  const r = s.exec(NODES);
  expect(
    r.output.split('\n').filter((l) => !l.startsWith('  ')),
    r.output,
  ).toEqual(['node/node1 created', 'node/node2 created', '']);
  return s;
}

/** The Pods' rows of `kubectl get pods -o wide`: name, IP, node. */
function podRows(s: Session): string[][] {
  return s
    .exec('kubectl get pods -o wide')
    .output.trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(/\s+/))
    .map((c) => [c[0], c[5], c[6]]);
}

describe('a cluster of two nodes', () => {
  it('gives each node a subnet and routes Pods across them over flannel.1 (vxlan)', () => {
    const s = cluster();
    expect(s.exec('kubectl get nodes').output).toBe(
      'NAME    STATUS   ROLES    AGE   VERSION\nnode1   Ready    <none>   0s    v1.35.7\nnode2   Ready    <none>   0s    v1.35.7\n',
    );
    expect(s.exec('kubectl get nodes -o wide').output).toBe(
      [
        'NAME    STATUS   ROLES    AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME',
        'node1   Ready    <none>   0s    v1.35.7   192.168.50.1   <none>        Debian GNU/Linux 12 (bookworm)   6.18.44-fc-v1252   containerd://2.1.4',
        'node2   Ready    <none>   0s    v1.35.7   192.168.50.2   <none>        Debian GNU/Linux 12 (bookworm)   6.18.44-fc-v1252   containerd://2.1.4',
        '',
      ].join('\n'),
    );
    expect(new Session({ seed: 1 }).exec('kubectl get nodes -o wide').output).toContain(
      'node1   Ready    control-plane   0s    v1.35.7   <none>        <none>',
    );
    s.exec('kubectl run a --image=nginx');
    s.exec('kubectl run b --image=nginx');
    expect(podRows(s)).toEqual([
      ['a', '10.244.0.2', 'node1'],
      ['b', '10.244.1.2', 'node2'],
    ]);
    expect(s.exec('ip -n node1 route').output).toContain('10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink');
    expect(s.exec('ip -n a link show eth0').output).toContain('mtu 1450');
    const ping = s.exec('ip netns exec a ping -c 1 10.244.1.2').output;
    expect(ping).toContain('ttl=62');
  });
  it('routes by the node addresses with host-gw', () => {
    const s = cluster('{"Network":"10.244.0.0/16","Backend":{"Type":"host-gw"}}');
    expect(s.exec('ip -n node2 route').output).toContain('10.244.0.0/24 via 192.168.50.1 dev eth0');
    expect(s.exec('ip -n node1 link show flannel.1').status).not.toBe(0);
    s.exec('kubectl run a --image=nginx');
    s.exec('kubectl run b --image=nginx');
    expect(s.exec('ip netns exec a ping -c 1 10.244.1.2').output).toContain('ttl=62');
  });
  it('binds a Pod with spec.nodeName to that node', () => {
    const s = cluster();
    s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  nodeName: node2\n  containers:\n  - name: c\n    image: nginx\nEOF",
    );
    expect(podRows(s)).toEqual([['p', '10.244.1.2', 'node2']]);
  });
  it('refuses what it cannot model', () => {
    const s = new Session({ seed: 1 });
    const noNs = s.exec(NODES);
    expect(noNs.unsupported, noNs.output).toBe(true);
    const t = new Session({ seed: 1 });
    for (const l of UNDERLAY) t.exec(l);
    t.exec(
      `cat > /etc/kube-flannel/net-conf.json <<'EOF'\n{"Network":"10.244.0.0/16","Backend":{"Type":"wireguard"}}\nEOF`,
    );
    expect(t.exec(NODES).unsupported).toBe(true);
    const u = new Session({ seed: 1 });
    for (const l of UNDERLAY) u.exec(l);
    u.exec('kubectl run a --image=nginx');
    expect(u.exec(NODES).unsupported).toBe(true);
  });
});

describe('Deployments', () => {
  it('spread their Pods over the nodes, scale by re-apply, and go with their Pods', () => {
    const s = cluster();
    expect(s.exec(deployment(3)).output.endsWith('deployment.apps/web created\n')).toBe(true);
    const rows = podRows(s);
    expect(rows.map((r) => r[2]).sort()).toEqual(['node1', 'node1', 'node2']);
    for (const [name] of rows)
      expect(name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s.exec('kubectl get pods -l pod-template-hash').unsupported).toBe(true);
    expect(s.exec('kubectl get deploy').output).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    3/3     3            3           0s\n',
    );
    expect(s.exec(deployment(3)).output).toBe('deployment.apps/web unchanged\n');
    // Scaling down to 1 deletes one of node1's two Pods first, then the newest.
    const down = s.exec(deployment(1));
    expect(down.output.endsWith('deployment.apps/web configured\n')).toBe(true);
    expect(podRows(s).length).toBe(1);
    expect(s.exec(deployment(2)).output.endsWith('deployment.apps/web configured\n')).toBe(true);
    expect(
      podRows(s)
        .map((r) => r[2])
        .sort(),
    ).toEqual(['node1', 'node2']);
    // A Pod deleted by hand is replaced by its ReplicaSet.
    const victim = podRows(s)[0][0];
    s.exec(`kubectl delete pod ${victim}`);
    expect(podRows(s).length).toBe(2);
    expect(podRows(s).some((r) => r[0] === victim)).toBe(false);
    // A new template is a rollout to a new ReplicaSet: its two Pods replace the old set's.
    const before = podRows(s).map((r) => r[0]);
    expect(s.exec(deployment(2, 'httpd')).output).toMatch(/deployment\.apps\/web configured\n$/);
    const after = podRows(s).map((r) => r[0]);
    expect(after).toHaveLength(2);
    expect(after.some((n) => before.includes(n))).toBe(false);
    expect(new Set(after.map((n) => n.split('-')[1])).size).toBe(1);
    expect(
      s
        .exec('kubectl delete deploy web')
        .output.endsWith('deployment.apps "web" deleted from default namespace\n'),
    ).toBe(true);
    expect(s.exec('kubectl get pods').output).toBe('No resources found in default namespace.\n');
    expect(s.exec('kubectl get deploy web').output).toBe(
      'Error from server (NotFound): deployments.apps "web" not found\n',
    );
    const manifest = deployment(1).replace('kubectl apply', 'kubectl delete');
    s.exec(deployment(1));
    expect(s.exec(manifest).output).toMatch(/deployment\.apps "web" deleted from default namespace\n$/);
    expect(s.exec(manifest).output).toBe(
      'Error from server (NotFound): error when deleting "STDIN": deployments.apps "web" not found\n',
    );
  });
  it('are checked as the API server checks them', () => {
    const s = new Session({ seed: 1 });
    const r = s.exec(deployment(1).replace('        app: web\n    spec', '        app: api\n    spec'));
    expect(r.output).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`\n',
    );
    expect(s.exec(deployment(1).replace('matchLabels', 'matchExpressions')).output).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal object into Go struct field LabelSelector.spec.selector.matchExpressions of type []v1.LabelSelectorRequirement\n',
    );
  });
  it('select by matchExpressions as the API server and kubectl read them', () => {
    const s = new Session({ seed: 1 });
    const withExprs = (name: string, exprs: string, labels = '{app: web, tier: fe}') =>
      s.exec(
        deployment(2)
          .replace('name: web', `name: ${name}`)
          .replace('    matchLabels:\n      app: web\n', exprs)
          .replace('      labels:\n        app: web\n', `      labels: ${labels}\n`),
      );
    const created = withExprs(
      'web',
      '    matchLabels: {app: web}\n    matchExpressions:\n    - {key: tier, operator: In, values: [fe, be]}\n    - {key: canary, operator: DoesNotExist}\n',
    );
    expect(created.output).toMatch(/deployment\.apps\/web created\n$/);
    expect(podRows(s)).toHaveLength(2);
    // labels.Selector's String(): requirements by key, an In's values sorted.
    expect(s.exec('kubectl get deploy web -o wide').output).toMatch(
      / {4}app=web,!canary,tier in \(be,fe\)\n$/,
    );
    expect(s.exec('kubectl get rs -o wide').output).toMatch(
      /app=web,!canary,pod-template-hash=[0-9a-z]+,tier in \(be,fe\)\n$/,
    );
    expect(s.exec('kubectl describe deploy web').output).toContain(
      'Selector:               app=web,!canary,tier in (be,fe)\n',
    );
    // A Service's selector is a map: kubectl expose cannot carry the expressions over.
    const expose = s.exec('kubectl expose deploy web --port=80');
    expect(expose.output).toBe(
      'error: couldn\'t retrieve selectors via --selector flag or introspection: couldn\'t convert expressions - "[{Key:tier Operator:In Values:[fe be]} {Key:canary Operator:DoesNotExist Values:[]}]" to map-based selector format\n',
    );
    expect(expose.status).toBe(1);
    expect(withExprs('only', '    matchExpressions:\n    - {key: tier, operator: Exists}\n').status).toBe(0);
    expect(s.exec('kubectl expose deploy only --port=80').output).toBe(
      "error: couldn't retrieve selectors via --selector flag or introspection: invalid deployment: no selectors, therefore cannot be exposed\n",
    );
    // The selector must select the template's labels; each requirement is validated.
    expect(
      withExprs('out', '    matchExpressions:\n    - {key: tier, operator: NotIn, values: [fe]}\n').output,
    ).toBe(
      'The Deployment "out" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"fe"}: `selector` does not match template `labels`\n',
    );
    expect(withExprs('bad', '    matchExpressions:\n    - {key: tier, operator: In}\n').output).toBe(
      "The Deployment \"bad\" is invalid: spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'\n",
    );
  });
  it('run on the one implicit node too', () => {
    const s = new Session({ seed: 1 });
    s.exec(deployment(2));
    expect(podRows(s).map((r) => r[2])).toEqual(['node1', 'node1']);
  });
});

describe('a node whose namespace is deleted by hand', () => {
  it('is said, not crashed on', () => {
    const s = cluster();
    s.exec('kubectl run a --image=nginx');
    s.exec('kubectl run b --image=nginx');
    expect(s.exec('ip netns del node2').status).toBe(0);
    const del = s.exec('kubectl delete pod b');
    expect(del.output).toContain('pod "b" deleted from default namespace');
    const run = s.exec('kubectl run c --image=nginx');
    expect(run.unsupported, run.output).toBe(true);
  });
});

describe('NetworkPolicy and Node objects', () => {
  const POLICY =
    "kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny\nspec:\n  podSelector: {}\n  policyTypes:\n  - Ingress\nEOF";
  const pod = (name: string, labels: string) => `kubectl run ${name} --image=nginx --labels=${labels}`;
  const ALLOW =
    "kubectl apply -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: allow-frontend\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels:\n          role: frontend\n    ports:\n    - port: 80\nEOF";
  for (const backend of ['vxlan', 'host-gw'])
    it(`runs kube-router on every node (${backend}): each writes chains for its own Pods, ipsets of all; ingress is refused on the receiver's node`, () => {
      const s = cluster(`{"Network":"10.244.0.0/16","Backend":{"Type":"${backend}"}}`);
      s.exec(pod('fe', 'role=frontend')); // node1
      s.exec(pod('api', 'app=api')); // node2
      s.exec(pod('other', 'role=other')); // node1
      expect(podRows(s)).toEqual([
        ['api', '10.244.1.2', 'node2'],
        ['fe', '10.244.0.2', 'node1'],
        ['other', '10.244.0.3', 'node1'],
      ]);
      const nc = (from: string) => s.exec(`kubectl exec ${from} -- nc -z -w 2 10.244.1.2 80`).status;
      expect(nc('fe')).toBe(0);
      const r = s.exec(POLICY);
      expect(r.output).toContain('networkpolicy.networking.k8s.io/deny created');
      expect(r.output).toContain('on node1');
      expect(r.output).toContain('on node2');
      // node1's kube-router has Pod chains for fe and other, node2's for api only.
      const chains = (n: string) =>
        s
          .exec(`ip netns exec ${n} iptables -S KUBE-ROUTER-FORWARD`)
          .output.split('\n')
          .filter((l) => l.includes('-j KUBE-POD-FW-'))
          .map((l) => /--comment "([^"]+)"/.exec(l)![1]);
      expect(chains('node1').length).toBeGreaterThan(0);
      expect(chains('node1').every((c) => /^default\/(fe|other) (in|out)$/.test(c))).toBe(true);
      expect(chains('node1').some((c) => c.includes('api'))).toBe(false);
      expect(chains('node2').length).toBeGreaterThan(0);
      expect(chains('node2').every((c) => /^default\/api (in|out)$/.test(c))).toBe(true);
      // Both nodes' KUBE-DST set of the policy holds every Pod it selects, wherever it runs.
      for (const n of ['node1', 'node2']) {
        const sets = s.exec(`ip netns exec ${n} ipset list -n`).output;
        const dst = sets.split('\n').find((x) => x.startsWith('KUBE-DST-'))!;
        const members = s.exec(`ip netns exec ${n} ipset list ${dst}`).output;
        for (const ip of ['10.244.0.2', '10.244.0.3', '10.244.1.2'])
          expect(members).toContain(`${ip} timeout 0`);
      }
      // Default deny: refused on node2 (the REJECT answers), counted there, not on node1.
      expect(nc('fe')).not.toBe(0);
      const rejects = (n: string) =>
        s
          .exec(`ip netns exec ${n} iptables -L -n -v -x`)
          .output.split('\n')
          .filter((l) => /\sREJECT\s/.test(l))
          .reduce((a, l) => a + Number(l.trim().split(/\s+/)[0]), 0);
      expect(rejects('node2')).toBeGreaterThan(0);
      expect(rejects('node1')).toBe(0);
      // The step names the node, the Pod and the policy that refused it.
      const from = s.world.log.count;
      nc('fe');
      const why = s.world.log.events
        .filter((e) => e.seq >= from && e.text.includes('REJECT'))
        .map((e) => e.text)
        .join('\n');
      expect(why).toContain(
        "kube-router on node2 rejects it: no NetworkPolicy allowed this packet for node2's Pod default/api (ingress policies: default/deny;",
      );
      // Allow role=frontend → app=api on port 80: fe passes, other does not, across the nodes.
      expect(s.exec(ALLOW).output).toContain('networkpolicy.networking.k8s.io/allow-frontend created');
      expect(nc('fe')).toBe(0);
      expect(nc('other')).not.toBe(0);
      // The other way, api (node2) → other (node1) is refused by node1's kube-router; node1 itself
      // still reaches its Pod ("from local node").
      expect(s.exec('kubectl exec api -- nc -z -w 2 10.244.0.3 80').status).not.toBe(0);
      expect(rejects('node1')).toBeGreaterThan(0);
      expect(s.exec('ip netns exec node1 nc -z -w 2 10.244.0.3 80').status).toBe(0);
    });
  it('says unsupported for Node objects applied after a policy on the one-node cluster', () => {
    const s = new Session({ seed: 1 });
    for (const l of UNDERLAY) expect(s.exec(l).status, l).toBe(0);
    expect(s.exec(POLICY).output).toContain('networkpolicy.networking.k8s.io/deny created');
    const r = s.exec(NODES);
    expect(r.output).toContain(
      'netns-lab: unsupported: registering Node objects once Pods, Services or NetworkPolicies',
    );
  });
});
