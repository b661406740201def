// English UI strings. Keys are grouped by the part of the UI that shows them.

import { k8sEn } from '../k8s/i18n.en.ts';
import { lessonsEn } from '../lessons/i18n.en.ts';
import { stepEn } from '../step/i18n.en.ts';
import { captureEn } from './capture.en.ts';
import { editorEn } from './editor.en.ts';
import { labEn } from './lab.en.ts';

export const en = {
  ...editorEn,
  ...stepEn,
  ...labEn,
  ...captureEn,
  ...lessonsEn,
  ...k8sEn,
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
