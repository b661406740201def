// A learner at 1280×800 following a blog post, in English and in Chinese (issue 10): namespaces named
// as the post names them, a bridge clicked in goes on the host, a refusal that can be dismissed and
// does not follow into other dialogs, the keyboard (← → step, Space plays, Delete asks first), focus
// that shows on the canvas, and terminal tabs that can be read in the light theme.

import { expect, test } from '@playwright/test';
import { LANGS, openIn } from './learner-helpers.ts';

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('names a namespace as the post does; a clicked bridge goes on the host', async ({ page }) => {
      const errors = await openIn(page, lang);
      await page.getByTestId('presets').selectOption('(empty)');
      await expect(page.getByTestId('status')).toContainText('0');
      await page.getByTestId('palette:container').click();
      // The new box is selected, and the inspector shows its name, to be typed over.
      const name = page.getByTestId('netns-name');
      await expect(name).toHaveValue('c1');
      await name.fill('ns1');
      await name.press('Enter');
      await expect(page.getByTestId('netns:ns1')).toBeVisible();
      await expect(page.getByTestId('transcript')).toContainText('$ ip netns add ns1');
      // Right after that, Bridge goes on the host, not into ns1.
      await page.getByTestId('palette:bridge').click();
      await expect(page.getByTestId('bridge::br0')).toBeVisible();
      await expect(page.getByTestId('transcript')).toContainText('$ ip link add br0 type bridge');
      // Renaming rewrites the lab's commands; the box keeps its place in the drawing.
      await page.getByTestId('netns:ns1').locator('.netns-name').click();
      await page.getByTestId('netns-name').fill('web');
      await page.getByTestId('netns-rename').click();
      await expect(page.getByTestId('netns:web')).toBeVisible();
      await expect(page.getByTestId('netns:ns1')).toHaveCount(0);
      await page.getByTestId('open-export').click();
      await expect(page.getByTestId('export-text')).toContainText('ip netns add web');
      expect(errors).toEqual([]);
    });

    test('a refusal can be dismissed and does not follow into the connect dialog', async ({ page }) => {
      const errors = await openIn(page, lang);
      await page.getByTestId('netns:c1').locator('.netns-name').click();
      await page.getByTestId('route-dst').fill('10.9.0.0/16');
      await page.getByTestId('route-via').fill('10.1.2.3');
      await page.getByTestId('route-add').click();
      const refused = page.getByTestId('refused');
      await expect(refused).toContainText('Error: Nexthop has invalid gateway.');
      await page.getByTestId('connect-to').selectOption('netns:c2');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByRole('dialog').getByTestId('refused')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await page.getByTestId('route-add').click();
      await expect(refused).toBeVisible();
      await page.getByTestId('refused-dismiss').click();
      await expect(refused).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('keys: arrows step, Space plays and pauses, Delete asks before deleting', async ({ page }) => {
      const errors = await openIn(page, lang);
      const explanation = page.getByTestId('step-explanation');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('ArrowRight');
      await expect(explanation).toHaveAttribute('data-seq', '0');
      await page.keyboard.press('ArrowRight');
      await expect(explanation).toHaveAttribute('data-seq', '1');
      await page.keyboard.press('ArrowLeft');
      await expect(explanation).toHaveAttribute('data-seq', '0');
      await page.keyboard.press(' ');
      await expect(page.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'true');
      await expect(explanation).not.toHaveAttribute('data-seq', '0');
      await page.keyboard.press(' ');
      await expect(page.getByTestId('step-play')).toHaveAttribute('aria-pressed', 'false');

      // A box reached with the keyboard shows that it has the focus; Delete asks first.
      await page.getByTestId('netns:c2').locator('.netns-name').click();
      const node = page.locator('.react-flow__node', { has: page.getByTestId('netns:c2') }).first();
      await node.focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      await expect(node).toBeFocused();
      const outline = await page
        .getByTestId('netns:c2')
        .evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth]);
      expect(outline).toEqual(['solid', '3px']);
      await page.keyboard.press('Delete');
      await expect(page.getByTestId('confirm-delete')).toBeFocused();
      await expect(page.getByTestId('confirm-delete')).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('netns:c2')).toHaveCount(0);
      expect(errors).toEqual([]);
    });

    test('Tab goes through the page once, each stop shows its focus; the step list is one stop', async ({
      page,
    }) => {
      const errors = await openIn(page, lang);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const stops: { id: string; ring: boolean }[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          // The ring may be drawn on the element, on the card inside a canvas node, or on the label
          // of a visually hidden file input.
          const shows = (x: Element | null | undefined) => {
            if (!x) return false;
            const cs = getComputedStyle(x);
            return (
              (cs.outlineStyle !== 'none' && Number.parseFloat(cs.outlineWidth) > 0) ||
              cs.boxShadow !== 'none'
            );
          };
          return {
            id: el.dataset.testid ?? `${el.tagName.toLowerCase()}.${el.className}`,
            ring: shows(el) || shows(el.firstElementChild) || shows(el.closest('label')),
          };
        });
        if (!stop || stops.some((s) => s.id === stop.id && s.id.startsWith('presets'))) break;
        stops.push(stop);
      }
      expect(stops.filter((s) => !s.ring)).toEqual([]);
      const steps = stops.filter((s) => s.id.startsWith('step-event-'));
      expect(steps.map((s) => s.id)).toEqual(['step-event-0']);
      // From the list, → steps and the focus follows the step.
      await page.getByTestId('step-event-0').focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', '0');
      await page.keyboard.press('ArrowRight');
      await expect(page.getByTestId('step-event-1')).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('step-event-1')).toBeFocused();
      // Enter in the destination sends.
      const form = page.getByTestId('send-form');
      const sends = Number(await form.getAttribute('data-sends'));
      await page.getByTestId('send-to').focus();
      await page.keyboard.press('Enter');
      await expect(form).toHaveAttribute('data-sends', String(sends + 1));
      expect(errors).toEqual([]);
    });

    test('terminal tabs can be read in the light theme', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await openIn(page, lang);
      await page.getByTestId('dock-tab-terminal').click();
      const tab = page.getByTestId('terminal-ns-c1');
      const ratio = await tab.evaluate((el) => {
        const rgb = (c: string) =>
          c
            .match(/\d+(\.\d+)?/g)!
            .slice(0, 3)
            .map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        let bg = 'rgba(0, 0, 0, 0)';
        for (let e: Element | null = el; e && /rgba\(.*, 0\)$/.test(bg); e = e.parentElement)
          bg = getComputedStyle(e).backgroundColor;
        const [a, b] = [lum(getComputedStyle(el).color), lum(bg)].sort((x, y) => y - x);
        return (a + 0.05) / (b + 0.05);
      });
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });
  });
}
