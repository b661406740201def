// The English strings the page needs from its first drawing; the rest (the step view's, the course's,
// the capture section's) come on demand (en-rest.ts, loaded by index.ts's loadEnglish). en.ts is all of them.

import { k8sFirstEn } from '../k8s/i18n.first.en.ts';
import { courseToggleEn } from '../lessons/i18n.toggle.en.ts';
import { stepFirstEn } from '../step/i18n.first.en.ts';
import { editorFirstEn } from './editor.first.en.ts';
import { labEn } from './lab.en.ts';

export const enFirst = {
  ...editorFirstEn,
  ...stepFirstEn,
  ...labEn,
  ...courseToggleEn,
  ...k8sFirstEn,
  'app.tagline': 'Linux container networking, simulated',
  'app.language': 'Language',
  'status.idle': 'idle',
  'status.running': 'running',
  'status.error': 'error',
  'status.readyOne': '{namespaces} namespace · {links} links · t = {time} ms',
  'status.ready': '{namespaces} namespaces · {links} links · t = {time} ms',
  'transcript.title': 'Transcript',
  'transcript.meta': '{source} · {commands} commands',
  'canvas.starting': 'Starting the engine…',
  'canvas.failed': 'The engine failed: {error}',
};
