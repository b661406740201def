// Issue 9 §6: long engine work started from the page shows its progress and can be cancelled; the
// lab then is exactly as it was before the operation (the document, the export made from the engine,
// and the traffic run before it, whose steps come back), and goes on working. Screenshots of the busy bar in English and Chinese.

import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { errorsOf, shot, statusReady } from './editor-helpers.ts';

/** The export dialog's topo.sh, made from the engine's world; the dialog is closed again. */
async function exported(page: Page): Promise<string> {
  await page.getByTestId('open-export').click();
  const text = page.getByTestId('export-text');
  await expect(text).toHaveValue(/^#!\/bin\/bash/);
  const value = await text.inputValue();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  return value;
}

async function both(page: Page, testInfo: TestInfo, name: string) {
  await shot(page, testInfo, `${name}-en-1280x800`);
  await page.getByTestId('lang').selectOption('zh');
  await expect(page.getByTestId('busy-stats')).toContainText('个模拟事件');
  await shot(page, testInfo, `${name}-zh-1280x800`);
  await page.getByTestId('lang').selectOption('en');
}

/**
 * Traffic that keeps the engine busy for longer than the test can take even on a loaded machine:
 * three pings of 1,000,000 probes each in the background, then a day of sleep. (A ping without -c
 * stops after 10 s of virtual time, which a fast engine finished before Ctrl+C on a busy CI run; three
 * of 100,000 probes, about 1.1 million events, a faster engine finished before the page first read
 * the count on another. The trace keeps the last 100,000 events whatever the count.)
 */
const LONG = [
  'ping -i 0.01 -c 1000000 -q 172.17.0.3 > /dev/null &',
  'ping -i 0.01 -c 1000000 -q 172.17.0.1 > /dev/null &',
  'ping -i 0.01 -c 1000000 -q 172.17.0.3 > /dev/null &',
  'sleep 86400',
];

test('a long terminal line shows its progress; Ctrl+C cancels it and the lab is as before', async ({
  page,
}, testInfo) => {
  const errors = errorsOf(page);
  await page.goto('/');
  await statusReady(page, 2);
  await expect(page.getByTestId('step-event-0')).toBeVisible();
  const steps = await page.getByTestId('step-pos').innerText();
  const before = await exported(page);

  await page.getByTestId('dock-tab-terminal').click();
  await page.getByTestId('terminal-ns-c1').click();
  const input = page.getByTestId('terminal-input');
  await input.fill('ping -c 2 172.17.0.3');
  await input.press('Enter');
  for (const line of LONG.slice(0, -1)) {
    await expect(input).not.toHaveAttribute('readonly');
    await input.fill(line);
    await input.press('Enter');
  }
  await expect(input).not.toHaveAttribute('readonly');
  // The steps the traffic so far gave (the preset's own ping, then the terminal's).
  const stepPos = page.getByTestId('step-pos');
  const stepsNow = async () => {
    await page.getByTestId('dock-tab-steps').click();
    await expect(stepPos).not.toHaveText(steps);
    const text = await stepPos.innerText();
    await page.getByTestId('dock-tab-terminal').click();
    return text;
  };
  const traffic = await stepsNow();
  await input.fill(LONG.at(-1)!);
  await input.press('Enter');

  const busy = page.getByTestId('busy');
  await expect(busy).toBeVisible();
  await expect(page.getByTestId('busy-what')).toContainText('sleep 86400');
  // The simulation moves on while the page watches: the events counted grow.
  const events = async () =>
    Number((await page.getByTestId('busy-stats').innerText()).split(' ')[0].replace(/,/g, ''));
  const first = await events();
  await expect.poll(events).toBeGreaterThan(first);
  await both(page, testInfo, 'cancel-terminal');

  // Ctrl+C: the engine reads no message while it works, so the work is cancelled.
  await input.press('Control+c');
  await expect(busy).toHaveCount(0);
  const screen = page.getByTestId('terminal-screen');
  // Under the line itself: ^C as the tty echoes it, then what became of the lab.
  await expect(screen.locator('.terminal-out').last()).toHaveText(
    '^C\nnetns-lab: cancelled: the lab is back as it was before this command',
  );
  await expect(screen.locator('.terminal-cmd', { hasText: 'sleep 86400' })).toHaveCount(1);
  await expect(page.getByTestId('toast')).toContainText('Cancelled. Your lab is back as it was before');
  await statusReady(page, 2);
  expect(await exported(page)).toBe(before);
  // The traffic run before the cancelled line is run again: its steps are back.
  expect(await stepsNow()).toBe(traffic);

  // The lab goes on: a command in the terminal, an edit from the palette.
  await expect(input).not.toHaveAttribute('readonly');
  await input.fill('ping -c 1 172.17.0.3');
  await input.press('Enter');
  await expect(screen.locator('.terminal-out').last()).toContainText('1 packets transmitted, 1 received');
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await statusReady(page, 3);
  expect(errors).toEqual([]);
});

test('a long import shows the line it is on; Cancel leaves the document as it was', async ({
  page,
}, testInfo) => {
  const errors = errorsOf(page);
  await page.goto('/');
  await statusReady(page, 2);
  const before = await exported(page);
  const title = await page.getByTestId('doc-title').innerText();

  const script = [
    ...Array.from({ length: 40 }, (_, i) => `ip netns add n${i}`),
    'ip link add br0 type bridge',
    'ip link add v0 type veth peer name v1 netns n0',
    'ip addr add 10.9.0.1/24 dev v0',
    'ip -n n0 addr add 10.9.0.2/24 dev v1',
    'ip link set v0 up',
    'ip -n n0 link set v1 up',
    // Pings of 100,000 probes each (a ping without -c stops after 10 s of virtual time, which the
    // engine finished before Cancel on a busy fresh-clone CI run), then a day of sleep.
    'ping -i 0.01 -c 100000 -q 10.9.0.2 > /dev/null &',
    'ping -i 0.01 -c 100000 -q 10.9.0.1 > /dev/null &',
    'ping -i 0.01 -c 100000 -q 10.9.0.2 > /dev/null &',
    'sleep 86400',
  ].join('\n');
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-text').fill(script);
  await page.getByTestId('import-run').click();
  // The bar sits above the import dialog (a modal one), so Cancel can be reached.
  await expect(page.getByTestId('busy-what')).toContainText('line 50 of 50: sleep 86400');
  await expect(page.locator('.busy-meter')).toHaveAttribute('value', '49');
  await shot(page, testInfo, 'cancel-import-en-1280x800');
  await page.getByTestId('busy-cancel').click();
  await expect(page.getByTestId('busy')).toHaveCount(0);
  await expect(page.getByTestId('import-cancelled')).toContainText('Cancelled.');
  await expect(page.getByTestId('import-text')).toHaveValue(script); // the script stays to change
  await page.keyboard.press('Escape');
  await statusReady(page, 2);
  await expect(page.getByTestId('doc-title')).toHaveText(title);
  expect(await exported(page)).toBe(before);
  // Undo still goes back through the history the lab had.
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('netns:c3')).toHaveCount(0);
  expect(await exported(page)).toBe(before);
  expect(errors).toEqual([]);
});
