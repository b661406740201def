// The built-in example scripts. Each one is plain shell that also runs on a real Linux host, and each
// is exercised by src/worker/lab.test.ts. The editor opens them as presets (src/ui/doc/presets.ts);
// their names and titles are in list.ts, which the page loads without the scripts.

import dockerMacvlan from './docker-macvlan.sh?raw';
import dockerModes from './docker-modes.sh?raw';
import dockerPublish from './docker-publish.sh?raw';
import docker0 from './docker0.sh?raw';
import flannelVxlan from './flannel-vxlan.sh?raw';
import k8sNetworkPolicy from './k8s-networkpolicy.sh?raw';
import k8sPodService from './k8s-pod-service.sh?raw';
import k8sTwoNodes from './k8s-two-nodes.sh?raw';
import { EXAMPLE_NAMES, type ExampleName } from './list.ts';
import manualBridge from './manual-bridge.sh?raw';
import masquerade from './masquerade.sh?raw';
import router from './router.sh?raw';
import vxlanOverlay from './vxlan-overlay.sh?raw';

export interface Example extends ExampleName {
  script: string;
}

const SCRIPTS: Record<string, string> = {
  'docker0.sh': docker0,
  'manual-bridge.sh': manualBridge,
  'router.sh': router,
  'masquerade.sh': masquerade,
  'vxlan-overlay.sh': vxlanOverlay,
  'flannel-vxlan.sh': flannelVxlan,
  'docker-publish.sh': dockerPublish,
  'docker-modes.sh': dockerModes,
  'docker-macvlan.sh': dockerMacvlan,
  'k8s-pod-service.sh': k8sPodService,
  'k8s-networkpolicy.sh': k8sNetworkPolicy,
  'k8s-two-nodes.sh': k8sTwoNodes,
};

export const EXAMPLES: readonly Example[] = EXAMPLE_NAMES.map((e) => ({ ...e, script: SCRIPTS[e.file] }));

export const DEFAULT_EXAMPLE = EXAMPLES[0];
