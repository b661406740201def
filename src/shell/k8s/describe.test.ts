import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { rfc1123z } from './kubectl-describe.ts';

const DEPLOYMENT = (extra = '', image = 'nginx:1.14.2') =>
  `kubectl apply -f - <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: {app: api}
  annotations:
    team: blue
spec:
  replicas: 2
${extra}  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
      - name: api
        image: ${image}
        ports:
        - containerPort: 80
          name: http
EOF`;

const field = (out: string, name: string) => new RegExp(`${name}:\\s+(\\S+)`).exec(out)?.[1];

describe('kubectl describe pod', () => {
  it('prints describePod for a Pod of kubectl run, aligned as text/tabwriter aligns it', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --port=80');
    s.exec('sleep 61');
    const r = s.exec('kubectl describe pod web');
    const out = r.output;
    const id = field(out, 'Container ID')!;
    const vol = /from (kube-api-access-[b-df-hj-np-tv-xz2456789]{5}) \(ro\)/.exec(out)![1];
    expect(id).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect(out).toBe(
      [
        'Name:             web',
        'Namespace:        default',
        'Priority:         0',
        'Service Account:  default',
        'Node:             node1/10.22.0.1',
        'Start Time:       Thu, 01 Jan 1970 00:00:00 +0000',
        'Labels:           run=web',
        'Annotations:      <none>',
        'Status:           Running',
        'IP:               10.22.0.2',
        'IPs:',
        '  IP:  10.22.0.2',
        'Containers:',
        '  web:',
        `    Container ID:   ${id}`,
        '    Image:          nginx',
        '    Port:           80/TCP',
        '    Host Port:      0/TCP',
        '    State:          Running',
        '      Started:      Thu, 01 Jan 1970 00:00:00 +0000',
        '    Ready:          True',
        '    Restart Count:  0',
        '    Environment:    <none>',
        '    Mounts:',
        `      /var/run/secrets/kubernetes.io/serviceaccount from ${vol} (ro)`,
        'Conditions:',
        '  Type                        Status',
        '  PodReadyToStartContainers   True ',
        '  Initialized                 True ',
        '  Ready                       True ',
        '  ContainersReady             True ',
        '  PodScheduled                True ',
        'Volumes:',
        `  ${vol}:`,
        '    Type:                    Projected (a volume that contains injected data from multiple sources)',
        '    TokenExpirationSeconds:  3607',
        '    ConfigMapName:           kube-root-ca.crt',
        '    Optional:                false',
        '    DownwardAPI:             true',
        'QoS Class:                   BestEffort',
        'Node-Selectors:              <none>',
        'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
        '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
        "netns-lab: unsupported: kubectl describe pod leaves out a running container's Image ID (the registry's digest: netns-lab pulls no images), and the Events (the scheduler's and the kubelet's: netns-lab keeps no events)",
        '',
      ].join('\n'),
    );
    // What is left out is said, and the line is marked as not fully modelled.
    expect(r.unsupported).toBe(true);
    expect(r.status).toBe(0);
    // The random-looking values are the sandbox's: the same on every describe, different per Pod.
    expect(s.exec('kubectl describe pod web').output).toBe(out);
    s.exec('kubectl run web2 --image=nginx');
    expect(field(s.exec('kubectl describe pod web2').output, 'Container ID')).not.toBe(id);
  });

  it('gives a Deployment’s Pods their ReplicaSet, and describes every Pod whose name starts with the one given', () => {
    const s = new Session({ seed: 1 });
    s.exec(DEPLOYMENT());
    const pods = s
      .exec('kubectl get pods')
      .output.split('\n')
      .slice(1)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]);
    expect(pods).toHaveLength(2);
    const rs = pods[0].replace(/-[^-]+$/, '');
    const out = s.exec('kubectl describe pods api').output;
    // DescribeMatchingResources: each match, in name order, followed by a blank line.
    expect(out.match(/^Name: +(\S+)$/gm)).toEqual(pods.sort().map((p) => `Name:             ${p}`));
    expect(out).toContain(
      `Labels:           app=api\n                  pod-template-hash=${rs.split('-')[1]}\nAnnotations:      <none>\n`,
    );
    // "  IP:" and "Controlled By:" are one tabwriter block, as in kubectl's own output.
    expect(out).toMatch(/\nIPs:\n {2}IP: {11}10\.22\.0\.\d+\nControlled By: {2}ReplicaSet\/api-[0-9a-z]+\n/);
    expect(out).toContain(`Controlled By:  ReplicaSet/${rs}\n`);
    expect(out).toContain('    Port:           80/TCP (http)\n    Host Port:      0/TCP (http)\n');
    expect(out.split('\n\nName:')).toHaveLength(2);
    // An exact name describes that Pod only; a name nothing starts with is NotFound.
    expect(s.exec(`kubectl describe pod ${pods[1]}`).output.match(/^Name:/gm)).toHaveLength(1);
    const missing = s.exec('kubectl describe pod nope');
    expect(missing.output).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(missing.status).toBe(1);
  });

  it('prints the command and args as the manifest gives them, and its annotations', () => {
    const s = new Session({ seed: 1 });
    s.exec(`kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: box
  annotations:
    note: "one two"
spec:
  containers:
  - name: box
    image: busybox
    command: ["sleep"]
    args: ["3600"]
EOF`);
    s.exec('kubectl run sleeper --image=busybox -- sleep 60');
    const box = s.exec('kubectl describe pod box').output;
    expect(box).toContain('Annotations:      note: one two\n');
    expect(box).toContain(
      '    Port:          <none>\n    Host Port:     <none>\n    Command:\n      sleep\n    Args:\n      3600\n    State:          Running\n',
    );
    // kubectl run puts the words after "--" in args.
    expect(s.exec('kubectl describe pod sleeper').output).toContain(
      '    Args:\n      sleep\n      60\n    State:',
    );
  });

  it('describes a Pod whose sandbox could not be made as Pending, waiting in ContainerCreating', () => {
    const s = new Session({ seed: 1 });
    s.exec(`cat > /etc/cni/net.d/10-my-network.conf <<'EOF'\n{"name":"my-network","type":"bridge",\nEOF`);
    s.exec('kubectl run web --image=nginx');
    const r = s.exec('kubectl describe pod web');
    expect(r.output).toContain('Status:           Pending\nIP:               \nIPs:              <none>\n');
    expect(r.output).toContain('    Container ID:   \n    Image:          nginx\n    Image ID:       \n');
    expect(r.output).toContain(
      '    State:          Waiting\n      Reason:       ContainerCreating\n    Ready:          False\n',
    );
    expect(r.output).toContain(
      '  PodReadyToStartContainers   False \n  Initialized                 True \n  Ready                       False \n  ContainersReady             False \n  PodScheduled                True \n',
    );
    // Nothing runs, so only the events are left out.
    expect(r.output).toContain(
      "netns-lab: unsupported: kubectl describe pod leaves out the Events (the scheduler's and the kubelet's: netns-lab keeps no events)\n",
    );
  });

  it('with no name describes every Pod, and says so when there is none', () => {
    const s = new Session({ seed: 1 });
    expect(s.exec('kubectl describe pods').output).toBe('No resources found in default namespace.\n');
    s.exec('kubectl run b --image=nginx');
    s.exec('kubectl run a --image=nginx');
    const out = s.exec('kubectl describe pods').output;
    expect(out.match(/^Name: +(\S+)$/gm)).toEqual(['Name:             a', 'Name:             b']);
    // Two names, one missing: the other is described, then the error.
    const two = s.exec('kubectl describe pod a zz');
    expect(two.output).toMatch(/^Name: +a\n/);
    expect(two.output).toContain('\nError from server (NotFound): pods "zz" not found\n');
    expect(two.status).toBe(1);
  });
});

