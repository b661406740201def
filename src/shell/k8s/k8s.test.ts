import { describe, expect, it } from 'vitest';
import { parseIp4 } from '../../engine/wire/addr.ts';
import { World } from '../../engine/world.ts';
import { Session } from '../session.ts';
import { hostLocalAllocate } from './cni.ts';
import { parseCniConf } from './cni-conf.ts';
import { humanDuration, table } from './print.ts';
import { K8sState, type KNode } from './state.ts';

const ip = (s: string) => parseIp4(s)!;

function allocator(subnet: string, reserved: string[] = [], last?: string): KNode {
  const st = new K8sState(new World({ seed: 1 })).nodes[0];
  const c = parseCniConf(
    `{"name":"n","type":"bridge","ipam":{"type":"host-local","ranges":[[{"subnet":"${subnet}"}]]}}`,
  );
  if (typeof c === 'string') throw new Error(c);
  st.conf = c;
  for (const r of reserved) st.reserved.set(ip(r), 'other');
  if (last) st.lastReserved = ip(last);
  return st;
}

describe('host-local allocator (cases of allocator_test.go, v1.9.1)', () => {
  it('fresh start: .2 (.1 is the gateway)', () => {
    expect(hostLocalAllocate(allocator('10.0.0.0/29'), 'ID')).toBe(ip('10.0.0.2'));
    expect(hostLocalAllocate(allocator('10.0.0.0/30'), 'ID')).toBe(ip('10.0.0.2'));
  });
  it('skips reserved addresses and goes on after the last reserved one', () => {
    expect(hostLocalAllocate(allocator('10.0.0.0/29', ['10.0.0.2']), 'ID')).toBe(ip('10.0.0.3'));
    expect(hostLocalAllocate(allocator('10.0.0.0/29', [], '10.0.0.3'), 'ID')).toBe(ip('10.0.0.4'));
  });
  it('wraps from the end of the range past the gateway', () => {
    expect(hostLocalAllocate(allocator('10.0.0.0/29', [], '10.0.0.6'), 'ID')).toBe(ip('10.0.0.2'));
  });
  it('reports a full range', () => {
    const st = allocator('10.0.0.0/30', ['10.0.0.2']);
    expect(hostLocalAllocate(st, 'ID')).toMatch(/no IP addresses available in range set: 10.0.0.1-10.0.0.2/);
  });
});

describe('CNI configuration', () => {
  it('accepts the seed configuration as it is', () => {
    const c = parseCniConf(
      '{"cniVersion":"1.0.0","name":"my-network","type":"bridge","bridge":"cni0","isGateway":true,"ipMasq":true,"ipam":{"type":"host-local","ranges":[[{"subnet":"10.22.0.0/16"}]],"routes":[{"dst":"0.0.0.0/0"}]}}',
    );
    expect(typeof c).toBe('object');
  });
  it('names the field that is wrong, and what is not modelled', () => {
    expect(
      parseCniConf('{"name":"n","type":"bridge","ipam":{"type":"host-local","subnet":"10.22.0.1/16"}}'),
    ).toBe(
      'invalid range set 0: Network has host bits set. For a subnet mask of length 16 the network address is 10.22.0.0',
    );
    expect(parseCniConf('{"name":"n","type":"macvlan"}')).toMatch(
      /^netns-lab: unsupported: CNI plugin type "macvlan"/,
    );
    expect(parseCniConf('{"name":"n","type":"bridge","vlan":3}')).toBe(
      'netns-lab: unsupported: bridge plugin key "vlan"',
    );
    expect(parseCniConf('{"name":')).toMatch(/^failed to load netconf: /);
    expect(
      parseCniConf('{"name":"n","type":"bridge","ipam":{"type":"host-local","subnet":"10.0.0.0/31"}}'),
    ).toMatch(/too small to allocate from/);
  });
});

describe('kubectl printing', () => {
  it('pads columns as kubectl’s tabwriter does', () => {
    expect(
      table([
        ['NAME', 'AGE'],
        ['a', '1s'],
      ]),
    ).toBe('NAME   AGE\na      1s\n');
  });
  it('prints ages as HumanDuration', () => {
    expect(
      [5, 119, 120, 125, 600, 3 * 3600, 3 * 3600 + 60, 50 * 3600].map((s) => humanDuration(s * 1e6)),
    ).toEqual(['5s', '119s', '2m', '2m5s', '10m', '3h', '3h1m', '2d2h']);
  });
});

