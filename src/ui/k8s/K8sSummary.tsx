// What a Service and a NetworkPolicy do, in words, from the cluster the snapshot carries: a
// Service's endpoints (as kube-proxy balances over them), and what a policy allows (as kube-router
// enforces it), for the inspector.

import type { LabelSelector, NetpolPeer, NetpolRule } from '../../shell/k8s/view.ts';
import { useEditor } from '../doc/editorStore.ts';
import { Section } from '../editor/form.tsx';
import { type MessageKey, type Params, useT } from '../i18n/index.ts';

type T = (key: MessageKey, params?: Params) => string;

import { netnsId } from '../layout.ts';
import { useLab } from '../store.ts';
import { clusterOf } from './cluster.ts';

const labels = (s: Record<string, string>) =>
  Object.entries(s)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

function selectorText(s: LabelSelector): string {
  const exprs = s.matchExpressions.map((e) =>
    e.operator === 'Exists' || e.operator === 'DoesNotExist'
      ? `${e.operator === 'DoesNotExist' ? '!' : ''}${e.key}`
      : `${e.key} ${e.operator.toLowerCase()} (${e.values.join(', ')})`,
  );
  return [labels(s.matchLabels), ...exprs].filter(Boolean).join(', ');
}

/** The Pods a Service or policy is about, each a button that selects it on the canvas. */
function PodList({ pods, testId }: { pods: string[]; testId: string }) {
  return (
    <ul className="rows" data-testid={testId}>
      {pods.map((p) => (
        <li key={p}>
          <button
            type="button"
            className="btn k8s-pod-link"
            onClick={() => useEditor.getState().select(netnsId(p))}
          >
            {p}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ServiceEndpoints({ name }: { name: string }) {
  const t = useT();
  const svc = useLab((s) => clusterOf(s.snapshot)?.services.find((x) => x.name === name));
  if (!svc) return null;
  const none = svc.endpoints.every((e) => e.length === 0);
  return (
    <Section title={t('k8s.endpoints')}>
      <ul className="rows" data-testid="k8s-endpoints">
        {svc.ports.map((p, i) => (
          <li key={`${p.port}`}>
            <code>
              {svc.clusterIP}:{p.port} → {svc.endpoints[i].join(', ') || '—'}
            </code>
          </li>
        ))}
        {svc.type === 'NodePort' &&
          svc.ports.map((p) => (
            <li key={`np${p.nodePort}`}>
              <span className="muted">{t('k8s.svc.nodePort', { port: p.nodePort ?? '' })}</span>
            </li>
          ))}
      </ul>
      {none ? (
        <p className="insp-note">{t('k8s.noEndpoints')}</p>
      ) : (
        <PodList pods={svc.pods} testId="k8s-service-pods" />
      )}
    </Section>
  );
}

function peerText(tt: T, p: NetpolPeer): string {
  const parts: string[] = [];
  if (p.podSelector)
    parts.push(
      selectorText(p.podSelector)
        ? tt('k8s.policy.podsWith', { labels: selectorText(p.podSelector) })
        : tt('k8s.policy.everyPod'),
    );
  if (p.namespaceSelector)
    parts.push(tt('k8s.policy.namespaces', { labels: selectorText(p.namespaceSelector) || '*' }));
  if (p.ipBlock)
    parts.push(
      p.ipBlock.except.length
        ? tt('k8s.policy.except', { cidr: p.ipBlock.cidr, except: p.ipBlock.except.join(', ') })
        : tt('k8s.policy.ipBlock', { cidr: p.ipBlock.cidr }),
    );
  return parts.join(' ∩ ');
}

/** One sentence per rule (or the default deny when a direction has none), as kube-router enforces them. */
export function policySentences(
  tt: T,
  p: { policyTypes: string[]; ingress: NetpolRule[]; egress: NetpolRule[] },
): string[] {
  const out: string[] = [];
  for (const dir of ['Ingress', 'Egress'] as const) {
    if (!p.policyTypes.includes(dir)) continue;
    const rules = dir === 'Ingress' ? p.ingress : p.egress;
    if (!rules.length) out.push(tt(dir === 'Ingress' ? 'k8s.policy.ingressDeny' : 'k8s.policy.egressDeny'));
    for (const r of rules) {
      const peers = r.peers.length
        ? r.peers.map((x) => peerText(tt, x)).join('; ')
        : tt('k8s.policy.anyPeer');
      const ports = r.ports.length
        ? r.ports
            .map(
              (x) =>
                `${x.protocol}${x.port === undefined ? '' : `/${x.port}${x.endPort ? `-${x.endPort}` : ''}`}`,
            )
            .join(', ')
        : tt('k8s.policy.anyPort');
      out.push(tt(dir === 'Ingress' ? 'k8s.policy.ingressRule' : 'k8s.policy.egressRule', { peers, ports }));
    }
  }
  return out;
}

export function PolicyExplained({ name }: { name: string }) {
  const t = useT();
  const pol = useLab((s) => clusterOf(s.snapshot)?.policies.find((x) => x.name === name));
  if (!pol) return null;
  return (
    <Section title={t('k8s.selects')}>
      {pol.pods.length ? (
        <PodList pods={pol.pods} testId="k8s-policy-pods" />
      ) : (
        <p className="insp-note">{t('k8s.selectsNone')}</p>
      )}
      <ul className="k8s-rules" data-testid="k8s-policy-rules">
        {policySentences(t, pol).map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="insp-note">{t('k8s.policy.enforcer')}</p>
    </Section>
  );
}
