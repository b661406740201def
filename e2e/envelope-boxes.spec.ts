// The boxes envelopes are placed around are read once for all the envelopes of a step
// (step/boxCache.ts) and read again when anything drawn moves: placing one envelope moves its wire's
// label aside, and the envelope placed after it must see the label where it now is. On docker-macvlan's
// fifth step a cache that missed that move put the envelope over 'eth0 ⇄ up0'. A stale cache fails
// here; the every-step check of every preset is learner.spec.ts's.

import { expect, test } from '@playwright/test';
import { envelopeOverCards, envelopeOverLabels, openIn, settledZoom } from './learner-helpers.ts';
import { openPresetSettled } from './waits.ts';

for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
]) {
  test(`docker-macvlan at ${w}×${h}: each step's envelopes clear the labels and cards as they are after placing`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = await openIn(page, 'en');
    await openPresetSettled(page, 'docker-macvlan.sh');
    await settledZoom(page);
    await page.getByRole('button', { name: 'First step' }).click();
    const pos = page.getByTestId('step-pos');
    for (let i = 0; i < 12; i++) {
      if (i > 0) await page.getByTestId('step-forward').click();
      await expect(pos).toHaveText(new RegExp(`step ${i + 1} of`));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const where = `step ${i + 1}`;
      expect(await envelopeOverCards(page), where).toEqual([]);
      expect(await envelopeOverLabels(page), where).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}
