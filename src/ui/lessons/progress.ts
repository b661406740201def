// What the learner has done, kept in localStorage: per lesson, how far they got, their predictions
// and the exercises they solved. A damaged or foreign value is ignored, never trusted.

import { z } from 'zod';

import { PROGRESS_KEY } from './keys.ts';

export { PROGRESS_KEY };

const lessonProgress = z.object({
  /** The furthest section reached (index). */
  reached: z.number().int().min(0).max(99),
  done: z.boolean(),
  answers: z.record(z.string().max(64), z.string().max(64)),
  solved: z.array(z.string().max(64)).max(50),
});
export type LessonProgress = z.infer<typeof lessonProgress>;

const progressSchema = z.object({
  lessons: z.record(z.string().max(64), lessonProgress),
  /** The lesson open when the page was left (reopened on return), if any. */
  current: z.string().max(64).optional(),
});
export type Progress = z.infer<typeof progressSchema>;

export const NO_PROGRESS: Progress = { lessons: {} };

export function freshLesson(): LessonProgress {
  return { reached: 0, done: false, answers: {}, solved: [] };
}

export function loadProgress(): Progress {
  try {
    const raw = globalThis.localStorage?.getItem(PROGRESS_KEY);
    if (!raw) return NO_PROGRESS;
    const r = progressSchema.safeParse(JSON.parse(raw));
    return r.success ? r.data : NO_PROGRESS;
  } catch {
    return NO_PROGRESS;
  }
}

export function saveProgress(p: Progress): void {
  try {
    globalThis.localStorage?.setItem(PROGRESS_KEY, JSON.stringify(p));
  } catch {
    // storage may be unavailable (private mode): progress lasts for this page
  }
}
