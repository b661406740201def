// Choosing in a Picker (src/ui/Picker.tsx): a native <select> on a small lab, a search field over a
// windowed list on a big one.

import { expect, type Page } from '@playwright/test';

export async function pick(page: Page, testId: string, value: string): Promise<void> {
  const control = page.getByTestId(testId);
  if (await control.evaluate((e) => e.tagName === 'SELECT')) {
    await control.selectOption(value);
    return;
  }
  await control.click();
  const search = page.getByTestId(`${testId}-search`);
  await search.fill(value);
  await search.press('Enter');
  await expect(control).toHaveAttribute('data-value', value);
}
