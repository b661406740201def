// The course's state on the page: whether it is open, which lesson and section, and what the learner
// did in each section this visit (outputs, choices, check results, hints shown). Progress that
// outlives the page is in progress.ts.

import { create } from 'zustand';
import type { CheckResult } from '../../lessons/lab.ts';
import type { StepEvent } from '../../worker/step-api.ts';
import type { Progress } from './progress.ts';

/** One command a section ran, and how it went. */
export interface Ran {
  command: string;
  output: string;
  ok: boolean;
}

export interface SectionRun {
  /** Running now. */
  busy?: boolean;
  /** Finished running (steps, predict, packet, table) or set up (exercise). */
  ran?: boolean;
  lines?: Ran[];
  chosen?: string;
  steps?: StepEvent[];
  results?: CheckResult[];
  /** How many checks have been run (the e2e and the learner see "checked again"). */
  checks?: number;
  hints?: number;
  solution?: boolean;
  error?: string;
}

export interface CourseState {
  /** off: the editor; list: the course's lessons; lesson: one lesson beside the canvas. */
  mode: 'off' | 'list' | 'lesson';
  lessonId?: string;
  /** The section the learner is at (earlier ones are shown above it). */
  index: number;
  runs: Record<string, SectionRun>;
  progress: Progress;
  /** The page is opening a lesson (its lab is being built). */
  opening: boolean;
  /** Steps a lesson points at: the timeline marks them. */
  marks: ReadonlySet<number>;
}

export const useCourse = create<CourseState>()(() => ({
  mode: 'off',
  index: 0,
  runs: {},
  // Read from localStorage when the course's chunk starts (actions.ts startCourse).
  progress: { lessons: {} },
  opening: false,
  marks: new Set(),
}));

/** Whether a lesson points at this step (the timeline's row marks it). */
export function useLessonMark(seq: number): boolean {
  return useCourse((s) => s.marks.has(seq));
}

export function patchRun(id: string, patch: Partial<SectionRun>): void {
  useCourse.setState((s) => ({ runs: { ...s.runs, [id]: { ...s.runs[id], ...patch } } }));
}
