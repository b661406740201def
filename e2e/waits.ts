// Waits on conditions the page exposes, never on fixed sleeps. Each reads everything it compares in
// one evaluation, so a value that moves on between two reads cannot leave a test waiting for a state
// that already passed (the read-then-wait race).

import { expect, type Page } from '@playwright/test';
import { presetFacts } from './node-lab.ts';

/**
 * The step the view shows, once its tables are the tables of that step: the explanation's data-seq
 * and the tables' data-at agree in one look at the DOM. Returns the seq.
 */
export async function settledStep(page: Page): Promise<string> {
  let seq = '';
  await expect
    .poll(
      async () => {
        const r = await page.evaluate(() => ({
          seq: document.querySelector('[data-testid="step-explanation"]')?.getAttribute('data-seq'),
          at: document.querySelector('[data-testid="live-tables"]')?.getAttribute('data-at'),
        }));
        seq = r.seq ?? '';
        return r.seq != null && r.seq === r.at;
      },
      { message: 'the step view and its tables agree' },
    )
    .toBe(true);
  return seq;
}

/**
 * Submits a send (the dock's form or a namespace's menu) with `submit` and waits until it finished:
 * the command ran, the trace was fetched and the view moved to its first step (the form counts
 * finished sends in data-sends).
 */
export async function sendAndSettle(page: Page, submit: () => Promise<void>): Promise<string> {
  const form = page.getByTestId('send-form');
  const before = Number(await form.getAttribute('data-sends'));
  await submit();
  await expect(form).toHaveAttribute('data-sends', String(before + 1));
  return settledStep(page);
}

/** Fonts loaded and the canvas' viewport unchanged over three painted frames: ready for a picture. */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
    const look = () => document.querySelector('.react-flow__viewport')?.getAttribute('style') ?? '';
    let last = look();
    for (let same = 0; same < 3; ) {
      await frame();
      const now = look();
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });
}

/** The autosave holds what is on screen: nothing pending, nothing failed. */
export const autosaved = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-autosave', 'saved');

/**
 * Opens a preset from the presets menu and waits until the page shows it: a new document opened (the
 * canvas' data-epoch moved), a new trace (the timeline's data-history moved), the canvas has exactly
 * its namespaces and the timeline all of its events, read in one look. Until then the canvas and the
 * timeline can still be the last lab's (the same preset's, when it is opened again), and a click lands
 * on the last lab's rows or boxes (so the screenshot and overlay tests failed under load in CI).
 */
export async function openPresetSettled(page: Page, file: string): Promise<void> {
  const facts = await presetFacts(file);
  const look = () =>
    page.evaluate(() => ({
      epoch: document.querySelector('[data-testid="topology"]')?.getAttribute('data-epoch'),
      history: document.querySelector('[data-testid="step-timeline"]')?.getAttribute('data-history'),
      namespaces: [...document.querySelectorAll('.react-flow__node [data-testid^="netns:"]')]
        .map((e) => e.getAttribute('data-testid')!.slice('netns:'.length))
        .filter((n) => n !== 'host')
        .sort(),
      events: document.querySelector('[data-testid="step-timeline"]')?.getAttribute('data-count'),
    }));
  const before = await look();
  await page.getByTestId('presets').selectOption(file);
  const want = { opened: true, namespaces: [...facts.namespaces].sort(), events: String(facts.events) };
  await expect
    .poll(
      async () => {
        const now = await look();
        return {
          opened: now.epoch !== before.epoch && now.history !== before.history,
          namespaces: now.namespaces,
          events: now.events,
        };
      },
      { message: `${file} is opened, drawn and its timeline complete` },
    )
    .toEqual(want);
}
