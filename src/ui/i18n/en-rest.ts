// The English strings the first drawing does not need: the editor's inspectors' and dialogs', the step
// view's, the course's, the capture section's and the Kubernetes forms' and marks' (index.ts's
// loadEnglish adds them to the dictionary).

import { k8sEn } from '../k8s/i18n.en.ts';
import { lessonsEn } from '../lessons/i18n.en.ts';
import { stepEn } from '../step/i18n.en.ts';
import { captureEn } from './capture.en.ts';
import { editorEn } from './editor.en.ts';

export const enRest = { ...editorEn, ...stepEn, ...lessonsEn, ...captureEn, ...k8sEn };
