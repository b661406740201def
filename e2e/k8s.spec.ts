// The Kubernetes preset: two Pods drawn as namespaces on cni0 (the CNI bridge plugin's bridge) and
// the kubectl commands that built them, with a Service whose ClusterIP answers TCP and not ping
// from the terminal. Screenshots at both sizes, light and dark, English and Chinese.

import { expect, test } from '@playwright/test';
import { LANGS, openIn, settledZoom } from './learner-helpers.ts';

test('k8s-pod-service.sh: Pods on cni0; TCP to the ClusterIP works, ping does not', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('presets').selectOption('k8s-pod-service.sh');
    await expect(page.getByTestId('netns:web')).toBeVisible();
    await expect(page.getByTestId('netns:client')).toBeVisible();
    await expect(page.getByTestId('bridge::cni0')).toBeVisible();
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
          path: testInfo.outputPath(`k8s-pod-service-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});
