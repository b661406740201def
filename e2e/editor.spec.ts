// The visual editor in real Chromium: build by dragging, connect, address, ping; import, export,
// reload, share links, undo/redo, and refusals that keep the user's work. Screenshots of each view
// land in the test output directory.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportScript } from '../src/shell/export.ts';
import { Session } from '../src/shell/session.ts';
import type { LabDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';
import { connect, dropItem, errorsOf, openPreset, shot, statusReady } from './editor-helpers.ts';
import { autosaved } from './waits.ts';

test('builds a topology by dragging and connecting, assigns an address and pings', async ({
  page,
}, testInfo) => {
  const errors = errorsOf(page);
  await page.goto('/');
  await statusReady(page, 2);
  await openPreset(page, '(empty)');
  await statusReady(page, 0);

  // Two containers and a bridge on the host, all dragged from the palette.
  await dropItem(page, 'container', { x: 0.15, y: 0.7 });
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await dropItem(page, 'container', { x: 0.55, y: 0.7 });
  await expect(page.getByTestId('netns:c2')).toBeVisible();
  // The bridge goes onto the host frame's header, so it is created in the host.
  const hostHead = (await page.getByTestId('netns:host').locator('.netns-head').boundingBox())!;
  await page.getByTestId('palette:bridge').dragTo(page.getByTestId('topology'), {
    targetPosition: {
      x: hostHead.x - (await page.getByTestId('topology').boundingBox())!.x + 200,
      y: hostHead.y - 52 + 10,
    },
  });
  await expect(page.getByTestId('bridge::br0')).toBeVisible();

  // c1 → br0: the dialog proposes eth0 inside, veth-c1 on the host, and an address.
  await connect(page, 'c1', 'bridge::br0');
  const dialog = page.getByTestId('connect-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('connect-a')).toHaveValue('eth0');
  await expect(page.getByTestId('connect-b')).toHaveValue('veth-c1');
  await expect(page.getByTestId('connect-a-addr')).toHaveValue('10.0.0.2/24');
  await page.getByTestId('connect-create').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('port:c1:eth0')).toContainText('10.0.0.2/24');

  // c2 → br0: the next free address on the bridge's subnet.
  await connect(page, 'c2', 'bridge::br0');
  await expect(page.getByTestId('connect-a-addr')).toHaveValue('10.0.0.3/24');
  await page.getByTestId('connect-create').click();
  await expect(page.getByTestId('edge-label:veth')).toHaveCount(2);
  await expect(page.getByTestId('port:c2:eth0').getByTestId('link-state')).toHaveText('UP');

  // Give the bridge an address in the inspector.
  await page.getByTestId('bridge::br0').click();
  await expect(page.getByTestId('inspect:link:host:br0')).toBeVisible();
  await page.getByTestId('addr-new').fill('10.0.0.1/24');
  await page.getByTestId('addr-add').click();
  await expect(page.getByTestId('bridge::br0')).toContainText('10.0.0.1/24');
  await shot(page, testInfo, 'editor-built-1280x800');

  // Ping c2 from c1 and the bridge from c2, with the one send control.
  await page.getByTestId('send-from').selectOption('c1');
  await page.getByTestId('send-to').fill('10.0.0.3');
  await page.getByTestId('send-go').click();
  await expect(page.getByTestId('send-result')).toHaveText(
    '1 packets transmitted, 1 received, 0% packet loss, time 0ms',
  );
  await expect(page.getByTestId('send-result')).toHaveClass(/\bok\b/);
  await expect(page.getByTestId('transcript')).toContainText('$ ip netns exec c1 ping -c 1 -W 1 10.0.0.3');
  await page.getByTestId('send-from').selectOption('c2');
  await page.getByTestId('send-to').fill('10.0.0.1');
  await page.getByTestId('send-go').click();
  await expect(page.getByTestId('transcript')).toContainText('64 bytes from 10.0.0.1: icmp_seq=1 ttl=64');
  await shot(page, testInfo, 'editor-ping-1280x800');
  expect(errors).toEqual([]);
});

test('bad input is refused on its field and the engine’s refusals are shown, keeping the lab', async ({
  page,
}) => {
  await page.goto('/');
  await statusReady(page, 2);
  await page.getByTestId('port:c1:eth0').click();
  const rename = page.getByTestId('rename');
  await rename.fill('a-very-long-name0');
  await rename.press('Enter');
  await expect(page.getByText('At most 15 bytes (IFNAMSIZ − 1), as the kernel requires.')).toBeVisible();
  await expect(rename).toHaveAttribute('aria-invalid', 'true');

  await page.getByTestId('addr-new').fill('172.17.0.3/16');
  await page.getByTestId('addr-add').click();
  await expect(page.getByText('172.17.0.3 is already used by c2 eth0.')).toBeVisible();

  // A gateway off every subnet: the kernel's own words, and the route is not added.
  await page.getByTestId('netns:c1').locator('.netns-head').click();
  await page.getByTestId('route-dst').fill('10.9.0.0/16');
  await page.getByTestId('route-via').fill('10.1.2.3');
  await page.getByTestId('route-add').click();
  await expect(page.getByTestId('refused')).toContainText('Error: Nexthop has invalid gateway.');
  await expect(page.getByTestId('routes')).not.toContainText('10.9.0.0/16');

  // A good rename goes through and the drawing follows.
  await page.getByTestId('port:c2:eth0').click();
  await page.getByTestId('rename').fill('lan0');
  await page.getByTestId('rename').press('Enter');
  await expect(page.getByTestId('port:c2:lan0')).toContainText('172.17.0.3/16');
  await expect(page.getByTestId('port:c2:lan0').getByTestId('link-state')).toHaveText('UP');
});

test('MAC and ageing fields apply on Enter; deleting what others depend on asks first', async ({ page }) => {
  await page.goto('/');
  await statusReady(page, 2);
  await page.getByTestId('port:c1:eth0').click();
  const mac = page.getByTestId('mac');
  await mac.fill('02:42:zz:11:00:02');
  await mac.press('Enter');
  await expect(mac).toHaveAttribute('aria-invalid', 'true');
  await mac.fill('02:42:ac:11:00:99');
  await mac.press('Enter');
  await expect(page.getByTestId('port:c1:eth0')).toContainText('02:42:ac:11:00:99');

  await page.getByTestId('bridge::docker0').click();
  await page.getByTestId('ageing').fill('500');
  await page.getByTestId('ageing').press('Enter');
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-text')).toHaveValue(/ageing_time 500/);
  await page.keyboard.press('Escape');

  // c2 still has eth0: the delete button asks, naming it, and only then deletes.
  await page.getByTestId('netns:c2').locator('.netns-head').click();
  await page.getByTestId('delete').click();
  await expect(page.getByRole('alert').filter({ hasText: 'eth0' })).toBeVisible();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('netns:c2')).toHaveCount(0);
  await statusReady(page, 1);
});

