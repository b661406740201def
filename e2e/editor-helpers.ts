// Gestures the editor specs share: palette drops, connecting by dragging a handle, screenshots.

import { expect, type Page, type TestInfo } from '@playwright/test';
import { painted } from './waits.ts';

export const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
};

export async function shot(page: Page, testInfo: TestInfo, name: string) {
  await painted(page);
  const body = await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

export async function openPreset(page: Page, value: string) {
  await page.getByTestId('presets').selectOption(value);
}

/** Drags a palette item onto a point of the canvas given as fractions of its size (HTML5 DnD). */
export async function dropItem(page: Page, item: string, at: { x: number; y: number }) {
  const canvas = page.getByTestId('topology');
  const box = (await canvas.boundingBox())!;
  await page.getByTestId(`palette:${item}`).dragTo(canvas, {
    targetPosition: { x: box.width * at.x, y: box.height * at.y },
  });
}

/** Drags from a namespace's connect handle onto another node (mouse, as React Flow expects). */
export async function connect(page: Page, from: string, toTestId: string) {
  const h = await page.getByTestId(`connect:${from}`).boundingBox();
  const to = await page.getByTestId(toTestId).boundingBox();
  if (!h || !to) throw new Error('handle or target not on screen');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
}

export const statusReady = (page: Page, namespaces: number) =>
  expect(page.getByTestId('status')).toContainText(`${namespaces} namespace`);
