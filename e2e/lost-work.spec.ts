// Issue 9 §7, no lost work: an edit survives a reload made at once; a second tab does not overwrite
// the first one's autosave and says so, and can take saving over; a failing or missing IndexedDB is
// reported with a way to save a file; a dead engine worker is replaced, the lab replayed into it and
// the user told; and when it keeps dying, the part of the page that fails reports it (error
// boundary) while the lab stays. Screenshots in English and Chinese.

import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { shot, statusReady } from './editor-helpers.ts';
import { autosaved } from './waits.ts';

async function addContainer(page: Page, name: string) {
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId(`netns:${name}`)).toBeVisible();
}

/**
 * Ends the engine's worker thread from inside (as a crash would): the newest worker of the page,
 * as a dead one may still be listed for a moment. Waits until it is gone; returns its replacement
 * when `replaced` (none comes once the editor has given up).
 */
async function killEngine(page: Page, replaced = true) {
  const worker = page.workers().at(-1)!;
  const gone = new Promise((r) => worker.once('close', r));
  const next = replaced ? page.waitForEvent('worker') : undefined;
  await worker.evaluate(() => self.close()).catch(() => undefined);
  await gone;
  return next;
}

async function both(page: Page, testInfo: TestInfo, name: string) {
  await shot(page, testInfo, `${name}-en-1280x800`);
  await page.getByTestId('lang').selectOption('zh');
  await shot(page, testInfo, `${name}-zh-1280x800`);
  await page.getByTestId('lang').selectOption('en');
}

test('an edit followed at once by a reload is still there after it', async ({ page }) => {
  await page.goto('/');
  await statusReady(page, 2);
  await addContainer(page, 'c3');
  await page.reload(); // no wait at all: the change was journalled as it was made
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await statusReady(page, 3);
});

test('a second tab does not overwrite the first one’s autosave, says so, and can take saving over', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  await statusReady(page, 2);
  await addContainer(page, 'c3');
  await autosaved(page);

  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByTestId('netns:c3')).toBeVisible(); // it opened the first tab's lab
  const notice = second.getByTestId('save-notice');
  await expect(notice).toHaveAttribute('data-kind', 'save.otherTab');
  await expect(page.getByTestId('save-notice')).toHaveCount(0);
  // A change in the second tab is not saved over the first tab's lab.
  await second.getByTestId('presets').selectOption('router.sh');
  // The lab (the first tab's, with c3) is in no file: the second tab asks before replacing it.
  await second.getByTestId('replace-anyway').click();
  await expect(second.getByTestId('netns:router')).toBeVisible();
  await both(second, testInfo, 'save-other-tab');
  const third = await context.newPage();
  await third.goto('/');
  await expect(third.getByTestId('netns:c3')).toBeVisible();
  await third.close();

  // The second tab takes saving over: its lab is saved, and the first tab is told.
  await second.getByTestId('save-take-over').click();
  await expect(notice).toHaveCount(0);
  await autosaved(second);
  await expect(page.getByTestId('save-notice')).toHaveAttribute('data-kind', 'save.lostTab');
  await both(page, testInfo, 'save-lost-tab');
  const fourth = await context.newPage();
  await fourth.goto('/');
  await expect(fourth.getByTestId('netns:router')).toBeVisible();
  // Closing the saving tab hands saving to a waiting one, which then saves what it shows.
  await second.close();
  await fourth.close();
  await page.getByTestId('presets').selectOption('masquerade.sh');
  await page.getByTestId('replace-anyway').click();
  // The preset is on screen (its document committed) before saving is taken over: until then the tab's
  // last autosave still reads 'saved', and a reload would rightly bring back the lab before it.
  await expect(page.getByTestId('netns:outside')).toBeVisible();
  await expect(page.getByTestId('save-notice')).toHaveAttribute('data-kind', 'save.lostTab');
  await page.getByTestId('save-take-over').click();
  await expect(page.getByTestId('save-notice')).toHaveCount(0);
  await autosaved(page);
  await page.reload();
  await expect(page.getByTestId('netns:outside')).toBeVisible();
});

test('a full storage is reported, with a way to keep the lab as a file', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await statusReady(page, 2);
  await addContainer(page, 'c3');
  const notice = page.getByTestId('save-notice');
  await expect(notice).toHaveAttribute('data-kind', 'save.failed');
  await expect(notice).toContainText('QuotaExceededError: the quota has been exceeded');
  await both(page, testInfo, 'save-failed');
  const download = page.waitForEvent('download');
  await page.getByTestId('save-as-file').click();
  expect((await download).suggestedFilename()).toMatch(/\.netns-lab\.json$/);
});

test('without IndexedDB the page still works and says the lab is not being saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await page.goto('/');
  await statusReady(page, 2);
  await expect(page.getByTestId('save-notice')).toHaveAttribute('data-kind', 'save.failed');
  await addContainer(page, 'c3');
});

test('a dead engine is restarted from the lab and the user told; one that keeps dying is reported', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await statusReady(page, 2);
  await addContainer(page, 'c3');
  await killEngine(page);
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText('The engine stopped and was restarted from your lab');
  await both(page, testInfo, 'engine-restarted');
  // The lab is there and edits work on the new engine.
  await statusReady(page, 3);
  await addContainer(page, 'c4');
  await statusReady(page, 4);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-text')).toHaveValue(/\nip netns add c4\n/);
  await page.keyboard.press('Escape');

  // Three more deaths within a minute: it gives up, the status says so, and Export, which needs the
  // engine, fails inside the top bar's error boundary, which reports it and lets the user go on.
  await killEngine(page);
  await statusReady(page, 4); // the lab replayed into the new engine
  await killEngine(page);
  await statusReady(page, 4);
  await killEngine(page, false);
  await expect(toast).toContainText('The engine keeps stopping');
  await expect(page.getByTestId('status')).toContainText('error');
  await page.getByTestId('open-export').click();
  const report = page.getByTestId('crash-topbar');
  await expect(report).toContainText('Your lab and its autosave are untouched. The engine has stopped');
  await expect(page.getByTestId('netns:c4')).toBeVisible(); // the rest of the page stays
  await shot(page, testInfo, 'crash-report-en-1280x800');
  await report.getByTestId('crash-continue').click();
  await expect(page.getByTestId('presets')).toBeVisible();
  // In Chinese too (the language switch is in the top bar, so switch, then fail again).
  await page.getByTestId('lang').selectOption('zh');
  await page.getByTestId('open-export').click();
  await expect(report).toContainText('你的实验及其自动保存均未受影响');
  await shot(page, testInfo, 'crash-report-zh-1280x800');
  await report.getByTestId('crash-continue').click();
  await page.getByTestId('lang').selectOption('en');
  // The autosave was not touched: a reload brings the lab back on a fresh engine.
  await page.reload();
  await expect(page.getByTestId('netns:c4')).toBeVisible();
  await statusReady(page, 4);
});