const RECIPE = readFileSync(new URL('../src/examples/manual-bridge.sh', import.meta.url), 'utf8');

test('imports the manual recipe, lists the lines it cannot apply, and draws the rest', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await statusReady(page, 2);
  await page.getByTestId('open-import').click();
  const script = `${RECIPE}ip link add dummy0 type dummy\nbrctl stp mybridge on\n`;
  await page.getByTestId('import-text').fill(script);
  await page.getByTestId('import-run').click();
  const report = page.getByTestId('import-report');
  const n = script.split('\n').length - 1;
  await expect(report).toContainText(`line ${n - 1}`);
  await expect(report).toContainText('ip link add dummy0 type dummy');
  await expect(report).toContainText(`line ${n}`);
  await shot(page, testInfo, 'editor-import-1280x800');
  await page.getByRole('button', { name: 'Close' }).click();

  await statusReady(page, 2);
  await expect(page.getByTestId('netns:ns1')).toBeVisible();
  await expect(page.getByTestId('netns:ns2')).toBeVisible();
  await expect(page.getByTestId('bridge::mybridge')).toContainText('2 ports');
  await expect(page.getByTestId('edge-label:veth').filter({ hasText: 'veth1 ⇄ veth1-peer' })).toBeVisible();
  await expect(page.getByTestId('port:ns2:veth2-peer')).toContainText('10.0.0.2/24');
  await expect(page.locator('.react-flow__edge-path.link-master')).toHaveCount(2);
});

