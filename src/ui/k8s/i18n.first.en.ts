// The Kubernetes strings the page shows from its first drawing (the palette's item); the forms' and
// the canvas marks' come with their chunks (i18n.en.ts, part of en-rest.ts).

export const k8sFirstEn = {
  'palette.k8s': 'Kubernetes',
  'palette.k8s.hint': 'A Pod, Deployment, Service or NetworkPolicy, applied with kubectl from a form',
} as const;
