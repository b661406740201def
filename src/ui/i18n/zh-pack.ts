// Everything Chinese the UI shows, in one chunk loaded on demand (index.ts, loadLang): the interface
// strings, the trace catalogue and docker's and kubectl's notes. A page in English never downloads it.

export { TRACE_ZH } from './trace.zh.ts';
export { zh } from './zh.ts';

import { NOTES_EN } from './notes.en.ts';
import { NOTES_ZH } from './notes.zh.ts';
import { noteLocalizer } from './notes-match.ts';

/** docker's and kubectl's notes in Chinese (notes.ts). */
export const localizeNoteZh = noteLocalizer(NOTES_EN, NOTES_ZH);
