// Stepping through packets on the docker0 preset: send a ping from c1 to c2, step through every event
// forward and back (identical views both ways), check explanations and the ARP and FDB rows that the
// steps changed, advance the virtual clock until the neighbour entry is STALE.

import { expect, type Page, test } from '@playwright/test';
import { presetEvents } from './node-lab.ts';
import { sendAndSettle, settledStep } from './waits.ts';

async function open(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  // The preset's own ping is already in the timeline.
  // The preset's own ping is in the timeline, all of it (as many events as the same lab in Node).
  await expect(page.getByTestId('step-timeline')).toHaveAttribute(
    'data-count',
    String(await presetEvents('docker0.sh')),
  );
  return errors;
}

/** What the view shows at the current step: explanation, packet and tables. */
async function view(page: Page) {
  return {
    explanation: await page.getByTestId('step-explanation').innerText(),
    packet: await page.getByTestId('packet-detail').innerText(),
    tables: await page.getByTestId('live-tables').innerText(),
    changed: await page.locator('[data-testid="live-tables"] .step-row.changed').allInnerTexts(),
  };
}

/** Waits until the view and its tables are at step `seq`. */
async function waitForStep(page: Page, seq: string) {
  await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', seq);
  await expect(page.getByTestId('live-tables')).toHaveAttribute('data-at', seq);
}

/** Waits until the view is at step `n` (1-based, of the visible steps) and returns its seq. */
async function waitForPosition(page: Page, n: number, total: number): Promise<string> {
  await expect(page.getByTestId('step-pos')).toHaveText(`step ${n} of ${total}`);
  return settledStep(page);
}

