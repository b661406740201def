// Presets: the built-in examples opened as documents (preset.ts says how). The page loads this with
// the first preset picked; presetList.ts has what it needs before.

import { EXAMPLES } from '../../examples/index.ts';
import { presetOf } from './preset.ts';
import { DEFAULT_PRESET } from './presetList.ts';

export type { Preset } from './preset.ts';
export { DEFAULT_PRESET };

export const PRESETS = EXAMPLES.map((e) =>
  e.file === DEFAULT_PRESET.example.file ? DEFAULT_PRESET : presetOf(e),
);
