// Walking a lesson in the browser as a learner does: each section run, predictions answered (one
// wrongly when asked), exercises handed to the caller, checks run and waited for.

import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export interface SectionDef {
  id: string;
  kind: string;
  answer?: string;
  choices?: string[];
}
export const lessonDef = (dir: string): { sections: SectionDef[] } =>
  JSON.parse(readFileSync(`lessons/${dir}/lesson.json`, 'utf8'));

/** The ids of the lessons marked "coming" (none once the engine can teach them all). */
export const comingLessons = (): string[] =>
  readdirSync('lessons', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => JSON.parse(readFileSync(`lessons/${d.name}/lesson.json`, 'utf8')))
    .filter((l) => l.status === 'coming')
    .map((l) => l.id);

export async function type(page: Page, line: string) {
  await page.getByTestId('terminal-ns-host').click();
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input).not.toHaveAttribute('readonly');
}

/** The current section, once it is the `index`th. */
export async function at(page: Page, index: number, s: SectionDef) {
  await expect(page.getByTestId('lesson')).toHaveAttribute('data-index', String(index));
  const section = page.getByTestId(`section:${s.id}`);
  await expect(section).toBeVisible();
  return section;
}

/**
 * Goes through a lesson: runs each section; answers predictions (`wrong`: the one answered wrongly),
 * and hands each exercise to `solve`.
 */
export async function walk(
  page: Page,
  dir: string,
  opts: { wrong?: string; solve: (page: Page, section: ReturnType<Page['getByTestId']>) => Promise<void> },
) {
  const { sections } = lessonDef(dir);
  for (const [i, s] of sections.entries()) {
    const section = await at(page, i, s);
    if (s.kind === 'steps' || s.kind === 'table' || s.kind === 'packet') {
      await section.getByTestId('lesson-run').click();
      if (s.kind === 'packet') {
        const steps = section.getByTestId('lesson-step');
        await expect(steps.first()).toBeVisible();
        await steps.last().click();
        await expect(page.getByTestId('step-explanation')).toBeVisible();
        // The timeline marks the steps the lesson points at.
        await expect(page.locator('.step-event.lesson-mark').first()).toBeVisible();
      }
      if (s.kind === 'table') await expect(section.getByTestId('lesson-output')).not.toBeEmpty();
    } else if (s.kind === 'predict') {
      const wrong = opts.wrong === s.id;
      const choice = wrong ? s.choices!.find((c) => c !== s.answer)! : s.answer!;
      await section.getByTestId(`choice:${choice}`).check();
      await section.getByTestId('lesson-submit').click();
      await expect(section.getByTestId('predict-verdict')).toHaveAttribute('data-right', String(!wrong));
    } else if (s.kind === 'exercise') await opts.solve(page, section);
    const next = section.getByTestId('lesson-continue');
    await expect(next).toBeEnabled();
    await next.click();
  }
  await expect(page.getByTestId('lesson-complete')).toBeVisible();
}

/** Runs the checks and waits for this round's results. */
export async function runChecks(section: ReturnType<Page['getByTestId']>) {
  const results = section.getByTestId('check-results');
  const before = (await results.count()) ? Number(await results.getAttribute('data-checks')) : 0;
  await section.getByTestId('lesson-check').click();
  await expect(results).toHaveAttribute('data-checks', String(before + 1));
  return results;
}