test('exports what the engine exports for the same script, with a teardown', async ({ page }, testInfo) => {
  await page.goto('/');
  await openPreset(page, 'router.sh');
  await expect(page.getByTestId('netns:router')).toBeVisible();
  await page.getByTestId('open-export').click();
  const text = page.getByTestId('export-text');
  await expect(text).toHaveValue(/sudo bash topo\.sh/);
  const exported = await text.inputValue();

  // The same document through the engine in Node gives the same script, byte for byte.
  const doc = readFileSync(new URL('../src/examples/router.sh', import.meta.url), 'utf8').replace(
    /^ip netns exec left ping.*\n/m,
    '',
  );
  const s = new Session({ seed: 1 });
  s.run(doc);
  expect(exported).toBe(exportScript(s.world));
  await shot(page, testInfo, 'editor-export-1280x800');

  await page.getByTestId('export-tab-teardown').click();
  await expect(text).toHaveValue(/ip netns del left\nip netns del router\nip netns del right\n$/);
});

test('reload restores the lab exactly, positions included; undo and redo', async ({ page }) => {
  await page.goto('/');
  await statusReady(page, 2);
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('netns:c3')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('netns:c3')).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('netns:c3')).toBeVisible();

  // Move c1 by dragging its header; its place in flow coordinates is what must come back.
  const place = () =>
    page
      .locator('.react-flow__node[data-id="netns:c1"]')
      .evaluate((el) => (el as HTMLElement).style.transform);
  const start = await place();
  const head = (await page.getByTestId('netns:c1').locator('.netns-name').boundingBox())!;
  await page.mouse.move(head.x + 5, head.y + 5);
  await page.mouse.down();
  await page.mouse.move(head.x + 65, head.y + 45, { steps: 6 });
  await page.mouse.up();
  const moved = await place();
  expect(moved).not.toBe(start);
  await autosaved(page);

  await page.reload();
  await expect(page.getByTestId('netns:c3')).toBeVisible();
  await expect.poll(place).toBe(moved);
  // The history starts at what was restored.
  await expect(page.getByTestId('undo')).toBeDisabled();

  // Auto-layout forgets the move (c1 goes back to where the layout puts it); undo brings it back.
  await page.getByTestId('auto-layout').click();
  await expect.poll(place).toBe(start);
  await expect(page.getByTestId('auto-layout')).toBeDisabled();
  await page.getByTestId('undo').click();
  await expect.poll(place).toBe(moved);
});

test('a share link opens without touching the autosave until it is kept', async ({ page }, testInfo) => {
  await page.goto('/');
  await openPreset(page, 'router.sh');
  await expect(page.getByTestId('netns:router')).toBeVisible();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);

  // The user's own lab is docker0 again; the link must not replace it.
  await openPreset(page, 'docker0.sh');
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await autosaved(page);
  await page.goto(link);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(page.getByTestId('netns:router')).toBeVisible();
  await shot(page, testInfo, 'editor-shared-1280x800');
  await page.goto('/');
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);

  // Discard goes back to the user's lab; Keep makes the shared one theirs.
  await page.goto(link);
  await page.getByTestId('shared-discard').click();
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(link);
  await page.getByTestId('shared-keep').click();
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByTestId('netns:router')).toBeVisible();
});

test('hostile links and foreign files are refused and the lab stays as it was', async ({ page }) => {
  const errors = errorsOf(page);
  await page.goto('/#share=AAAA');
  await expect(page.getByTestId('toast')).toContainText(
    'The shared link was not opened: the link is damaged',
  );
  await expect(page.getByTestId('netns:c1')).toBeVisible();
  await page.getByTestId('open-file').setInputFiles({
    name: 'foreign.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"nodes": []}'),
  });
  await expect(page.getByTestId('toast')).toContainText('nothing was changed: not a netns-lab file');
  await expect(page.getByTestId('netns:c1')).toBeVisible();

  // A link whose names carry shell syntax: opened, drawn as text, exported quoted.
  const evil = {
    version: 1,
    title: '<img src=x onerror=alert(1)>',
    seed: 1,
    positions: {},
    roles: {},
    script: "ip netns add 'x;$(reboot)'\n",
  };
  await page.goto(`/${encodeShare(evil as LabDocument)}`);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(page.getByTestId('netns:x;$(reboot)')).toBeVisible();
  await expect(page.getByTestId('doc-title')).toHaveText(evil.title);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-text')).toHaveValue(/\nip netns add 'x;\$\(reboot\)'\n/);
  expect(errors).toEqual([]);
});

