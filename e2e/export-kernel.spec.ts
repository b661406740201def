// Issue 4 §3: a topology built through the UI is exported, and the export runs on the real kernel
// in the conformance sandbox (conformance/record.sh --run); the pings there must print what the
// simulator prints for the same script. Needs root and unshare (as CI has); skipped otherwise.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { diffTranscripts } from '../conformance/transcript.ts';
import { Session } from '../src/shell/session.ts';
import { connect, dropItem, errorsOf, openPreset, shot, statusReady } from './editor-helpers.ts';

const kernelSandbox =
  process.getuid?.() === 0 &&
  spawnSync('unshare', ['-n', '-m', '-p', '-f', '--mount-proc', 'true']).status === 0;

test('a topology built in the editor, exported, pings on the real kernel as in the simulator', async ({
  page,
}, testInfo) => {
  test.skip(!kernelSandbox, 'needs root and unshare to run the export in a sandbox');
  const errors = errorsOf(page);
  await page.goto('/');
  await statusReady(page, 2);
  await openPreset(page, '(empty)');
  await statusReady(page, 0);

  // Two containers and a bridge, connected by dragging; the bridge gets the gateway address.
  await dropItem(page, 'container', { x: 0.15, y: 0.7 });
  await dropItem(page, 'container', { x: 0.55, y: 0.7 });
  const canvasBox = (await page.getByTestId('topology').boundingBox())!;
  const hostHead = (await page.getByTestId('netns:host').locator('.netns-head').boundingBox())!;
  await page.getByTestId('palette:bridge').dragTo(page.getByTestId('topology'), {
    targetPosition: { x: hostHead.x - canvasBox.x + 200, y: hostHead.y - 52 + 10 },
  });
  await expect(page.getByTestId('bridge::br0')).toBeVisible();
  for (const c of ['c1', 'c2']) {
    await connect(page, c, 'bridge::br0');
    await page.getByTestId('connect-create').click();
    await expect(page.getByTestId('connect-dialog')).toBeHidden();
  }
  await page.getByTestId('bridge::br0').click();
  await page.getByTestId('addr-new').fill('10.0.0.1/24');
  await page.getByTestId('addr-add').click();
  await expect(page.getByTestId('bridge::br0')).toContainText('10.0.0.1/24');

  await page.getByTestId('open-export').click();
  // The dialog's text arrives with the export (a task of the editor's queue): wait for it.
  await expect(page.getByTestId('export-text')).toHaveValue(/ip netns add c1/);
  const exported = await page.getByTestId('export-text').inputValue();
  await shot(page, testInfo, 'export-for-kernel-1280x800');

  // The export plus traffic, as a learner would run it after `sudo bash topo.sh`.
  const script = `${exported}ip netns exec c1 ping -c 2 -i 0.2 10.0.0.3\nip netns exec c2 ping -c 1 10.0.0.1\nip netns exec c1 ping -c 1 -W 1 10.0.0.9\n`;
  const file = testInfo.outputPath('topo-and-pings.sh');
  writeFileSync(file, script);
  const kernel = spawnSync('bash', ['conformance/record.sh', '--run', file], {
    encoding: 'utf8',
    timeout: 90_000,
  });
  expect(kernel.status, kernel.stderr).toBe(0);
  writeFileSync(testInfo.outputPath('kernel.txt'), kernel.stdout);

  const simulated = new Session({ seed: 1 }).run(script);
  writeFileSync(testInfo.outputPath('simulator.txt'), simulated);
  const { total, diffs } = diffTranscripts(kernel.stdout, simulated);
  expect(diffs, `blocks that differ (of ${total})`).toEqual([]);
  // The pings really ran on both sides.
  expect(kernel.stdout).toContain('2 packets transmitted, 2 received, 0% packet loss');
  expect(kernel.stdout).toContain('1 packets transmitted, 0 received, 100% packet loss');
  expect(errors).toEqual([]);
});
