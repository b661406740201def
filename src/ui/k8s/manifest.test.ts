import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../shell/k8s/view.ts';
import { createLab } from '../../worker/lab.ts';
import {
  applyLines,
  type Draft,
  draftOf,
  fieldOfError,
  manifestLines,
  manifestText,
  newDraft,
  type ServiceDraft,
} from './manifest.ts';

/** Runs the lines a form appends on top of `script`; the engine's output and the cluster after. */
async function applied(lines: string[], script = '') {
  const lab = createLab();
  const r = await lab.replay([script, ...lines].filter(Boolean).join('\n'));
  const last = r.lines.at(-1)!;
  const cluster = (r.snapshot as { cluster?: ClusterView }).cluster;
  return { output: last.output, status: last.status, cluster };
}

const fieldsOf = (d: Draft) => [...new Set(manifestLines(d).flatMap((l) => (l.field ? [l.field] : [])))];

describe('Kubernetes forms', () => {
  it('apply the manifest a person would type, and read each object back into the same draft', async () => {
    const pod = newDraft('Pod', undefined);
    const svc = {
      ...newDraft('Service', undefined),
      type: 'NodePort',
      clusterIP: '10.96.0.20',
    } as ServiceDraft;
    svc.ports = [{ name: 'http', port: '80', targetPort: '80', nodePort: '30080' }];
    const dep = { ...newDraft('Deployment', undefined), name: 'api', labels: 'app=api, tier=back' } as Draft;
    const pol = newDraft('NetworkPolicy', undefined);
    const lines = [pod, svc, dep, pol].flatMap((d) => applyLines(manifestText(d)));
    expect(lines[0]).toBe("kubectl apply -f - <<'EOF'");
    const { cluster, output } = await applied(lines);
    expect(output).toMatch(/networkpolicy.networking.k8s.io\/allow-frontend created/);
    expect(cluster!.pods.map((p) => p.name)).toContain('web');
    expect(cluster!.pods.filter((p) => p.owner === 'api')).toHaveLength(2);
    for (const d of [pod, svc, dep, pol]) expect(draftOf(cluster!, d.kind, d.name)).toEqual(d);
    // The Service's endpoint is the Pod; the policy selects no Pod yet (none is labelled app=api…
    // but the Deployment's are).
    const s = cluster!.services.find((x) => x.name === 'web')!;
    expect(s.pods).toEqual(['web']);
    expect(s.endpoints[0]).toHaveLength(1);
    expect(cluster!.policies[0].pods).toHaveLength(2);
  });

  it("puts the API server's message next to the field it names", async () => {
    const svc = newDraft('Service', undefined) as ServiceDraft;
    svc.ports = [{ name: '', port: '80', targetPort: '80', nodePort: '20000' }];
    const cases: [Draft, string][] = [
      [svc, 'spec.ports[0].nodePort'],
      [{ ...svc, type: 'NodePort' }, 'spec.ports[0].nodePort'],
      [{ ...svc, ports: [{ name: '', port: '70000', targetPort: '', nodePort: '' }] }, 'spec.ports[0].port'],
      [{ ...svc, ports: [{ name: '', port: 'http', targetPort: '', nodePort: '' }] }, 'spec.ports[0].port'],
      [
        { ...svc, ports: [{ name: '', port: '80', targetPort: '', nodePort: '' }], clusterIP: '10.0.0.1' },
        'spec.clusterIP',
      ],
      [{ ...(newDraft('Pod', undefined) as Draft), name: 'Web_1' } as Draft, 'metadata.name'],
      [
        {
          ...newDraft('Pod', undefined),
          containers: [{ name: 'app', image: 'nginx', ports: '99999' }],
        } as Draft,
        'spec.containers[0].ports',
      ],
      [
        { ...newDraft('Pod', undefined), containers: [{ name: 'app', image: 'mysql', ports: '' }] } as Draft,
        'spec.containers[0].image',
      ],
      [{ ...newDraft('Deployment', undefined), replicas: '-1' } as Draft, 'spec.replicas'],
    ];
    for (const [d, field] of cases) {
      const r = await applied(applyLines(manifestText(d)));
      expect(r.status, r.output).not.toBe(0);
      expect(fieldOfError(r.output, manifestLines(d), fieldsOf(d)), r.output).toBe(field);
    }
  });

  it('ends the here-document where it should, whatever the manifest holds', () => {
    expect(applyLines('a: 1\nEOF\nb: 2', { kind: 'Pod', name: 'web' })).toEqual([
      'kubectl delete pod web',
      "kubectl apply -f - <<'MANIFEST'",
      'a: 1',
      'EOF',
      'b: 2',
      'MANIFEST',
    ]);
  });
});
