// The English strings the first drawing does not need: the step view's, the course's and the capture
// section's (index.ts's loadEnglish adds them to the dictionary).

import { lessonsEn } from '../lessons/i18n.en.ts';
import { stepEn } from '../step/i18n.en.ts';
import { captureEn } from './capture.en.ts';

export const enRest = { ...stepEn, ...lessonsEn, ...captureEn };
