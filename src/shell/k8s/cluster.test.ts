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
    expect(s.exec(deployment(2, 'httpd')).unsupported).toBe(true);
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
    expect(s.exec(deployment(1).replace('matchLabels', 'matchExpressions')).unsupported).toBe(true);
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
  it('says unsupported for a policy on a cluster of Node objects, and writes no rule', () => {
    const s = cluster();
    const before = s.exec('iptables-save').output;
    const r = s.exec(POLICY);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('netns-lab: unsupported: NetworkPolicy on a cluster of Node objects');
    expect(s.exec('iptables-save').output).toBe(before);
    expect(s.exec('kubectl get networkpolicy').output).not.toContain('deny');
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
