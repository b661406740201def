// What the page needs of the presets before one is picked: their names, and the default one, which
// opens on a first visit. The other scripts come as a chunk of their own when one is picked
// (presets.ts, with every preset; loadPresets).

import docker0 from '../../examples/docker0.sh?raw';
import { EXAMPLE_NAMES } from '../../examples/list.ts';
import { type Preset, presetOf } from './preset.ts';

export type { Preset } from './preset.ts';

export const PRESET_NAMES = EXAMPLE_NAMES;
export const DEFAULT_PRESET = presetOf({ ...EXAMPLE_NAMES[0], script: docker0 });

let all: Promise<readonly Preset[]> | undefined;
/** Every preset, in the order of PRESET_NAMES. */
export function loadPresets(): Promise<readonly Preset[]> {
  all ??= import('./presets.ts').then((m) => m.PRESETS);
  return all;
}

/** The preset of that file name, if there is one. */
export async function loadPreset(file: string): Promise<Preset | undefined> {
  return (await loadPresets()).find((p) => p.example.file === file);
}