describe('describe’s flags', () => {
  it('-l describes the objects with those labels; --show-events=false prints no Events, so nothing is left out', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run a --image=nginx --labels=app=web,tier=fe');
    s.exec('kubectl run b --image=nginx --labels=app=web');
    s.exec('kubectl run c --image=nginx --labels=app=db');
    const web = s.exec('kubectl describe pods -l app=web').output;
    expect(web.match(/^Name: +(\S+)$/gm)).toEqual(['Name:             a', 'Name:             b']);
    expect(s.exec('kubectl describe po --selector=app=web,tier=fe').output.match(/^Name:.*$/gm)).toEqual([
      'Name:             a',
    ]);
    expect(s.exec('kubectl describe pods -l app=none').output).toBe(
      'No resources found in default namespace.\n',
    );
    expect(s.exec('kubectl describe pod a -l app=web').output).toBe(
      'error: name cannot be provided when a selector is specified\n',
    );
    // Without events, only the running container's Image ID is left out.
    const quiet = s.exec('kubectl describe pod c --show-events=false');
    expect(quiet.output).toMatch(
      /node\.kubernetes\.io\/unreachable:NoExecute op=Exists for 300s\nnetns-lab: unsupported: kubectl describe pod leaves out a running container's Image ID \(the registry's digest: netns-lab pulls no images\)\n$/,
    );
    s.exec('kubectl expose pod c --port=80 --name=db');
    expect(s.exec('kubectl describe svc db').output).toContain('Events:');
    const svc = s.exec('kubectl describe svc db --show-events=false');
    expect(svc.output).not.toContain('Events:');
    expect(svc.output.endsWith('Internal Traffic Policy:  Cluster\n')).toBe(true);
    expect(svc.unsupported).toBeFalsy();
    expect(s.exec('kubectl describe svc db --show-events=maybe').output).toBe(
      'error: invalid argument "maybe" for "--show-events" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl describe --help\' for usage.\n',
    );
    expect(s.exec('kubectl describe pods -A').unsupported).toBe(true);
    // --chunk-size only pages the API server's lists.
    expect(s.exec('kubectl describe svc db --chunk-size=10').output).toBe(
      s.exec('kubectl describe svc db').output,
    );
  });
});

