import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { existingK8sState } from './state.ts';

const deployment = (replicas: number, image = 'nginx', extra = '') =>
  `kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${replicas}\n${extra}  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: ${image}\nEOF`;

/** The Pods' names, and the ReplicaSets (hash → number of Pods). */
function pods(s: Session): { names: string[]; sets: Record<string, number> } {
  const names = s
    .exec('kubectl get pods')
    .output.trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(/\s+/)[0]);
  const sets: Record<string, number> = {};
  for (const n of names) sets[n.split('-')[1]] = (sets[n.split('-')[1]] ?? 0) + 1;
  return { names, sets };
}

/** The order the controllers created (+) and deleted (-) Pods in, from the command's own notes. */
const steps = (output: string) =>
  [...output.matchAll(/ReplicaSet default\/web-(\w+): (\d+) Pods, wants (\d+)/g)].map(
    ([, h, have, want]) => `${h}:${Number(want) - Number(have) > 0 ? '+' : ''}${Number(want) - Number(have)}`,
  );

describe('kubectl rollout (Deployments)', () => {
  it('restart rolls the Pods over to a new ReplicaSet, surge first, and history lists both revisions', () => {
    const s = new Session({ seed: 1 });
    expect(s.exec(deployment(2)).status).toBe(0);
    const first = pods(s);
    expect(Object.values(first.sets)).toEqual([2]);
    const [oldHash] = Object.keys(first.sets);
    expect(s.exec('kubectl rollout status deployment/web').output).toBe(
      'deployment "web" successfully rolled out\n',
    );
    s.exec('sleep 5');
    const r = s.exec('kubectl rollout restart deployment/web');
    expect(r.status).toBe(0);
    expect(r.output.endsWith('deployment.apps/web restarted\n')).toBe(true);
    const second = pods(s);
    expect(Object.keys(second.sets)).toHaveLength(1);
    const [newHash] = Object.keys(second.sets);
    expect(newHash).not.toBe(oldHash);
    // maxSurge 25% of 2 rounds up to 1, maxUnavailable down to 0: +1, -1, +1, -1.
    expect(steps(r.output)).toEqual([`${newHash}:+1`, `${oldHash}:-1`, `${newHash}:+1`, `${oldHash}:-1`]);
    const d = existingK8sState(s.world)!.deployments[0];
    expect(d.templateSpec.metadata.annotations).toEqual({
      'kubectl.kubernetes.io/restartedAt': '1970-01-01T00:00:05Z',
    });
    expect(s.exec('kubectl rollout history deployment/web').output).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n',
    );
    expect(s.exec('kubectl get deploy web').output).toMatch(
      /^NAME {3}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nweb {4}2\/2 {5}2 {12}2 /,
    );
    // Twice in one second: kubectl's patch is empty.
    expect(s.exec('kubectl rollout restart deploy web').output).toBe(
      'error: failed to create patch for web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n',
    );
    expect(s.exec('kubectl get rs').output).toBe(
      `NAME             DESIRED   CURRENT   READY   AGE\nweb-${oldHash}   0         0         0       5s\nweb-${newHash}   2         2         2       0s\n`
        .split('\n')
        .sort((a, b) => (a.startsWith('NAME') ? -1 : b.startsWith('NAME') ? 1 : a < b ? -1 : 1))
        .filter(Boolean)
        .map((l) => `${l}\n`)
        .join(''),
    );
    expect(s.exec(`kubectl get rs web-${newHash} -o wide`).output).toContain(
      `nginx        nginx    app=web,pod-template-hash=${newHash}\n`,
    );
    // Re-applying the manifest keeps the restart annotation: nothing changes.
    expect(s.exec(deployment(2)).output).toBe('deployment.apps/web unchanged\n');
  });

  it('undo goes back to the previous revision, which becomes the newest; apply rolls forward again', () => {
    const s = new Session({ seed: 2 });
    s.exec(deployment(3));
    const v1 = Object.keys(pods(s).sets)[0];
    const r = s.exec(deployment(3, 'httpd'));
    expect(r.output.endsWith('deployment.apps/web configured\n')).toBe(true);
    const v2 = Object.keys(pods(s).sets)[0];
    expect(v2).not.toBe(v1);
    // 3 replicas: surge 1, unavailable 0.
    expect(steps(r.output)).toEqual([`${v2}:+1`, `${v1}:-1`, `${v2}:+1`, `${v1}:-1`, `${v2}:+1`, `${v1}:-1`]);
    const u = s.exec('kubectl rollout undo deployment/web');
    expect(u.output.endsWith('deployment.apps/web rolled back\n')).toBe(true);
    expect(pods(s).sets).toEqual({ [v1]: 3 });
    expect(s.exec('kubectl rollout history deploy/web').output).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n',
    );
    expect(s.exec('kubectl rollout undo deployment/web --to-revision=3').output).toBe(
      'deployment.apps/web skipped rollback (current template already matches revision 3)\n',
    );
    expect(s.exec('kubectl rollout undo deployment/web --to-revision=1').output).toBe(
      'error: unable to find specified revision 1 in history\n',
    );
    expect(s.exec(deployment(3, 'httpd')).output.endsWith('deployment.apps/web configured\n')).toBe(true);
    expect(pods(s).sets).toEqual({ [v2]: 3 });
    expect(s.exec('kubectl rollout history deploy/web').output).toContain(
      '\n3         <none>\n4         <none>\n',
    );
  });

  it('Recreate deletes the old Pods first; maxSurge and maxUnavailable as given; change-cause', () => {
    const s = new Session({ seed: 3 });
    const recreate = '  strategy:\n    type: Recreate\n';
    s.exec(deployment(2, 'nginx', recreate));
    const v1 = Object.keys(pods(s).sets)[0];
    const r = s.exec(deployment(2, 'httpd', recreate));
    const v2 = Object.keys(pods(s).sets)[0];
    expect(steps(r.output)).toEqual([`${v1}:-2`, `${v2}:+2`]);
    const s2 = new Session({ seed: 3 });
    const rolling = '  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 50%\n';
    s2.exec(deployment(4, 'nginx', rolling));
    const w1 = Object.keys(pods(s2).sets)[0];
    const r2 = s2.exec(deployment(4, 'httpd', rolling));
    const w2 = Object.keys(pods(s2).sets)[0];
    expect(steps(r2.output)).toEqual([`${w1}:-2`, `${w2}:+2`, `${w1}:-2`, `${w2}:+2`]);
    const zero = s2.exec(deployment(4, 'httpd', rolling.replace('50%', '0')));
    expect(zero.output).toBe(
      'The Deployment "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0\n',
    );
    const s3 = new Session({ seed: 4 });
    s3.exec(
      deployment(1).replace(
        '  name: web\n',
        '  name: web\n  annotations:\n    kubernetes.io/change-cause: image nginx\n',
      ),
    );
    expect(s3.exec('kubectl rollout history deployment web').output).toBe(
      'deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         image nginx\n\n',
    );
  });

  it("says kubectl's errors, and what it does not model", () => {
    const s = new Session({ seed: 1 });
    expect(s.exec('kubectl rollout status deployment/nope').output).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    expect(s.exec('kubectl rollout status').output).toBe('error: required resource not specified\n');
    s.exec(deployment(1));
    expect(s.exec('kubectl rollout undo deployment/web').output).toBe(
      'error: no rollout history found for deployment "web"\n',
    );
    expect(s.exec('kubectl rollout undo deployment/web --to-revision=x').output).toBe(
      'error: invalid argument "x" for "--to-revision" flag: strconv.ParseInt: parsing "x": invalid syntax\n',
    );
    // A rollout whose new Pods cannot start (a broken CNI configuration): kubectl's waiting line.
    s.exec("cat > /etc/cni/net.d/10-bad.conf <<'EOF'\n{\nEOF");
    s.exec('sleep 1');
    s.exec('kubectl rollout restart deployment/web');
    // The new Pod is not available, so the old one stays (maxUnavailable 0): status.replicas 2 > 1.
    expect(s.exec('kubectl rollout status deployment/web --watch=false').output).toBe(
      'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...\n',
    );
    const watch = s.exec('kubectl rollout status deployment/web');
    expect(watch.unsupported).toBe(true);
    for (const c of [
      'kubectl rollout pause deployment/web -l app=web',
      'kubectl rollout status daemonset/web',
      'kubectl rollout status deployment/web --timeout=10s',
    ])
      expect(s.exec(c).unsupported, c).toBe(true);
  });
  it('pause holds a new template back (scaling still works); resume rolls it out', () => {
    const s = new Session({ seed: 6 });
    s.exec(deployment(2));
    const v1 = Object.keys(pods(s).sets)[0];
    const p = s.exec('kubectl rollout pause deployment/web');
    expect(p.output).toBe(
      '  # kubectl patches deployment/web: spec.paused: true\ndeployment.apps/web paused\n',
    );
    expect(s.exec('kubectl rollout pause deploy web').output).toBe(
      'error: deployments.apps "web" is already paused\n',
    );
    // A new template and a new size: no new ReplicaSet, the running one scales.
    const a = s.exec(deployment(3, 'httpd'));
    expect(a.output).toContain(
      '  # Deployment default/web is paused: the Deployment controller makes no ReplicaSet for its Pod template until it is resumed\n',
    );
    expect(steps(a.output)).toEqual([`${v1}:+1`]);
    expect(pods(s).sets).toEqual({ [v1]: 3 });
    expect(s.exec('kubectl get deploy web').output).toMatch(/\nweb {4}3\/3 {5}0 {12}3 /);
    expect(s.exec('kubectl get rs').output).toBe(
      `NAME             DESIRED   CURRENT   READY   AGE\nweb-${v1}   3         3         3       0s\n`,
    );
    // DeploymentStatusViewer: 0 of 3 updated, and a watch that would wait for a resume.
    expect(s.exec('kubectl rollout status deployment/web --watch=false').output).toBe(
      'Waiting for deployment "web" rollout to finish: 0 out of 3 new replicas have been updated...\n',
    );
    expect(s.exec('kubectl rollout status deployment/web').unsupported).toBe(true);
    s.exec('sleep 1');
    expect(s.exec('kubectl rollout restart deployment/web').output).toBe(
      `error: deployments.apps "web" can't restart paused deployment (run rollout resume first)\n`,
    );
    // Re-applying the manifest (it has no spec.paused) keeps the Deployment paused.
    expect(s.exec(deployment(3, 'httpd')).output).toBe('deployment.apps/web unchanged\n');
    const r = s.exec('kubectl rollout resume deployment/web');
    expect(r.output.endsWith('deployment.apps/web resumed\n')).toBe(true);
    const v2 = Object.keys(pods(s).sets)[0];
    expect(pods(s).sets).toEqual({ [v2]: 3 });
    expect(steps(r.output)).toEqual([`${v2}:+1`, `${v1}:-1`, `${v2}:+1`, `${v1}:-1`, `${v2}:+1`, `${v1}:-1`]);
    expect(s.exec('kubectl rollout resume deployment/web').output).toBe(
      'error: deployments.apps "web" is not paused\n',
    );
    s.exec('kubectl rollout pause deployment/web');
    expect(s.exec('kubectl rollout undo deployment/web').output).toBe(
      "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n",
    );
    // The undo's own errors come first.
    expect(s.exec('kubectl rollout undo deployment/web --to-revision=7').output).toBe(
      'error: unable to find specified revision 7 in history\n',
    );
  });

  it('spec.paused in the manifest: created paused there is no ReplicaSet; dropping it resumes', () => {
    const s = new Session({ seed: 7 });
    const paused = deployment(2).replace('  replicas: 2\n', '  replicas: 2\n  paused: true\n');
    expect(s.exec(paused).output).toContain('deployment.apps/web created\n');
    expect(pods(s).names).toEqual([]);
    expect(s.exec('kubectl get rs').output).toBe('No resources found in default namespace.\n');
    expect(s.exec('kubectl rollout history deployment/web').output).toBe(
      'deployment.apps/web \nNo rollout history found.\n',
    );
    expect(s.exec('kubectl rollout history deployment/web --revision=1').output).toBe(
      'deployment.apps/web with revision #1\nNo rollout history found.\n',
    );
    expect(s.exec(paused).output).toBe('deployment.apps/web unchanged\n');
    // resume, then the same manifest again: apply sets spec.paused back to what it says.
    s.exec('kubectl rollout resume deployment/web');
    expect(Object.values(pods(s).sets)).toEqual([2]);
    const again = s.exec(paused);
    expect(again.output).toContain('deployment.apps/web configured\n');
    expect(existingK8sState(s.world)!.deployments[0].paused).toBe(true);
    // The field taken out of the manifest: the default, not paused.
    expect(s.exec(deployment(2, 'httpd')).output).toContain('deployment.apps/web configured\n');
    expect(existingK8sState(s.world)!.deployments[0].paused).toBe(false);
    expect(Object.keys(pods(s).sets)).toHaveLength(1);
    expect(s.exec(deployment(2).replace('  replicas: 2\n', '  replicas: 2\n  paused: "yes"\n')).output).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.paused of type bool\n',
    );
  });

  it("history --revision prints that ReplicaSet's Pod template as DescribePodTemplate does", () => {
    const s = new Session({ seed: 8 });
    s.exec(
      deployment(1)
        .replace('  name: web\n', '  name: web\n  annotations:\n    kubernetes.io/change-cause: first\n')
        .replace(
          '        image: nginx\n',
          '        image: nginx\n        ports:\n        - containerPort: 80\n          name: http\n        - containerPort: 53\n          protocol: UDP\n',
        ),
    );
    s.exec(
      deployment(1, 'busybox').replace(
        '        image: busybox\n',
        '        image: busybox\n        args: ["sleep", "3600"]\n',
      ),
    );
    const [h1, h2] = existingK8sState(s.world)!.deployments[0].replicaSets.map((rs) => rs.hash);
    expect(s.exec('kubectl rollout history deployment/web --revision=1').output).toBe(
      [
        'deployment.apps/web with revision #1',
        'Pod Template:',
        '  Labels:\tapp=web',
        `\tpod-template-hash=${h1}`,
        '  Annotations:\tkubernetes.io/change-cause: first',
        '  Containers:',
        '   nginx:',
        '    Image:\tnginx',
        '    Ports:\t80/TCP (http), 53/UDP',
        '    Host Ports:\t0/TCP (http), 0/UDP',
        '    Environment:\t<none>',
        '    Mounts:\t<none>',
        '  Volumes:\t<none>',
        '  Node-Selectors:\t<none>',
        '  Tolerations:\t<none>',
        '',
        '',
      ].join('\n'),
    );
    expect(s.exec('kubectl rollout history deployment/web --revision 2').output).toBe(
      `deployment.apps/web with revision #2\nPod Template:\n  Labels:\tapp=web\n\tpod-template-hash=${h2}\n  Containers:\n   nginx:\n    Image:\tbusybox\n    Port:\t<none>\n    Host Port:\t<none>\n    Args:\n      sleep\n      3600\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n`,
    );
    expect(s.exec('kubectl rollout history deployment/web --revision=3').output).toBe(
      'error: unable to find the specified revision\n',
    );
    expect(s.exec('kubectl rollout history deployment/web --revision=-1').output).toBe(
      'error: revision must be a positive integer: -1\n',
    );
    expect(s.exec('kubectl rollout history deployment/web --revision=x').output).toBe(
      'error: invalid argument "x" for "--revision" flag: strconv.ParseInt: parsing "x": invalid syntax\n',
    );
    // status --revision: the running revision (the Deployment's newest ReplicaSet's) or kubectl's error.
    expect(s.exec('kubectl rollout status deployment/web --revision=2').output).toBe(
      'deployment "web" successfully rolled out\n',
    );
    expect(s.exec('kubectl rollout status deployment/web --revision=1').output).toBe(
      'error: desired revision (1) is different from the running revision (2)\n',
    );
    // A flag another rollout command has, or that netns-lab does not model.
    expect(s.exec('kubectl rollout pause deployment/web --timeout=1s').output).toBe(
      "error: unknown flag: --timeout\nSee 'kubectl rollout pause --help' for usage.\n",
    );
    expect(s.exec('kubectl rollout history deployment/web -o yaml').unsupported).toBe(true);
  });

  it('keeps its invariants over random applies, restarts, undos, pauses, resumes and deletions', () => {
    const s = new Session({ seed: 9 });
    let x = 12345;
    const rnd = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 16) % n;
    };
    const strategies = [
      '',
      '  strategy:\n    type: Recreate\n',
      '  strategy:\n    rollingUpdate:\n      maxSurge: 2\n      maxUnavailable: 0\n',
      '  strategy:\n    rollingUpdate:\n      maxSurge: 0\n      maxUnavailable: 1\n',
      '  revisionHistoryLimit: 1\n',
    ];
    let pausedSteps = 0;
    for (let step = 0; step < 60; step++) {
      const k = rnd(6);
      let r: ReturnType<Session['exec']>;
      if (k <= 1)
        r = s.exec(
          deployment(1 + rnd(4), ['nginx', 'httpd', 'redis'][rnd(3)], strategies[rnd(strategies.length)]),
        );
      else if (k === 2) {
        s.exec('sleep 1');
        r = s.exec('kubectl rollout restart deployment/web');
      } else if (k === 3) r = s.exec('kubectl rollout undo deployment/web');
      else if (k === 5) {
        const paused = existingK8sState(s.world)?.deployments[0]?.paused;
        r = s.exec(`kubectl rollout ${paused ? 'resume' : 'pause'} deployment/web`);
      } else {
        const names = pods(s).names;
        r = names.length ? s.exec(`kubectl delete pod ${names[rnd(names.length)]}`) : s.exec('true');
      }
      expect(r.unsupported, r.output).toBeFalsy();
      const d = existingK8sState(s.world)?.deployments[0];
      if (!d) continue;
      if (d.paused) {
        pausedSteps++;
        // Paused: no rollout, the one set with Pods holds them all.
        expect(Object.values(pods(s).sets), `step ${step}`).toEqual([d.replicas]);
        continue;
      }
      // The rollout is over when the command returns: every Pod is the new set's, as many as wanted.
      expect(pods(s).sets, `step ${step}`).toEqual({ [d.podTemplateHash]: d.replicas });
      expect(d.replicaSets.filter((rs) => rs.hash !== d.podTemplateHash).length).toBeLessThanOrEqual(
        d.revisionHistoryLimit,
      );
      const revisions = d.replicaSets.map((rs) => rs.revision);
      expect(new Set(revisions).size).toBe(revisions.length);
      expect(Math.max(...revisions)).toBe(
        d.replicaSets.find((rs) => rs.hash === d.podTemplateHash)!.revision,
      );
      expect(s.exec('kubectl rollout status deploy/web').output).toBe(
        'deployment "web" successfully rolled out\n',
      );
    }
    expect(pausedSteps).toBeGreaterThan(5);
  });
  it('the same template with its labels in another order is the same ReplicaSet (EqualIgnoreHash)', () => {
    const s = new Session({ seed: 5 });
    const two = (a: string, b: string, image: string) =>
      `kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      ${a}\n      ${b}\n  template:\n    metadata:\n      labels:\n        ${a}\n        ${b}\n    spec:\n      containers:\n      - name: c\n        image: ${image}\nEOF`;
    s.exec(two('app: web', 'tier: x', 'nginx'));
    const first = pods(s).names;
    const r = s.exec(two('tier: x', 'app: web', 'nginx'));
    expect(r.output.endsWith('deployment.apps/web configured\n')).toBe(true);
    expect(pods(s).names).toEqual(first);
    expect(existingK8sState(s.world)!.deployments[0].replicaSets).toHaveLength(1);
  });
});
