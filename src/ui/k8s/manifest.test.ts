import { describe, expect, it } from 'vitest';
import type { ClusterView } from '../../shell/k8s/view.ts';
import { createLab } from '../../worker/lab.ts';
import {
  applyLines,
  type DeploymentDraft,
  type Draft,
  draftOf,
  fieldOfError,
  formErrors,
  manifestLines,
  manifestText,
  newDraft,
  newPeer,
  type PodDraft,
  type PolicyDraft,
  parseRulePort,
  type ServiceDraft,
  splitWords,
} from './manifest.ts';
import { readYaml } from './readYaml.ts';

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

  it('a paused Deployment: the form writes spec.paused either way, reads it back, and unpausing rolls out', async () => {
    const dep = { ...newDraft('Deployment', undefined), paused: true } as DeploymentDraft;
    expect(manifestText(dep)).toContain('\n  replicas: 2\n  paused: true\n');
    const first = await applied(applyLines(manifestText(dep)));
    expect(first.cluster!.pods).toHaveLength(0);
    expect(draftOf(first.cluster!, 'Deployment', 'web')).toEqual(dep);
    expect(readYaml(manifestText(dep))).toEqual({ draft: dep });
    const off = { ...dep, paused: false };
    const second = await applied(applyLines(manifestText(off)), applyLines(manifestText(dep)).join('\n'));
    expect(second.output).toContain('deployment.apps/web configured');
    expect(second.cluster!.pods.filter((p) => p.owner === 'web')).toHaveLength(2);
    expect(draftOf(second.cluster!, 'Deployment', 'web')).toEqual(off);
    expect(readYaml(manifestText(dep).replace('paused: true', 'paused: "yes"'))).toMatchObject({
      error: { key: 'k8s.yaml.type', params: { path: 'spec.paused', want: 'boolean' } },
    });
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
          containers: [{ name: 'app', image: 'nginx', ports: '99999', command: '', args: '' }],
        } as Draft,
        'spec.containers[0].ports',
      ],
      [
        {
          ...newDraft('Pod', undefined),
          containers: [{ name: 'app', image: 'mysql', ports: '', command: '', args: '' }],
        } as Draft,
        'spec.containers[0].image',
      ],
      [{ ...newDraft('Deployment', undefined), replicas: '-1' } as Draft, 'spec.replicas'],
      // A requirement's message lands under its own row (In without values; Exists with some).
      [
        {
          ...newDraft('NetworkPolicy', undefined),
          podSelectorExprs: [
            { key: 'tier', operator: 'Exists', values: '' },
            { key: 'role', operator: 'In', values: '' },
          ],
        } as Draft,
        'spec.podSelector.matchExpressions[1]',
      ],
      [
        {
          ...newDraft('NetworkPolicy', undefined),
          ingressRules: [
            {
              peers: [
                {
                  ...newPeer(),
                  namespacesExprs: [],
                  podsExprs: [{ key: 'a', operator: 'Exists', values: 'x' }],
                },
              ],
              ports: '',
            },
          ],
        } as Draft,
        'spec.ingress[0].from[0].podSelector.matchExpressions[0]',
      ],
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

  const twoRules: PolicyDraft = {
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
          { ...newPeer('ipBlock'), cidr: '10.22.0.0/16', except: '10.22.0.5/32, 10.22.0.6/32' },
        ],
        ports: 'TCP/8080, UDP/53',
      },
      { peers: [{ ...newPeer('podsInNamespaces'), pods: 'role=admin', namespaces: 'team=ops' }], ports: '' },
      { peers: [], ports: 'TCP/9000-9100' },
    ],
    egressRules: [
      { peers: [newPeer('namespaces')], ports: 'UDP/53' },
      { peers: [], ports: '' },
    ],
  };

  it('applies a policy of several rules, peers and ports, and reads it back into the same draft', async () => {
    const text = manifestText(twoRules);
    expect(text).toContain(
      [
        '  ingress:',
        '  - from:',
        '    - podSelector:',
        '        matchLabels:',
        '          role: "frontend"',
        '    - ipBlock:',
        '        cidr: "10.22.0.0/16"',
        '        except:',
        '        - "10.22.0.5/32"',
        '        - "10.22.0.6/32"',
        '    ports:',
        '    - protocol: TCP',
        '      port: 8080',
        '    - protocol: UDP',
        '      port: 53',
        '  - from:',
        '    - namespaceSelector:',
        '        matchLabels:',
        '          team: "ops"',
        '      podSelector:',
        '        matchLabels:',
        '          role: "admin"',
        '  - ports:',
        '    - protocol: TCP',
        '      port: 9000',
        '      endPort: 9100',
        '  egress:',
        '  - to:',
        '    - namespaceSelector: {}',
        '    ports:',
        '    - protocol: UDP',
        '      port: 53',
        '  - {}',
      ].join('\n'),
    );
    const { cluster, output, status } = await applied(applyLines(text));
    expect(status, output).toBe(0);
    const p = cluster!.policies.find((x) => x.name === 'api-in')!;
    expect(p.ingress).toHaveLength(3);
    expect(p.ingress[0].peers[1].ipBlock).toEqual({
      cidr: '10.22.0.0/16',
      except: ['10.22.0.5/32', '10.22.0.6/32'],
    });
    expect(p.ingress[2].ports).toEqual([{ protocol: 'TCP', port: 9000, endPort: 9100 }]);
    expect(p.egress[1]).toEqual({ peers: [], ports: [] });
    expect(draftOf(cluster!, 'NetworkPolicy', 'api-in')).toEqual(twoRules);
    // A direction without rules is a default deny: no "ingress:" key at all.
    const deny = { ...twoRules, ingressRules: [] };
    expect(manifestText(deny)).not.toMatch(/^ {2}ingress:/m);
    const r = await applied(applyLines(manifestText(deny)));
    expect(r.cluster!.policies[0].ingress).toEqual([]);
    expect(r.cluster!.policies[0].policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('puts a rule’s error under its peer or its ports', async () => {
    const withPeer = (peer: Partial<(typeof twoRules.ingressRules)[0]['peers'][0]>): PolicyDraft => ({
      ...twoRules,
      ingressRules: [twoRules.ingressRules[1], { peers: [{ ...newPeer('ipBlock'), ...peer }], ports: '' }],
    });
    const cases: [PolicyDraft, string][] = [
      [withPeer({ cidr: '10.0.0.0/33' }), 'spec.ingress[1].from[0].ipBlock.cidr'],
      [withPeer({ cidr: '10.0.0.0/8', except: '192.168.0.0/16' }), 'spec.ingress[1].from[0].ipBlock.except'],
      [{ ...twoRules, ingressRules: [{ peers: [], ports: 'TCP/70000' }] }, 'spec.ingress[0].ports'],
      [{ ...twoRules, egressRules: [{ peers: [], ports: 'TCP/90-80' }] }, 'spec.egress[0].ports'],
      [
        { ...twoRules, ingressRules: [{ peers: [{ ...newPeer(), pods: 'bad key=x' }], ports: '' }] },
        'spec.ingress[0].from[0].podSelector',
      ],
    ];
    for (const [d, field] of cases) {
      const r = await applied(applyLines(manifestText(d)));
      expect(r.status, r.output).not.toBe(0);
      expect(fieldOfError(r.output, manifestLines(d), fieldsOf(d)), r.output).toBe(field);
    }
  });

  it('runs a container’s command and args, and reads them back as the words it runs', async () => {
    const pod = newDraft('Pod', undefined) as PodDraft;
    pod.containers = [
      { name: 'app', image: 'nginx', ports: '80', command: '', args: '' },
      { name: 'box', image: 'busybox', ports: '', command: 'sh -c', args: "'sleep 3600'" },
    ];
    const text = manifestText(pod);
    expect(text).toContain('    command: ["sh","-c"]\n    args: ["sleep 3600"]');
    const { cluster, output, status } = await applied(applyLines(text));
    expect(status, output).toBe(0);
    const back = draftOf(cluster!, 'Pod', 'web') as PodDraft;
    expect(back.containers[1]).toEqual({ ...pod.containers[1], command: "sh -c 'sleep 3600'", args: '' });
    expect(back.containers[0]).toEqual(pod.containers[0]);
    // What netns-lab cannot run is said with its line, under the command's field.
    const bad = { ...pod, containers: [{ ...pod.containers[1], command: 'nc -l -p 80', args: '' }] };
    const r = await applied(applyLines(manifestText(bad)));
    expect(r.output).toMatch(/netns-lab: unsupported: the command of spec.containers\[0\]/);
    expect(fieldOfError(r.output, manifestLines(bad), fieldsOf(bad))).toBe('spec.containers[0].command');
  });

  it('reads the form’s own notation, and says what it cannot read under the field', () => {
    expect(splitWords(`sh -c 'sleep 3600'`)).toEqual(['sh', '-c', 'sleep 3600']);
    expect(splitWords(`echo "a \\"b\\"" c\\ d 'it'\\''s'`)).toEqual(['echo', 'a "b"', 'c d', "it's"]);
    expect(splitWords('  ')).toEqual([]);
    expect(splitWords(`sh -c 'sleep`)).toBeUndefined();
    expect(parseRulePort('TCP/8080')).toEqual({ protocol: 'TCP', port: '8080' });
    expect(parseRulePort('53/udp')).toEqual({ protocol: 'UDP', port: '53' });
    expect(parseRulePort('8000-8080')).toEqual({ protocol: undefined, port: '8000', endPort: '8080' });
    expect(parseRulePort('UDP')).toEqual({ protocol: 'UDP' });
    expect(parseRulePort('http')).toEqual({ protocol: undefined, port: 'http' });
    for (const bad of ['TCP/80/1', '80/81', 'TCP/UDP', 'TCP 80', '/80', '8080/'])
      expect(parseRulePort(bad), bad).toBeUndefined();
    const pod = newDraft('Pod', undefined) as PodDraft;
    pod.containers[0].command = 'sleep "1';
    expect(formErrors(pod)).toEqual({ 'spec.containers[0].command': { key: 'k8s.err.quote', params: {} } });
    const pol = { ...twoRules, ingressRules: [{ peers: [], ports: 'TCP/80, TCP 443' }] };
    expect(formErrors(pol)).toEqual({
      'spec.ingress[0].ports': { key: 'k8s.err.rulePort', params: { port: 'TCP 443' } },
    });
    // A direction the policy does not have is not written, so its rules are not checked.
    expect(formErrors({ ...pol, ingress: false })).toEqual({});
  });
});
