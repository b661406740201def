// The multi-node presets: each node drawn as a frame around its containers, the underlay between
// the frames and the VXLAN tunnel between the VTEPs; the preset's cross-node ping already traced,
// with the encapsulation and decapsulation steps in the timeline. Screenshots at both sizes, light
// and dark, English and Chinese.

import { expect, test } from '@playwright/test';
import { LANGS, openIn, settledZoom } from './learner-helpers.ts';
import { openPresetSettled } from './waits.ts';

const PRESETS = [
  { file: 'vxlan-overlay.sh', vx: 'vx0', members: ['c1', 'c2'] },
  { file: 'flannel-vxlan.sh', vx: 'flannel.1', members: ['pod1', 'pod2'] },
];

for (const p of PRESETS) {
  test(`${p.file}: two node frames, their containers inside, the VXLAN tunnel traced`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = await openIn(page, 'en');
    for (const lang of LANGS) {
      await page.getByTestId('lang').selectOption(lang);
      // The same preset opened again in the second language: wait for the new drawing, not the last.
      await openPresetSettled(page, p.file);
      for (const [i, node] of ['node1', 'node2'].entries()) {
        const frame = page.getByTestId(`netns:${node}`);
        await expect(frame).toBeVisible();
        // Both boxes in one look at the page (a re-fit between two reads would move one of them).
        const [f, m] = await page.evaluate(
          (ids) =>
            ids.map((id) =>
              document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect().toJSON(),
            ),
          [`netns:${node}`, `netns:${p.members[i]}`],
        );
        expect(m.x >= f.x && m.y >= f.y && m.x + m.width <= f.x + f.width + 1).toBe(true);
      }
      await expect(page.getByTestId('edge-label:vxlan')).toBeVisible();
      // The ping ran when the preset opened: its steps are listed.
      await expect(page.locator('.step-event').first()).toBeVisible();
      for (const [w, h] of [
        [1280, 800],
        [1920, 1080],
      ]) {
        await page.setViewportSize({ width: w, height: h });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await settledZoom(page);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: testInfo.outputPath(`${p.file.replace('.sh', '')}-${w}x${h}-${scheme}-${lang}.png`),
          });
        }
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    expect(errors).toEqual([]);
  });
}

test('palette: a node, and a container put on it from the inspector, drawn inside its frame', async ({
  page,
}, testInfo) => {
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('(empty)');
  await expect(page.getByTestId('bridge::docker0')).toHaveCount(0);
  await page.getByTestId('palette:node').click();
  const frame = page.getByTestId('netns:node1');
  await expect(frame).toBeVisible();
  await expect(page.getByTestId('bridge:node1:br0')).toBeVisible();
  await frame.locator('.netns-name').click();
  await page.getByTestId('node-add-container').click();
  await page.getByTestId('connect-create').click();
  const c1 = page.getByTestId('netns:c1');
  await expect(c1).toBeVisible();
  // Both boxes in one look at the page, until the drawing settles (the view re-fits for the new box):
  // two reads could straddle the fit and compare boxes drawn at two zooms.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const f = document.querySelector('[data-testid="netns:node1"]')!.getBoundingClientRect();
        const m = document.querySelector('[data-testid="netns:c1"]')!.getBoundingClientRect();
        return m.x >= f.x && m.y >= f.y && m.bottom <= f.bottom + 1;
      }),
    )
    .toBe(true);
  await page.screenshot({ path: testInfo.outputPath('node-with-container.png') });
  expect(errors).toEqual([]);
});
