// The Kubernetes inspector comes with the first Kubernetes object selected, not with the page.

import { lazy } from 'react';

export const K8sInspector = lazy(() =>
  import('./K8sInspector.tsx').then((m) => ({ default: m.K8sInspector })),
);
