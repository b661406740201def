// The terminal: per-namespace shells that print exactly what the CLI prints, a topology change that
// redraws the canvas, traffic that joins the timeline, and history on the up arrow.

import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { Session } from '../src/shell/session.ts';

/** What the CLI prints for `line` after the docker0 example (the page opens the same preset). */
function cli(...lines: string[]): string[] {
  const s = new Session({ seed: 1 });
  s.run(readFileSync('src/examples/docker0.sh', 'utf8'));
  return lines.map((l) => s.exec(l).output);
}

async function type(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input).not.toHaveAttribute('readonly');
}

test('terminal per namespace: same output as the CLI, canvas updates, history', async ({
  page,
}, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  await expect(page.getByTestId('step-event-0')).toBeVisible();
  await page.getByTestId('dock-tab-terminal').click();

  const [neigh, fdb] = cli('ip netns exec c1 ip neigh', 'bridge fdb show');
  const screen = page.getByTestId('terminal-screen');
  await page.getByTestId('terminal-ns-c1').click();
  await type(page, 'ip neigh');
  await expect(screen.locator('.terminal-out').last()).toHaveText(neigh.trimEnd());
  expect(neigh).toContain('172.17.0.3 dev eth0 lladdr 02:42:ac:11:00:03 REACHABLE');

  await page.getByTestId('terminal-ns-host').click();
  await type(page, 'bridge fdb show');
  await expect(screen.locator('.terminal-out').last()).toHaveText(fdb.trimEnd());

  // Traffic from the terminal joins the timeline.
  await page.getByTestId('terminal-ns-c2').click();
  await type(page, 'ping -c 1 172.17.0.2');
  await expect(screen.locator('.terminal-out').last()).toContainText(
    '1 packets transmitted, 1 received, 0% packet loss',
  );
  await page.getByTestId('dock-tab-steps').click();
  // The timeline is windowed: scroll to its end, where the new command's steps are.
  const timeline = page.getByTestId('step-timeline');
  await timeline.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(timeline).toContainText('$ ip netns exec c2 ping -c 1 172.17.0.2');
  await page.getByTestId('dock-tab-terminal').click();
  await expect(screen).toContainText('1 packets transmitted'); // the screen survives switching tabs

  // A topology change becomes a line of the editor's document, and the canvas draws it.
  await page.getByTestId('terminal-ns-host').click();
  await type(page, 'ip link add br1 type bridge');
  await expect(page.getByTestId('bridge::br1')).toBeVisible();

  // Up arrow walks back through the history, down comes forward again.
  const input = page.getByTestId('terminal-input');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('ip link add br1 type bridge');
  await input.press('ArrowUp');
  await expect(input).toHaveValue('ping -c 1 172.17.0.2');
  await input.press('ArrowDown');
  await expect(input).toHaveValue('ip link add br1 type bridge');

  const shot = await page.screenshot({ path: testInfo.outputPath('terminal-1280x800.png') });
  await testInfo.attach('terminal', { body: shot, contentType: 'image/png' });
  expect(errors).toEqual([]);
});
