// Kubernetes objects on the canvas, drawn without moving any box: each Service as a small card in
// the host frame's header (its ClusterIP, every port as port→targetPort/protocol with its nodePort,
// and the Pods behind it) with faint wires, under every box, down to
// the Pods behind it; each NetworkPolicy as a badge on the border of the Pods it selects (dashed
// outline). A click selects the object: the inspector explains it (K8sInspector.tsx).

import './k8s.css';
import { useStore } from '@xyflow/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useEditor } from '../doc/editorStore.ts';
import { useT } from '../i18n/index.ts';
import { netnsId } from '../layout.ts';
import { useLab } from '../store.ts';
import { clusterOf, k8sId, serviceEndpoints } from './cluster.ts';

/** Stable strings out of the store, so a node re-renders only when what it shows changes. */
const useServices = () =>
  useLab((s) => {
    const c = clusterOf(s.snapshot);
    return c?.services.length ? JSON.stringify(c.services) : '';
  });

export function ServiceCards() {
  const t = useT();
  const json = useServices();
  const selected = useEditor((s) => s.selected);
  const cards = useRef<(HTMLButtonElement | null)[]>([]);
  // Where each card's wires leave from (its bottom centre, in the host frame's px).
  const [from, setFrom] = useState('');
  useLayoutEffect(() => {
    const xs = cards.current.map((b) =>
      b ? [b.offsetLeft + b.offsetWidth / 2, b.offsetTop + b.offsetHeight] : [0, 0],
    );
    setFrom(JSON.stringify(xs));
  });
  if (!json) return null;
  const services: Services = JSON.parse(json);
  return (
    <span className="k8s-svcs">
      {services.map((s, i) => {
        const eps = serviceEndpoints(s);
        const id = k8sId('Service', s.name);
        return (
          <button
            key={s.name}
            ref={(b) => {
              cards.current[i] = b;
            }}
            type="button"
            className={`k8s-svc nodrag nopan${selected === id ? ' selected' : ''}`}
            data-testid={`svc:${s.name}`}
            aria-label={t('k8s.svc.aria', { name: s.name, ip: s.clusterIP, count: eps.length })}
            title={s.ports
              .map((q, j) => `${s.clusterIP}:${q.port} → ${s.endpoints[j].join(', ') || '—'}`)
              .join('\n')}
            onClick={(e) => {
              e.stopPropagation();
              useEditor.getState().select(id);
            }}
          >
            <span className="k8s-svc-name">{t('k8s.svc.card', { name: s.name, ip: s.clusterIP })}</span>
            {s.ports.map((q) => {
              const params = { port: q.port, target: q.targetPort, proto: q.protocol };
              return (
                <span key={q.port} className="k8s-svc-port" data-testid={`svc-port:${s.name}:${q.port}`}>
                  {q.nodePort
                    ? t('k8s.svc.portNode', { ...params, nodePort: q.nodePort })
                    : t('k8s.svc.port', params)}
                </span>
              );
            })}
            <span className="k8s-svc-eps">
              {/* Several ports leave little room in the header: the Pods' count (their wires show which). */}
              {eps.length && s.ports.length > 1
                ? t(eps.length === 1 ? 'k8s.svc.toPod' : 'k8s.svc.toPods', { n: eps.length })
                : eps.length
                  ? t('k8s.svc.to', {
                      endpoints:
                        eps.length > 2 ? `${eps.slice(0, 2).join(', ')} +${eps.length - 2}` : eps.join(', '),
                    })
                  : t('k8s.svc.none')}
            </span>
          </button>
        );
      })}
      {from && <ServiceWires services={services} from={JSON.parse(from)} selected={selected} />}
    </span>
  );
}

type Services = NonNullable<ReturnType<typeof clusterOf>>['services'];

/**
 * Wires from each Service card down to the Pods behind it, drawn in the host frame under every box
 * (so they show in the gaps and never over a card's text). Absolute positions come from React Flow;
 * the host frame is at the origin.
 */
function ServiceWires(props: { services: Services; from: number[][]; selected: string | undefined }) {
  const pods = props.services.flatMap((s) => s.pods.map(netnsId)).join('\n');
  const boxes = useStore((st) => {
    const out: Record<string, [number, number, number]> = {};
    for (const id of pods.split('\n')) {
      const n = st.nodeLookup.get(id);
      if (n)
        out[id] = [
          n.internals.positionAbsolute.x,
          n.internals.positionAbsolute.y,
          n.width ?? n.measured.width ?? 0,
        ];
    }
    return JSON.stringify(out);
  });
  const at: Record<string, [number, number, number]> = JSON.parse(boxes);
  return (
    <svg className="k8s-svc-wires" aria-hidden="true">
      {props.services.flatMap((s, i) => {
        const [x0, y0] = props.from[i] ?? [0, 0];
        const on = props.selected === k8sId('Service', s.name);
        return s.pods.flatMap((pod) => {
          const b = at[netnsId(pod)];
          if (!b) return [];
          // Into the Pod's top edge right of its middle (its pair's wire comes down the middle).
          const x1 = b[0] + b[2] * 0.75;
          return [
            <path
              key={`${s.name}:${pod}`}
              className={on ? 'k8s-svc-wire on' : 'k8s-svc-wire'}
              d={`M ${x0} ${y0} C ${x0} ${(y0 + b[1]) / 2}, ${x1} ${(y0 + b[1]) / 2}, ${x1} ${b[1]}`}
            />,
          ];
        });
      })}
    </svg>
  );
}

/** The policies selecting the Pod in namespace `netns`, as a badge on its border. */
export function PolicyBadge({ netns }: { netns: string }) {
  const t = useT();
  const names = useLab((s) => {
    const c = clusterOf(s.snapshot);
    const pod = c?.pods.find((p) => p.netns === netns);
    return pod
      ? c!.policies
          .filter((p) => p.pods.includes(pod.name))
          .map((p) => p.name)
          .join(', ')
      : '';
  });
  if (!names) return null;
  const first = names.split(', ')[0];
  return (
    <button
      type="button"
      className="k8s-policy-badge nodrag nopan"
      data-testid={`policy-badge:${netns}`}
      aria-label={t('k8s.policy.badgeAria', { names })}
      title={t('k8s.policy.badgeAria', { names })}
      onClick={(e) => {
        e.stopPropagation();
        useEditor.getState().select(k8sId('NetworkPolicy', first));
      }}
    >
      {names.includes(', ')
        ? t('k8s.policy.badgeMany', { n: names.split(', ').length })
        : t('k8s.policy.badge', { names })}
    </button>
  );
}