describe('kubectl', () => {
  const run = (...lines: string[]) => {
    const s = new Session({ seed: 1 });
    return lines.map((l) => s.exec(l));
  };
  it('gives kubectl’s own messages for what is wrong', () => {
    const [noImage, noName, dup0, dup, missing, oldExec, noCmd] = run(
      'kubectl run web',
      'kubectl run --image=nginx',
      'kubectl run web --image=nginx',
      'kubectl run web --image=nginx',
      'kubectl exec nope -- ip a',
      'kubectl exec web ip a',
      'kubectl exec web --',
    );
    expect(noImage).toMatchObject({ output: 'error: --image is required\n', status: 1 });
    expect(noName.output).toBe(
      "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n",
    );
    expect(dup0.status).toBe(0);
    expect(dup).toMatchObject({
      output: 'Error from server (AlreadyExists): pods "web" already exists\n',
      status: 1,
    });
    expect(missing.output).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(oldExec.output).toMatch(/^error: exec \[POD\] \[COMMAND\] is not supported anymore/);
    expect(noCmd.output).toBe('error: you must specify at least one command for the container\n');
  });
  it('says what it does not model', () => {
    const [img, sh, ns, sub] = run(
      'kubectl run a --image=postgres',
      'kubectl run b --image=busybox',
      'kubectl get pods -n kube-system',
      'kubectl rollout scale deploy/x',
    );
    for (const r of [img, sh, ns, sub]) expect(r.unsupported, r.output).toBe(true);
  });
  it('lists Pods, and says when there are none', () => {
    const [none, , wide] = run(
      'kubectl get pods',
      'kubectl run web --image=nginx',
      'kubectl get pods -o wide',
    );
    expect(none.output).toBe('No resources found in default namespace.\n');
    expect(wide.output).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   IP          NODE    NOMINATED NODE   READINESS GATES\n' +
        'web    1/1     Running   0          0s    10.22.0.2   node1   <none>           <none>\n',
    );
  });
  it('is deterministic for a seed', () => {
    const a = run('kubectl run web --image=nginx')[0].output;
    const b = run('kubectl run web --image=nginx')[0].output;
    expect(a).toBe(b);
  });
});

describe('the node’s CNI configuration file', () => {
  it('is read when a sandbox is made; a broken one leaves the Pod ContainerCreating', () => {
    const s = new Session({ seed: 1 });
    const bad = s.exec(
      `cat > /etc/cni/net.d/10-my-network.conf <<'EOF'\n{"name":"my-network","type":"bridge",\nEOF`,
    );
    expect(bad.status).toBe(0);
    const run = s.exec('kubectl run web --image=nginx');
    expect(run.output).toMatch(
      /Failed to create pod sandbox: plugin type="bridge" name="my-network" failed \(add\): failed to load netconf: /,
    );
    expect(run.output.endsWith('pod/web created\n')).toBe(true);
    expect(s.exec('kubectl get pods -o wide').output).toBe(
      'NAME   READY   STATUS              RESTARTS   AGE   IP       NODE    NOMINATED NODE   READINESS GATES\n' +
        'web    0/1     ContainerCreating   0          0s    <none>   node1   <none>           <none>\n',
    );
    expect(s.exec('kubectl exec web -- ip a').output).toBe(
      'error: unable to upgrade connection: container not found ("web")\n',
    );
    expect(s.exec('ip netns list').output).toBe('');
  });
  it('says what it does not model', () => {
    const s = new Session({ seed: 1 });
    s.exec(
      `cat > /etc/cni/net.d/10-flannel.conflist <<'EOF'\n{"name":"cbr0","plugins":[{"type":"flannel"}]}\nEOF`,
    );
    expect(s.exec('kubectl run web --image=nginx').unsupported).toBe(true);
  });
});

describe('kubectl get --show-labels and -l', () => {
  it('says --show-labels and -l are unsupported where only the Pod table has them, not ignoring them', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --labels=app=web');
    s.exec('kubectl expose pod web --port=80 --name=web');
    for (const cmd of [
      'kubectl get svc --show-labels',
      'kubectl get services -l app=web',
      'kubectl get endpoints --selector app=web',
      'kubectl get nodes --show-labels',
      'kubectl get deployments -l app=web',
      'kubectl get networkpolicy --show-labels',
    ]) {
      const r = s.exec(cmd);
      expect(r.unsupported, cmd).toBe(true);
      expect(r.output, cmd).toMatch(/^netns-lab: unsupported: kubectl get \S+ with --show-labels or -l/);
    }
    expect(s.exec('kubectl get pods --show-labels').output).toMatch(/LABELS\nweb .* app=web\n$/);
    expect(s.exec('kubectl get pods -l app=other').output).toBe('No resources found in default namespace.\n');
  });
});

