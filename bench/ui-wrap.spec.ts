// Screenshots of the wrapped layout (issue 16): 100 containers on one bridge, and 100 on four, at
// fit-view in a 1280×800 window, in English (light) and Chinese (dark), for a person to look at.
// No figures; they land in the bench's output directory (test-results-PORT/…).

import { expect, test } from '@playwright/test';
import { emptyDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';

test.use({ trace: 'off', screenshot: 'off', viewport: { width: 1280, height: 800 } });

function lab(n: number, bridges: number): string {
  const out: string[] = [];
  for (let b = 0; b < bridges; b++) out.push(`ip link add br${b} type bridge`, `ip link set br${b} up`);
  for (let i = 1; i <= n; i++) {
    const b = (i - 1) % bridges;
    out.push(
      `ip netns add c${i}`,
      `ip link add v${i} type veth peer name eth0 netns c${i}`,
      `ip link set v${i} master br${b} up`,
      `ip -n c${i} addr add 10.${b}.0.${i + 1}/16 dev eth0`,
    );
  }
  return `${out.join('\n')}\n`;
}

for (const [lang, scheme] of [
  ['en', 'light'],
  ['zh', 'dark'],
] as const)
  for (const bridges of [1, 4])
    test(`100 namespaces on ${bridges} bridge(s), ${lang}, ${scheme}`, async ({ page }, info) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript((l) => localStorage.setItem('netns-lab.lang', l), lang);
      const doc = { ...emptyDocument(`100 on ${bridges}`), script: lab(100, bridges) };
      await page.goto(`/${encodeShare(doc)}`);
      await expect(page.getByTestId('status')).toContainText('100', { timeout: 120_000 });
      await expect(page.getByTestId('netns:c100')).toBeVisible({ timeout: 60_000 });
      await page.getByTestId('dock-toggle').click();
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node-netns').length >= 100);
      await page
        .getByRole('button', { name: /fit|适合|适应/i })
        .first()
        .click();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.screenshot({ path: info.outputPath(`wrap-100-on-${bridges}-${lang}-${scheme}.png`) });
    });
