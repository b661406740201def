// The first page: the docker0 example runs in the worker and the topology is drawn from its snapshot.

import { expect, test } from '@playwright/test';
import { painted } from './waits.ts';

test('draws the docker0 example and shows its transcript', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  await page.goto('/');
  const topology = page.getByTestId('topology');
  await expect(topology).toBeVisible();
  await expect(page.getByTestId('status')).toContainText('2 namespaces');

  // The host frame, the two containers and the bridge.
  await expect(page.getByTestId('netns:host')).toBeVisible();
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await expect(page.getByTestId('netns:c2')).toBeVisible();
  const bridge = page.getByTestId('bridge::docker0');
  await expect(bridge).toBeVisible();
  await expect(bridge).toContainText('172.17.0.1/16');

  // Each container's eth0 with its address, MAC and state.
  const c1eth0 = page.getByTestId('port:c1:eth0');
  await expect(c1eth0).toContainText('172.17.0.2/16');
  await expect(c1eth0).toContainText('02:42:ac:11:00:02');
  await expect(c1eth0.getByTestId('link-state')).toHaveText('UP');
  await expect(page.getByTestId('port:c2:eth0')).toContainText('172.17.0.3/16');

  // One edge per veth pair, labelled with both ends; two bridge-port edges.
  const vethLabels = page.getByTestId('edge-label:veth');
  await expect(vethLabels).toHaveCount(2);
  await expect(vethLabels.filter({ hasText: 'veth1 ⇄ eth0' })).toBeVisible();
  await expect(vethLabels.filter({ hasText: 'veth2 ⇄ eth0' })).toBeVisible();
  await expect(topology.locator('.react-flow__edge-path.link-master')).toHaveCount(2);

  // The transcript ends with the ping across the bridge.
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText('$ ip netns exec c1 ping -c 1 172.17.0.3');
  await expect(transcript).toContainText(/64 bytes from 172\.17\.0\.3: icmp_seq=1 ttl=64 time=/);
  await expect(transcript).toContainText('1 packets transmitted, 1 received, 0% packet loss');

  expect(errors).toEqual([]);

  // Wait for fonts and the fitted viewport to settle before the picture.
  await painted(page);
  const shot = await page.screenshot({ path: testInfo.outputPath('first-page-1280x800.png') });
  await testInfo.attach('first-page-1280x800', { body: shot, contentType: 'image/png' });
  // The README's picture is taken by learner.spec.ts (the step view, with the packet on the canvas).
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows prefers-color-scheme', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByTestId('bridge::docker0')).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(11, 17, 32)');
    await expect(page.locator('.react-flow')).toHaveClass(/\bdark\b/);
    await painted(page);
    await page.screenshot({ path: testInfo.outputPath('first-page-dark-1280x800.png') });
  });
});