describe('kubectl describe deployment', () => {
  it('prints describeDeployment: replicas, strategy, the Pod template, conditions and ReplicaSets', () => {
    const s = new Session({ seed: 1 });
    s.exec(DEPLOYMENT('  minReadySeconds: 5\n'));
    const rs = /NewReplicaSet: +(api-[0-9a-z]+) /.exec(s.exec('kubectl describe deployment api').output)![1];
    const r = s.exec('kubectl describe deploy/api');
    expect(r.output).toBe(
      [
        'Name:                   api',
        'Namespace:              default',
        'CreationTimestamp:      Thu, 01 Jan 1970 00:00:00 +0000',
        'Labels:                 app=api',
        'Annotations:            deployment.kubernetes.io/revision: 1',
        '                        team: blue',
        'Selector:               app=api',
        'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
        'StrategyType:           RollingUpdate',
        'MinReadySeconds:        5',
        'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
        'Pod Template:',
        '  Labels:  app=api',
        '  Containers:',
        '   api:',
        '    Image:         nginx:1.14.2',
        '    Port:          80/TCP (http)',
        '    Host Port:     0/TCP (http)',
        '    Environment:   <none>',
        '    Mounts:        <none>',
        '  Volumes:         <none>',
        '  Node-Selectors:  <none>',
        '  Tolerations:     <none>',
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        `NewReplicaSet:   ${rs} (2/2 replicas created)`,
        "netns-lab: unsupported: kubectl describe deployment leaves out the Events (the Deployment controller's: netns-lab keeps no events)",
        '',
      ].join('\n'),
    );
    expect(r.unsupported).toBe(true);
  });

  it('shows a paused rollout as kubectl does: no new set yet, Progressing Unknown DeploymentPaused', () => {
    const s = new Session({ seed: 1 });
    s.exec(DEPLOYMENT());
    const first = /NewReplicaSet: +(api-[0-9a-z]+) /.exec(
      s.exec('kubectl describe deployment api').output,
    )![1];
    s.exec('kubectl rollout pause deployment/api');
    s.exec(DEPLOYMENT('', 'httpd'));
    const out = s.exec('kubectl describe deployment api').output;
    expect(out).toContain(
      'Replicas:               2 desired | 0 updated | 2 total | 2 available | 0 unavailable\n',
    );
    expect(out).toContain('    Image:         httpd\n');
    expect(out).toContain(
      '  Available      True     MinimumReplicasAvailable\n  Progressing    Unknown  DeploymentPaused\n',
    );
    expect(out).toContain(`OldReplicaSets:  ${first} (2/2 replicas created)\nNewReplicaSet:   <none>\n`);
    // Resumed, the rollout runs: the new set has the Pods and the old one is scaled to 0.
    s.exec('kubectl rollout resume deployment/api');
    const after = s.exec('kubectl describe deployment api').output;
    expect(after).toContain('deployment.kubernetes.io/revision: 2\n');
    expect(after).toMatch(
      /OldReplicaSets: {2}<none>\nNewReplicaSet: {3}api-[0-9a-z]+ \(2\/2 replicas created\)\n/,
    );
  });

  it('orders the conditions of a Deployment paused from its creation as the controller set them', () => {
    const s = new Session({ seed: 1 });
    s.exec(DEPLOYMENT('  paused: true\n'));
    const out = s.exec('kubectl describe deployment api').output;
    expect(out).toContain(
      'Replicas:               2 desired | 0 updated | 0 total | 0 available | 0 unavailable\n',
    );
    expect(out).toContain(
      // Without the ReplicaSet lines below, the first column is as wide as "  Progressing " needs.
      '  Type          Status   Reason\n  ----          ------   ------\n  Progressing   Unknown  DeploymentPaused\n  Available     False    MinimumReplicasUnavailable\n',
    );
    expect(out).not.toContain('OldReplicaSets');
    expect(out).toContain('Annotations:            team: blue\n');
  });

  it('leaves out the conditions of a rollout that cannot finish, and says so', () => {
    const s = new Session({ seed: 1 });
    s.exec(`cat > /etc/cni/net.d/10-my-network.conf <<'EOF'\n{"name":"my-network","type":"bridge",\nEOF`);
    s.exec(DEPLOYMENT());
    const out = s.exec('kubectl describe deployment api').output;
    expect(out).toContain(
      'Replicas:               2 desired | 2 updated | 2 total | 0 available | 2 unavailable\n',
    );
    expect(out).not.toContain('Conditions:');
    expect(out).toContain('the conditions of a rollout that cannot finish');
    expect(s.exec('kubectl describe deployment nope').output).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });
});

