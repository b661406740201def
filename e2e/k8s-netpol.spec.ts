// The NetworkPolicy preset: kube-router's rules built by kubectl apply; from the terminal the
// frontend Pod reaches the api Pod on 8080 and is refused on 9090. Screenshots at both sizes,
// light and dark, English and Chinese.

import { expect, test } from '@playwright/test';
import { LANGS, openIn, settledZoom } from './learner-helpers.ts';

test('k8s-networkpolicy.sh: frontend → api:8080 allowed, :9090 refused by kube-router', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('presets').selectOption('k8s-networkpolicy.sh');
    await expect(page.getByTestId('netns:api')).toBeVisible();
    await expect(page.getByTestId('netns:frontend')).toBeVisible();
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
          path: testInfo.outputPath(`k8s-networkpolicy-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.getByTestId('dock-tab-terminal').click();
  const input = page.getByTestId('terminal-input');
  const screen = page.getByTestId('terminal-screen');
  await input.fill('kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 8080');
  await input.press('Enter');
  await expect(screen).toContainText('Connection to 10.22.0.2 8080 port [tcp/http-alt] succeeded!');
  await input.fill('kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 9090');
  await input.press('Enter');
  await expect(screen).toContainText('nc: connect to 10.22.0.2 port 9090 (tcp) failed: Connection refused');
  await page.screenshot({ path: testInfo.outputPath('k8s-networkpolicy-terminal.png') });
  expect(errors).toEqual([]);
});
