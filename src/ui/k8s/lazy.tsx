// The Kubernetes inspector comes with the first Kubernetes object selected, not with the page, and
// with it the English strings it shows (i18n/index.ts, withEnglish).

import { lazy, Suspense } from 'react';
import { withEnglish } from '../i18n/index.ts';
import { useLab } from '../store.ts';
import { clusterOf } from './cluster.ts';

export const K8sInspector = lazy(() =>
  withEnglish(import('./K8sInspector.tsx')).then((m) => ({ default: m.K8sInspector })),
);

// The canvas marks (Service cards, policy badges) come once a lab has a cluster.
const Cards = lazy(() => withEnglish(import('./CanvasK8s.tsx')).then((m) => ({ default: m.ServiceCards })));
const Badge = lazy(() => withEnglish(import('./CanvasK8s.tsx')).then((m) => ({ default: m.PolicyBadge })));
const useCluster = () => useLab((s) => clusterOf(s.snapshot) !== undefined);

export function ServiceCards() {
  return useCluster() ? (
    <Suspense fallback={null}>
      <Cards />
    </Suspense>
  ) : null;
}

export function PolicyBadge({ netns }: { netns: string }) {
  return useCluster() ? (
    <Suspense fallback={null}>
      <Badge netns={netns} />
    </Suspense>
  ) : null;
}
