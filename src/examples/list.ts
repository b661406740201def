// The built-in examples' names and titles, without their scripts: what the page lists before any
// is opened (index.ts has the scripts; the editor loads them when one is picked).

export interface ExampleName {
  /** File name under src/examples/. */
  file: string;
  title: string;
}

export const EXAMPLE_NAMES = [
  { file: 'docker0.sh', title: 'Docker bridge network: docker0 with two containers' },
  { file: 'manual-bridge.sh', title: 'Manual recipe: two namespaces on a bridge (ip + brctl)' },
  { file: 'router.sh', title: 'Two subnets joined by a router namespace' },
  { file: 'masquerade.sh', title: 'A container reaching an outside network through MASQUERADE' },
  {
    file: 'vxlan-overlay.sh',
    title: 'Two nodes with a VXLAN overlay between their bridges (Docker-overlay style)',
  },
  { file: 'flannel-vxlan.sh', title: 'A two-node Flannel VXLAN cluster with cni0 on each node' },
  { file: 'docker-publish.sh', title: 'Docker: two containers and -p 8080:80' },
  { file: 'docker-modes.sh', title: 'Docker network modes side by side' },
  { file: 'docker-macvlan.sh', title: 'Docker: a macvlan network' },
  {
    file: 'k8s-pod-service.sh',
    title: 'Kubernetes: two Pods (CNI bridge plugin) and a ClusterIP Service (kube-proxy iptables)',
  },
  {
    file: 'k8s-networkpolicy.sh',
    title: 'Kubernetes: NetworkPolicy (default deny, allow frontend → api:8080) by kube-router',
  },
  {
    file: 'k8s-two-nodes.sh',
    title: 'Kubernetes: two nodes (Flannel VXLAN), a Deployment and a NodePort Service across them',
  },
] as const satisfies readonly ExampleName[];

export type ExampleFile = (typeof EXAMPLE_NAMES)[number]['file'];

/** The English page's names of the presets: their titles (i18n/editor.en.ts takes them from here). */
export const EXAMPLE_TITLES = Object.fromEntries(
  EXAMPLE_NAMES.map((e) => [`preset.${e.file}`, e.title]),
) as Record<`preset.${ExampleFile}`, string>;
