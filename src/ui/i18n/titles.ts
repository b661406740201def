// A lab's title as the reader's language says it. A preset, a new empty lab or an imported script is
// stored under the title it was opened with (in whichever language the page had then); it is shown
// under its name in the current language. A title the user typed is shown as typed.

import { EXAMPLE_NAMES } from '../../examples/list.ts';
import { dictionaries, type Lang, type MessageKey, translate } from './index.ts';

const FIXED: MessageKey[] = ['bar.untitled', 'import.defaultTitle'];

export function shownTitle(title: string, lang: Lang): string {
  const preset = EXAMPLE_NAMES.find((e) => e.title === title || dictionaries.zh[presetKey(e.file)] === title);
  if (preset) return translate(lang, presetKey(preset.file));
  const fixed = FIXED.find((k) => dictionaries.en[k] === title || dictionaries.zh[k] === title);
  return fixed ? translate(lang, fixed) : title;
}

function presetKey(file: string): MessageKey {
  return `preset.${file}` as MessageKey;
}
