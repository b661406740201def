// How an example script becomes a preset: its traffic (pings, sleeps) is not part of the document;
// it runs once after opening, so each preset opens already pinged. Pure, so Node (the e2e suite's
// reference exports) builds the very documents the page opens.

import type { Example } from '../../examples/index.ts';
import { scriptLines } from '../../shell/lexer.ts';
import { commandWords } from '../../shell/prefix.ts';
import { emptyDocument, type LabDocument } from './document.ts';

const ROLES: Record<string, LabDocument['roles']> = {
  'docker0.sh': { c1: { role: 'container' }, c2: { role: 'container' } },
  'manual-bridge.sh': {},
  'router.sh': { router: { role: 'router' } },
  'masquerade.sh': { outside: { role: 'outside' }, c1: { role: 'container' } },
  'vxlan-overlay.sh': {
    node1: { role: 'node' },
    node2: { role: 'node' },
    c1: { role: 'container' },
    c2: { role: 'container' },
  },
  'k8s-pod-service.sh': { web: { role: 'pod' }, client: { role: 'pod' } },
  'k8s-networkpolicy.sh': { api: { role: 'pod' }, frontend: { role: 'pod' } },
  'k8s-two-nodes.sh': {
    node1: { role: 'node' },
    node2: { role: 'node' },
    // The Deployment's Pods, named from the lab's seed.
    'web-7c7b9bdbc6-xsmx7': { role: 'pod' },
    'web-7c7b9bdbc6-c722t': { role: 'pod' },
  },
  'flannel-vxlan.sh': {
    node1: { role: 'node' },
    node2: { role: 'node' },
    pod1: { role: 'pod' },
    pod2: { role: 'pod' },
  },
  'docker-publish.sh': { web: { role: 'container' }, client: { role: 'container' } },
  'docker-modes.sh': { bridged: { role: 'container' }, isolated: { role: 'container' } },
  'docker-macvlan.sh': { mv: { role: 'container' } },
};

/** Commands that are traffic or waiting, not topology: kept out of an imported document. */
export function isTraffic(command: string): boolean {
  // A prompt or sudo pasted from a blog post is read past (shell/prefix.ts).
  let argv = commandWords(command);
  if (argv[0] === 'ip' && argv[1] === 'netns' && argv[2] === 'exec') argv = argv.slice(4);
  return argv[0] === 'ping' || argv[0] === 'sleep' || argv[0] === 'curl';
}

export interface Preset {
  example: Example;
  doc: LabDocument;
  traffic: string[];
}

export function presetOf(example: Example): Preset {
  const traffic = new Set(
    scriptLines(example.script)
      .filter((l) => isTraffic(l.text))
      .map((l) => l.line),
  );
  // Keep the example's comments; drop only its traffic lines (all single-line commands).
  const script = example.script
    .split('\n')
    .filter((_, i) => !traffic.has(i + 1))
    .join('\n');
  const doc: LabDocument = { ...emptyDocument(example.title), script, roles: ROLES[example.file] ?? {} };
  return {
    example,
    doc,
    traffic: scriptLines(example.script)
      .filter((l) => isTraffic(l.text))
      .map((l) => l.text),
  };
}
