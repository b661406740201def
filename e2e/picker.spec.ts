// Choosing among names that grow with the lab (Picker.tsx): past 100, a search field over a windowed
// list instead of a <select> of every namespace, opened and used by keyboard, in English and Chinese.

import { expect, test } from '@playwright/test';
import { emptyDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';

const N = 150;

function bigLab(): string {
  const out = ['ip link add br0 type bridge', 'ip link set br0 up'];
  for (let i = 1; i <= N; i++)
    out.push(
      `ip netns add ns${i}`,
      `ip link add h${i} type veth peer name eth0 netns ns${i}`,
      `ip link set h${i} master br0 up`,
      `ip -n ns${i} addr add 10.0.0.${i + 1}/16 dev eth0`,
      `ip -n ns${i} link set eth0 up`,
    );
  return `${out.join('\n')}\n`;
}

for (const lang of ['en', 'zh'] as const)
  test(`a ${N}-namespace lab: the send form's source is searched and picked by keyboard (${lang})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((l) => localStorage.setItem('netns-lab.lang', l), lang);
    await page.goto(`/${encodeShare({ ...emptyDocument('pick'), script: bigLab() })}`);
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-boxes', String(N));
    const from = page.getByTestId('send-from');
    // A button, not a <select> of 151 options.
    expect(await from.evaluate((e) => e.tagName)).toBe('BUTTON');
    await from.focus();
    await page.keyboard.press('Enter');
    const search = page.getByTestId('send-from-search');
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute(
      'placeholder',
      lang === 'en' ? `Type to filter ${N + 1} names` : `输入以筛选 ${N + 1} 个名称`,
    );
    // Only the rows in view are drawn.
    const list = page.getByTestId('send-from-list');
    expect(await list.getByRole('option').count()).toBeLessThan(25);
    // Typing filters; the exact name comes first, then the others that contain it.
    await search.pressSequentially('ns14');
    await expect(page.locator('.picker-count')).toHaveText(
      lang === 'en' ? `11 of ${N + 1}` : `${N + 1} 个中的 11 个`,
    );
    await expect(list.getByRole('option').first()).toHaveText('ns14');
    await expect(list.getByRole('option', { selected: true })).toHaveText('ns14');
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('option', { selected: true })).toHaveText('ns140');
    await expect(search).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Enter');
    await expect(from).toHaveAttribute('data-value', 'ns140');
    await expect(from).toBeFocused();
    await expect(search).toHaveCount(0);
    // Escape closes without changing it; PageDown moves a page; nothing matches: said so.
    await page.keyboard.press('Enter');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await expect(from).toHaveAttribute('data-value', 'ns140');
    await page.keyboard.press('Enter');
    await page.keyboard.press('PageDown');
    await expect(list.getByRole('option', { selected: true })).toHaveText('ns149');
    await page.keyboard.press('Enter');
    await expect(from).toHaveAttribute('data-value', 'ns149');
    await from.click();
    await search.fill('nothing-like-it');
    await expect(page.locator('.picker-count')).toHaveText(
      lang === 'en' ? 'No name matches' : '没有匹配的名称',
    );
    await page.keyboard.press('Escape');
    // A click on a row picks it too.
    await from.click();
    await search.fill('ns7');
    await list.getByRole('option', { name: 'ns77' }).click();
    await expect(from).toHaveAttribute('data-value', 'ns77');
    expect(errors).toEqual([]);
  });
