// Presets: the built-in examples opened as documents (preset.ts says how).

import { DEFAULT_EXAMPLE, EXAMPLES } from '../../examples/index.ts';
import { type Preset, presetOf } from './preset.ts';

export type { Preset } from './preset.ts';

export const PRESETS: readonly Preset[] = EXAMPLES.map(presetOf);
export const DEFAULT_PRESET = presetOf(DEFAULT_EXAMPLE);