test('the iptables rule editor: without MASQUERADE the outside is unreachable; undo brings it back', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await openPreset(page, 'masquerade.sh');
  await expect(page.getByTestId('netns:outside')).toBeVisible();
  await page.getByTestId('netns:host').locator('.netns-head').first().click();
  const rules = page.getByTestId('iptables-rules');
  await expect(rules).toContainText('-t nat -A POSTROUTING -s 172.18.0.0/16 -o uplink -j MASQUERADE');
  const ping = async () => {
    await page.getByTestId('send-from').selectOption('c1');
    await page.getByTestId('send-to').fill('198.51.100.2');
    await page.getByTestId('send-go').click();
  };
  await ping();
  await expect(page.getByTestId('send-result')).toContainText('1 received, 0% packet loss');
  await rules.getByRole('button').click();
  await expect(rules).not.toContainText('MASQUERADE');
  await ping();
  // What did not get through is said in the error colour.
  await expect(page.getByTestId('send-result')).toContainText('0 received, 100% packet loss');
  await expect(page.getByTestId('send-result')).toHaveClass(/\bbad\b/);

  // A rule with shell syntax in it is refused on the field; a real one is added.
  await page.getByTestId('ipt-spec').fill('-j ACCEPT; reboot');
  await page.getByTestId('ipt-add').click();
  await expect(page.getByText('no ;, |, $( or redirects')).toBeVisible();
  await page.getByTestId('ipt-table').selectOption('filter');
  await page.getByTestId('ipt-chain').selectOption('FORWARD');
  await page.getByTestId('ipt-spec').fill('-i br0 -p icmp -j DROP');
  await page.getByTestId('ipt-add').click();
  await expect(rules).toContainText('-A FORWARD -i br0 -p icmp -j DROP');
  await shot(page, testInfo, 'editor-iptables-1280x800');

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(rules).toContainText('MASQUERADE');
  await ping();
  await expect(page.getByTestId('send-result')).toContainText('1 received, 0% packet loss');
});

test('has no serious accessibility violations (axe), in English and in Chinese', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await statusReady(page, 2);
  await page.getByTestId('port:c1:eth0').click();
  const serious = async () => {
    const r = await new AxeBuilder({ page }).exclude('.step-dock').analyze();
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  };
  expect(await serious()).toEqual([]);
  await page.getByTestId('lang').selectOption('zh');
  await expect(page.getByRole('button', { name: '导入' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await shot(page, testInfo, 'editor-zh-1280x800');
  await page.getByTestId('open-import').click();
  expect(await serious()).toEqual([]);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  test('the editor is legible', async ({ page }, testInfo) => {
    await page.goto('/');
    await statusReady(page, 2);
    await page.getByTestId('netns:c1').locator('.netns-head').click();
    const r = await new AxeBuilder({ page }).exclude('.step-dock').withRules(['color-contrast']).analyze();
    expect(r.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    await shot(page, testInfo, 'editor-dark-1280x800');
  });

  test('a theme chosen in the top bar wins over the system and survives a reload', async ({ page }) => {
    await page.goto('/');
    await statusReady(page, 2);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect.poll(bg).toBe('rgb(11, 17, 32)');
    await page.getByTestId('theme').selectOption('light');
    await expect.poll(bg).toBe('rgb(244, 246, 249)');
    await expect(page.locator('.react-flow')).toHaveClass(/\blight\b/);
    await page.reload();
    await statusReady(page, 2);
    await expect.poll(bg).toBe('rgb(244, 246, 249)');
    await page.getByTestId('theme').selectOption('system');
    await expect.poll(bg).toBe('rgb(11, 17, 32)');
  });
});
