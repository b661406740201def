// The built-in example scripts. Each one is plain shell that also runs on a real Linux host, and each
// is exercised by src/worker/lab.test.ts. The editor opens them as presets (src/ui/doc/presets.ts).

import dockerMacvlan from './docker-macvlan.sh?raw';
import dockerModes from './docker-modes.sh?raw';
import dockerPublish from './docker-publish.sh?raw';
import docker0 from './docker0.sh?raw';
import flannelVxlan from './flannel-vxlan.sh?raw';
import k8sNetworkPolicy from './k8s-networkpolicy.sh?raw';
import k8sPodService from './k8s-pod-service.sh?raw';
import k8sTwoNodes from './k8s-two-nodes.sh?raw';
import manualBridge from './manual-bridge.sh?raw';
import masquerade from './masquerade.sh?raw';
import router from './router.sh?raw';
import vxlanOverlay from './vxlan-overlay.sh?raw';

export interface Example {
  /** File name under src/examples/. */
  file: string;
  title: string;
  script: string;
}

export const EXAMPLES: readonly Example[] = [
  { file: 'docker0.sh', title: 'Docker bridge network: docker0 with two containers', script: docker0 },
  {
    file: 'manual-bridge.sh',
    title: 'Manual recipe: two namespaces on a bridge (ip + brctl)',
    script: manualBridge,
  },
  { file: 'router.sh', title: 'Two subnets joined by a router namespace', script: router },
  {
    file: 'masquerade.sh',
    title: 'A container reaching an outside network through MASQUERADE',
    script: masquerade,
  },
  {
    file: 'vxlan-overlay.sh',
    title: 'Two nodes with a VXLAN overlay between their bridges (Docker-overlay style)',
    script: vxlanOverlay,
  },
  {
    file: 'flannel-vxlan.sh',
    title: 'A two-node Flannel VXLAN cluster with cni0 on each node',
    script: flannelVxlan,
  },
  { file: 'docker-publish.sh', title: 'Docker: two containers and -p 8080:80', script: dockerPublish },
  { file: 'docker-modes.sh', title: 'Docker network modes side by side', script: dockerModes },
  { file: 'docker-macvlan.sh', title: 'Docker: a macvlan network', script: dockerMacvlan },
  {
    file: 'k8s-pod-service.sh',
    title: 'Kubernetes: two Pods (CNI bridge plugin) and a ClusterIP Service (kube-proxy iptables)',
    script: k8sPodService,
  },
  {
    file: 'k8s-networkpolicy.sh',
    title: 'Kubernetes: NetworkPolicy (default deny, allow frontend → api:8080) by kube-router',
    script: k8sNetworkPolicy,
  },
  {
    file: 'k8s-two-nodes.sh',
    title: 'Kubernetes: two nodes (Flannel VXLAN), a Deployment and a NodePort Service across them',
    script: k8sTwoNodes,
  },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
