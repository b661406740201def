// Progress kept in localStorage: read back as written, and a damaged or foreign value is ignored
// rather than trusted (the course then starts fresh).

import { beforeEach, describe, expect, it } from 'vitest';
import { loadProgress, NO_PROGRESS, PROGRESS_KEY, saveProgress } from './progress.ts';
import { firstVisit, markVisited } from './visit.ts';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

describe('lesson progress', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
  });

  it('reads back what was saved', () => {
    const p = {
      lessons: { bridge: { reached: 3, done: false, answers: { x: 'flood' }, solved: [] } },
      current: 'bridge',
    };
    saveProgress(p);
    expect(loadProgress()).toEqual(p);
  });

  it('ignores a damaged or foreign value', () => {
    localStorage.setItem(PROGRESS_KEY, '{not json');
    expect(loadProgress()).toEqual(NO_PROGRESS);
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ lessons: { bridge: { reached: -1 } } }));
    expect(loadProgress()).toEqual(NO_PROGRESS);
  });

  it('a first visit is one with no saved lab, no progress and no choice made', () => {
    expect(firstVisit()).toBe(true);
    markVisited();
    expect(firstVisit()).toBe(false);
    localStorage.removeItem('netns-lab.visited');
    localStorage.setItem('netns-lab.autosave.v1', '{}');
    expect(firstVisit()).toBe(false);
  });
});