test('ping c1 → c2 and step through every event, forward and back', async ({ page }, testInfo) => {
  test.slow(); // 50 steps with a full look at each, on a shared 2-core machine
  const errors = await open(page);
  const timeline = page.getByTestId('step-timeline');
  const before = Number(await timeline.getAttribute('data-count'));

  await page.getByTestId('send-from').selectOption('c1');
  await page.getByTestId('send-to').fill('172.17.0.3');
  await sendAndSettle(page, () => page.getByTestId('send-go').click());
  await expect(page.getByTestId('send-result')).toHaveText(/1 packets transmitted, 1 received/);
  await expect.poll(async () => Number(await timeline.getAttribute('data-count'))).toBeGreaterThan(before);
  const total = Number(await timeline.getAttribute('data-count'));
  // The view went to the ping's first step: its route lookup in c1.
  await expect(page.getByTestId('step-pos')).toHaveText(`step ${before + 1} of ${total}`);
  const fresh = [await waitForPosition(page, before + 1, total)];
  await expect(page.getByTestId('step-explanation-text')).toContainText('route lookup for 172.17.0.3');
  // The same step explained in Chinese, from the event's message code, and back.
  await page.getByTestId('lang').selectOption('zh');
  await expect(page.getByTestId('step-explanation-text')).toContainText('路由查找 172.17.0.3：匹配');
  await page.getByTestId('lang').selectOption('en');
  await expect(page.getByTestId('step-explanation-text')).toContainText('route lookup for 172.17.0.3');
  // The current row is in the (windowed) list and marked.
  await expect(page.getByTestId(`step-event-${fresh[0]}`)).toHaveAttribute('aria-current', 'step');

  const forward = [await view(page)];
  for (let n = before + 2; n <= total; n++) {
    await page.getByTestId('step-forward').click();
    fresh.push(await waitForPosition(page, n, total));
    await expect(page.getByTestId(`step-event-${fresh.at(-1)}`)).toBeInViewport();
    forward.push(await view(page));
  }
  await expect(page.getByTestId('step-forward')).toBeDisabled();
  // Every step explains itself, and consecutive steps say different things.
  for (const [i, v] of forward.entries()) {
    expect(v.explanation.length, `step ${fresh[i]}`).toBeGreaterThan(20);
    if (i > 0) expect(v.explanation).not.toBe(forward[i - 1].explanation);
  }
  expect(forward.at(-1)!.explanation).toContain('echo reply seq 1 delivered to the ping');

  for (let i = fresh.length - 2; i >= 0; i--) {
    await page.getByTestId('step-back').click();
    await waitForStep(page, fresh[i]);
    expect(await view(page), `step ${fresh[i]} after stepping back`).toEqual(forward[i]);
  }
  const shot = await page.screenshot({ path: testInfo.outputPath('step-ping-1280x800.png') });
  await testInfo.attach('step-ping', { body: shot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('ARP and FDB rows that a step changed are highlighted; time makes the entry STALE', async ({
  page,
}, testInfo) => {
  const errors = await open(page);
  // The preset's ping: the first steps resolve 172.17.0.3 with ARP across docker0.
  await page.getByTestId('step-event-0').click();
  await waitForStep(page, '0');

  // Step to docker0 learning c1's MAC: the host's FDB row is new, and the canvas marks the bridge.
  let seq = 0;
  for (;;) {
    await page.getByTestId('step-forward').click();
    await waitForStep(page, String(++seq));
    if ((await page.getByTestId('step-explanation-text').innerText()).includes('learned 02:42:ac:11:00:02'))
      break;
  }
  const tables = page.getByTestId('live-tables');
  await expect(tables).toHaveAttribute('data-ns', 'host');
  await expect(tables.locator('.step-row.changed')).toHaveText([
    /^02:42:ac:11:00:02 dev veth1 master docker0/,
  ]);
  await expect(page.getByTestId('step-mark:link::docker0')).toBeVisible();

  // The flood that follows fans out of the bridge: the frame travels towards veth2.
  await page.getByTestId('step-forward').click();
  await waitForStep(page, String(++seq));
  await expect(page.getByTestId('step-explanation-text')).toContainText('floods it');
  await expect(page.getByTestId('step-edge:master:link::veth2->link::docker0')).toBeAttached();
  const flood = await page.screenshot({ path: testInfo.outputPath('step-flood-1280x800.png') });
  await testInfo.attach('step-flood', { body: flood, contentType: 'image/png' });

  // On to the ARP reply reaching c1: its neighbour entry goes INCOMPLETE → REACHABLE.
  for (;;) {
    await page.getByTestId('step-forward').click();
    await waitForStep(page, String(++seq));
    if ((await page.getByTestId('step-explanation-text').innerText()).includes('INCOMPLETE → REACHABLE'))
      break;
  }
  await expect(tables).toHaveAttribute('data-ns', 'c1');
  await expect(tables.locator('.step-row.changed')).toHaveText([
    /^172\.17\.0\.3 dev eth0 lladdr 02:42:ac:11:00:03 REACHABLE/,
  ]);
  // The arrival frame's packet detail names every ARP field, and a click highlights its bytes.
  await page.getByTestId('step-back').click();
  await waitForStep(page, String(seq - 1));
  await expect(page.getByTestId('layer-ARP')).toContainText('Sender MAC address');
  await page.getByTestId('field-ARP-Sender IP address').getByRole('button').click();
  await expect(page.locator('.hex-sel')).toHaveText([' ac 11 00 03']);

  // Advance the virtual clock: reachable_time is 15–45 s, so after a minute the entry is STALE.
  await page.getByTestId('tables-ns-c1').click();
  await page.getByTestId('advance-30').click();
  await expect(tables).toHaveAttribute('data-at', 'live');
  await page.getByTestId('advance-30').click();
  await expect(page.getByTestId('step-clock')).toContainText(/60[0-9]{3}\.\d{3} ms/);
  await expect(tables.getByTestId('table-neigh')).toContainText(
    '172.17.0.3 dev eth0 lladdr 02:42:ac:11:00:03 STALE',
  );
  const shot = await page.screenshot({ path: testInfo.outputPath('step-stale-1280x800.png') });
  await testInfo.attach('step-stale', { body: shot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});

test('the panel folds to its bar, giving the canvas the room, and stays folded after a reload', async ({
  page,
}) => {
  const errors = await open(page);
  const canvas = page.getByTestId('topology');
  const before = (await canvas.boundingBox())!.height;
  await page.getByTestId('dock-toggle').click();
  await expect(page.getByTestId('step-timeline')).toBeHidden();
  await expect(page.getByTestId('dock-toggle')).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(async () => (await canvas.boundingBox())!.height).toBeGreaterThan(before + 150);
  await page.reload();
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  await expect(page.getByTestId('step-timeline')).toBeHidden();
  await page.getByTestId('dock-toggle').click();
  await expect(page.getByTestId('step-timeline')).toBeVisible();
  expect(errors).toEqual([]);
});
