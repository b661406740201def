// Whether this browser has been here before: the page decides, before any chunk of the course
// arrives, whether to offer the course (a first visit) or just the editor (a returning visitor).

import { PROGRESS_KEY } from './keys.ts';

export const VISITED_KEY = 'netns-lab.visited';

/** A first visit: nothing of ours in this browser yet (no lab saved, no lesson begun, no choice made). */
export function firstVisit(): boolean {
  try {
    const s = globalThis.localStorage;
    if (!s) return false;
    return !s.getItem(VISITED_KEY) && !s.getItem(PROGRESS_KEY) && !s.getItem('netns-lab.autosave.v1');
  } catch {
    return false;
  }
}

export function markVisited(): void {
  try {
    globalThis.localStorage?.setItem(VISITED_KEY, '1');
  } catch {
    // not fatal
  }
}