describe('a ClusterIP connection in the trace', () => {
  it('is DNATed and un-NATed on the node only: the client Pod shows no translation (the veth scrubs the bridge’s conntrack reference)', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --labels=app=web');
    s.exec('kubectl run client --image=busybox -- sleep 3600');
    s.exec('kubectl expose pod web --port=80 --name=web');
    const ip = /IP:\s+(\S+)/.exec(s.exec('kubectl describe svc web').output)![1];
    const from = s.world.log.count;
    expect(s.exec(`kubectl exec client -- nc -z -w 2 ${ip} 80`).status).toBe(0);
    const nat = s.world.log.events.filter((e) => e.seq >= from && e.kind === 'nat');
    const seen = new Set(nat.map((e) => `${e.ns || 'node'}: ${e.text}`));
    expect([...seen]).toEqual([
      `node: DNAT: destination ${ip}:80 → 10.22.0.2:80 (conntrack binding)`,
      `node: reply un-NATed by conntrack: source 10.22.0.2:80 → ${ip}:80`,
    ]);
  });
});

describe('kubectl describe svc', () => {
  it('separates two services as kubectl does (describe.go: "\\n\\n" before each after the first)', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --labels=app=web');
    s.exec('kubectl expose pod web --port=80 --name=a');
    s.exec('kubectl expose pod web --port=81 --name=b');
    const out = s.exec('kubectl describe svc a b').output;
    expect(out).toContain('Events:                   <none>\n\n\nName:                     b\n');
    expect(out.split('\n\n\n\n')).toHaveLength(1);
  });

  it('prints describeService with the API server’s defaults, aligned as text/tabwriter aligns it', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --labels=app=web,tier=fe');
    s.exec('kubectl expose pod web --port=80 --name=web --type=NodePort');
    const ip = /IP:\s+(\S+)/.exec(s.exec('kubectl describe svc web').output)![1];
    const np = /NodePort:\s+<unset>\s+(\d+)/.exec(s.exec('kubectl describe svc web').output)![1];
    expect(s.exec('kubectl describe svc web').output).toBe(
      [
        'Name:                     web',
        'Namespace:                default',
        'Labels:                   app=web',
        '                          tier=fe',
        'Annotations:              <none>',
        'Selector:                 app=web,tier=fe',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        `IP:                       ${ip}`,
        `IPs:                      ${ip}`,
        'Port:                     <unset>  80/TCP',
        'TargetPort:               80/TCP',
        `NodePort:                 <unset>  ${np}/TCP`,
        'Endpoints:                10.22.0.2:80',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });
});

describe('kubectl delete -f and get -l', () => {
  const y =
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n  labels:\n    app: api\nspec:\n  containers:\n  - name: s\n    image: nginx\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n  - port: 80\n';
  it('deletes what a manifest names, and says what is not there', () => {
    const s = new Session({ seed: 1 });
    s.exec(`kubectl apply -f - <<'EOF'\n${y}EOF`);
    s.exec('kubectl run x --image=nginx');
    expect(s.exec('kubectl get pods -l app=api').output).toMatch(/^NAME {3}READY.*\napi /);
    expect(s.exec('kubectl get pods -l app=none').output).toBe('No resources found in default namespace.\n');
    const d = s.exec(`kubectl delete -f - <<'EOF'\n${y}EOF`);
    expect(d.output.split('\n').filter((l) => !/^ {2}[+#]/.test(l))).toEqual([
      'pod "api" deleted from default namespace',
      'service "api" deleted from default namespace',
      '',
    ]);
    const again = s.exec(`kubectl delete -f - <<'EOF'\n${y}EOF`);
    expect(again).toMatchObject({
      status: 1,
      output:
        'Error from server (NotFound): error when deleting "STDIN": pods "api" not found\nError from server (NotFound): error when deleting "STDIN": services "api" not found\n',
    });
    expect(s.exec('ip netns list').output).toBe('x (id: 1)\n');
  });
});

describe('two containers of one Pod on one port', () => {
  it('says unsupported (the second bind fails with EADDRINUSE and crash-loops) and creates nothing', () => {
    const s = new Session({ seed: 1 });
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: twice\nspec:\n  containers:\n  - name: a\n    image: nginx\n  - name: b\n    image: nginx\nEOF",
    );
    expect(r.unsupported, r.output).toBe(true);
    expect(r.output).toContain(
      'netns-lab: unsupported: containers a and b of Pod twice both listening on 0.0.0.0:80/TCP',
    );
    expect(r.output).toContain('EADDRINUSE');
    expect(s.exec('ip netns list').output).toBe('');
    expect(s.exec('kubectl get pods').output).toBe('No resources found in default namespace.\n');
    // nginx beside redis (6379) is fine.
    const ok = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Pod\nmetadata:\n  name: pair\nspec:\n  containers:\n  - name: web\n    image: nginx\n  - name: cache\n    image: redis\nEOF",
    );
    expect(ok.output).toContain('pod/pair created');
  });
});
