import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';
import { toManifest } from './manifest.ts';
import { spewTyped } from './spew.ts';
import { computeHash, imageTag, podTemplateSpecValue, type TemplateSpec } from './template-hash.ts';
import { parseYaml } from './yaml.ts';

/** conformance/reference/kubernetes-v1.35/pod-template-hash.txt: templates with go-spew's dump and the hash. */
function referenceCases() {
  const text = readFileSync(
    new URL('../../../conformance/reference/kubernetes-v1.35/pod-template-hash.txt', import.meta.url),
    'utf8',
  );
  return text
    .split(/^== /m)
    .slice(1)
    .map((block) => {
      const [name, ...rest] = block.split('\n');
      const part = (tag: string) => {
        const i = rest.findIndex((l) => l.startsWith(`-- ${tag}`));
        if (i < 0) return undefined;
        const j = rest.findIndex((l, k) => k > i && l.startsWith('-- '));
        return { head: rest[i], body: rest.slice(i + 1, j < 0 ? undefined : j).join('\n') };
      };
      const cc = part('collisionCount')?.head.split(' ')[2];
      return {
        name,
        template: part('template')!.body,
        collisionCount: cc === undefined ? undefined : Number(cc),
        dump: part('dump')!.body,
        hash: part('hash')!.body.trim(),
      };
    });
}

/** The templateSpec a Deployment with this spec.template yields. */
function templateOf(templateYaml: string): TemplateSpec {
  const ind = templateYaml
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
  // The selector: the template's first label.
  const lines = templateYaml.split('\n');
  const selector = lines[lines.findIndex((l) => l.trim() === 'labels:') + 1].trim();
  const doc = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  selector:\n    matchLabels:\n      ${selector}\n  template:\n${ind}\n`;
  const m = toManifest(parseYaml(doc)[0], 'STDIN');
  if (m.kind !== 'Deployment') throw new Error(m.kind);
  return m.templateSpec;
}

describe('pod-template-hash (Kubernetes v1.35 ComputeHash)', () => {
  const cases = referenceCases();
  it('the reference has its six templates', () => {
    expect(cases.map((c) => c.hash)).toHaveLength(6);
  });
  for (const c of cases)
    it(c.name, () => {
      const t = templateOf(c.template);
      expect(spewTyped(podTemplateSpecValue(t))).toBe(c.dump);
      expect(computeHash(t, c.collisionCount)).toBe(c.hash);
    });

  it('a change anywhere in the template changes the hash; the order of labels does not', () => {
    const base = templateOf(
      'metadata:\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx',
    );
    const h = computeHash(base);
    const variants = [
      'metadata:\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27',
      'metadata:\n  labels:\n    app: web\nspec:\n  containers:\n  - name: web\n    image: nginx',
      'metadata:\n  labels:\n    app: web\n  annotations:\n    a: b\nspec:\n  containers:\n  - name: nginx\n    image: nginx',
      'metadata:\n  labels:\n    app: web\nspec:\n  terminationGracePeriodSeconds: 31\n  containers:\n  - name: nginx\n    image: nginx',
      'metadata:\n  labels:\n    app: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n    imagePullPolicy: IfNotPresent',
    ];
    for (const v of variants) expect(computeHash(templateOf(v)), v).not.toBe(h);
    // Defaults given explicitly are the defaulted template itself.
    const explicit = templateOf(
      'metadata:\n  labels:\n    app: web\nspec:\n  restartPolicy: Always\n  terminationGracePeriodSeconds: 30\n  containers:\n  - name: nginx\n    image: nginx\n    imagePullPolicy: Always\n    terminationMessagePolicy: File',
    );
    expect(computeHash(explicit)).toBe(h);
    const two = (a: string, b: string) =>
      computeHash(
        templateOf(
          `metadata:\n  labels:\n    ${a}\n    ${b}\nspec:\n  containers:\n  - name: c\n    image: nginx`,
        ),
      );
    expect(two('app: web', 'tier: x')).toBe(two('tier: x', 'app: web'));
  });

  it("parsers.ParseImageName's tag, as SetDefaults_Container reads it", () => {
    expect(imageTag('nginx')).toBe('latest');
    expect(imageTag('nginx:1.14.2')).toBe('1.14.2');
    expect(imageTag('localhost:5000/busybox')).toBe('latest');
    expect(imageTag('localhost:5000/busybox:1.36')).toBe('1.36');
    expect(imageTag(`busybox@sha256:${'0'.repeat(64)}`)).toBe('');
    expect(imageTag(`busybox:1.36@sha256:${'0'.repeat(64)}`)).toBe('1.36');
  });

  it('the API server refuses a Deployment whose Pods would not restart, and bad policies', () => {
    const s = new Session({ seed: 1 });
    const apply = (spec: string, container = '') =>
      s.exec(
        `kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n${spec}      containers:\n      - name: nginx\n        image: nginx\n${container}EOF`,
      );
    let r = apply('      restartPolicy: Never\n');
    expect(r.status).toBe(1);
    expect(r.output).toBe(
      'The Deployment "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"\n',
    );
    r = apply('', '        imagePullPolicy: Sometimes\n');
    expect(r.output).toBe(
      'The Deployment "web" is invalid: spec.template.spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"\n',
    );
  });

  it('kubectl apply names the ReplicaSet and labels its Pods with the hash', () => {
    const s = new Session({ seed: 1 });
    const r = s.exec(
      "kubectl apply -f - <<'EOF'\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx-deployment\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: nginx\n  template:\n    metadata:\n      labels:\n        app: nginx\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.14.2\n        ports:\n        - containerPort: 80\nEOF",
    );
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('the Deployment controller makes ReplicaSet nginx-deployment-77bc6bd484');
    const pods = s.exec('kubectl get pods --show-labels').output.trim().split('\n').slice(1);
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p).toMatch(/^nginx-deployment-77bc6bd484-[bcdfghjklmnpqrstvwxz2456789]{5} /);
      expect(p).toMatch(/app=nginx,pod-template-hash=77bc6bd484$/);
    }
  });
});