describe('describe of services and policies', () => {
  it('prints a manifest’s annotations and matches a name by its start', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx --labels=app=web');
    s.exec(`kubectl apply -f - <<'EOF'
apiVersion: v1
kind: Service
metadata:
  name: web-svc
  annotations: {owner: me}
spec:
  selector: {app: web}
  ports:
  - port: 80
EOF`);
    const out = s.exec('kubectl describe svc web').output;
    expect(out).toMatch(/^Name: +web-svc\n/);
    expect(out).toContain('Annotations:              owner: me\n');
  });
});

describe('rfc1123z', () => {
  it('formats as Go’s time.RFC1123Z in UTC', () => {
    expect(rfc1123z(0)).toBe('Thu, 01 Jan 1970 00:00:00 +0000');
    expect(rfc1123z(Date.UTC(2026, 11, 5, 9, 3, 7) * 1000 + 999)).toBe('Sat, 05 Dec 2026 09:03:07 +0000');
  });
});

describe('kubectl’s flags netns-lab does not model', () => {
  it('are said to be unsupported; a flag kubectl does not have gets kubectl’s own error', () => {
    const s = new Session({ seed: 1 });
    s.exec('kubectl run web --image=nginx');
    for (const line of [
      'kubectl get pods -A',
      'kubectl get pods --watch',
      'kubectl get pods -w',
      'kubectl get pods --kubeconfig=/tmp/k',
      'kubectl get pods -v=6',
      'kubectl delete pod web --grace-period=0 --force',
      'kubectl run tmp --rm -it --image=busybox -- sh',
      'kubectl apply -f x.yaml --dry-run=client',
      'kubectl exec web -q -- ls',
    ]) {
      const r = s.exec(line);
      expect(r.unsupported, line).toBe(true);
      expect(r.output, line).toMatch(/^netns-lab: unsupported: kubectl \w+ -/);
    }
    expect(s.exec('kubectl get pods --bogus').output).toBe(
      "error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n",
    );
    // --no-headers: the rows alone, as wide as the rows need (the tabwriter never sees the header).
    s.exec('kubectl run a-much-longer-name --image=nginx');
    expect(s.exec('kubectl get pods --no-headers').output).toBe(
      'a-much-longer-name   1/1   Running   0     0s\nweb                  1/1   Running   0     0s\n',
    );
    expect(s.exec('kubectl get svc --no-headers').output).toBe('No resources found in default namespace.\n');
    expect(s.exec('kubectl get pods --no-headers=maybe').status).toBe(1);
    // The Pod is still there: nothing ran.
    expect(s.exec('kubectl get pods').output).toContain('web ');
  });
});
