// Nothing lost (issue 10): a preset, an empty lab, a file or an import opened over work that is in no
// file asks first, in the reader's language; Cancel keeps the lab, "open without saving" can still be
// undone, "save as file" downloads the lab first. A preset over a preset, or over a lab saved as a
// file, opens at once. After a reload the question is still asked.

import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { LANGS, openIn } from './learner-helpers.ts';

const DOCKER0 = {
  en: 'Docker bridge network: docker0 with two containers',
  zh: 'Docker 网桥网络：docker0 与两个容器',
};

async function addContainer(page: Page, name: string) {
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId(`netns:${name}`)).toBeVisible();
}

for (const lang of LANGS) {
  test(`in ${lang}: opening over unsaved work asks first, and keeps the lab if told to`, async ({ page }) => {
    const errors = await openIn(page, lang);
    const ask = page.getByTestId('replace-dialog');
    // The preset as it came: another one opens at once.
    await page.getByTestId('presets').selectOption('router.sh');
    await expect(page.getByTestId('netns:router')).toBeVisible();
    await expect(ask).toHaveCount(0);
    await page.getByTestId('presets').selectOption('docker0.sh');
    await expect(page.getByTestId('netns:c1')).toBeVisible();
    await expect(page.getByTestId('doc-title')).toHaveText(DOCKER0[lang]);

    // Work: a third container. A preset now asks, naming the lab in the reader's language.
    await addContainer(page, 'c3');
    await page.getByTestId('presets').selectOption('router.sh');
    await expect(ask).toBeVisible();
    await expect(ask).toContainText(DOCKER0[lang]);
    await expect(ask.getByTestId('replace-save')).toBeFocused();
    await ask.getByTestId('replace-cancel').click();
    await expect(ask).toHaveCount(0);
    await expect(page.getByTestId('netns:c3')).toBeVisible();
    await expect(page.getByTestId('netns:router')).toHaveCount(0);

    // Escape is "go back" too; so is it for the empty lab and an import.
    await page.getByTestId('presets').selectOption('(empty)');
    await expect(ask).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ask).toHaveCount(0);
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-text').fill('ip netns add ns1');
    await page.getByTestId('import-run').click();
    await expect(ask).toBeVisible();
    await ask.getByTestId('replace-cancel').click();
    await expect(page.getByTestId('import-report')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('netns:c3')).toBeVisible();

    // Open without saving: the preset opens; Undo still brings the work back.
    await page.getByTestId('presets').selectOption('router.sh');
    await ask.getByTestId('replace-anyway').click();
    await expect(page.getByTestId('netns:router')).toBeVisible();
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('netns:c3')).toBeVisible();

    // After a reload (undo is gone then) the work is still not in a file: still asked.
    await page.reload();
    await expect(page.getByTestId('netns:c3')).toBeVisible();
    await page.getByTestId('presets').selectOption('masquerade.sh');
    await expect(ask).toBeVisible();
    // Save as file, then open: the download is the lab with c3, and the preset opens.
    const download = page.waitForEvent('download');
    await ask.getByTestId('replace-save').click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file.document.script).toContain('ip netns add c3');
    await expect(page.getByTestId('netns:outside')).toBeVisible();
    // Undone back to the saved lab, another preset opens at once: it is in a file.
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('netns:c3')).toBeVisible();
    await page.getByTestId('presets').selectOption('router.sh');
    await expect(page.getByTestId('netns:router')).toBeVisible();
    await expect(ask).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
