// Presets: the built-in examples opened as documents. The example's traffic (its pings) is not
// part of the document; it runs once after opening, so each preset opens already pinged.

import { DEFAULT_EXAMPLE, EXAMPLES, type Example } from '../../examples/index.ts';
import { scriptLines } from '../../shell/lexer.ts';
import { emptyDocument, type LabDocument } from './document.ts';
import { isTraffic } from './engine.ts';

const ROLES: Record<string, LabDocument['roles']> = {
  'docker0.sh': { c1: { role: 'container' }, c2: { role: 'container' } },
  'manual-bridge.sh': {},
  'router.sh': { router: { role: 'router' } },
  'masquerade.sh': { outside: { role: 'outside' }, c1: { role: 'container' } },
};

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

export const PRESETS: readonly Preset[] = EXAMPLES.map(presetOf);
export const DEFAULT_PRESET = presetOf(DEFAULT_EXAMPLE);
