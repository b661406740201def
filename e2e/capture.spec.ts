// Capturing from the inspector: Start capture types `tcpdump -i docker0 -w docker0.pcap &` into the
// host's terminal, a ping from c1 passes through the promiscuous bridge, Stop captures types
// `pkill tcpdump`, Read types `tcpdump -r docker0.pcap -nn -e`, and Download gives the .pcap, which
// must parse and (when tshark is installed) open in tshark with the same packets. In English and
// Chinese, with screenshots at both sizes, light and dark.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parsePcap } from '../src/engine/wire/pcap.ts';
import { LANGS, openIn } from './learner-helpers.ts';

async function type(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  await expect(input).not.toHaveAttribute('readonly');
}

test('capture on a bridge from the inspector: start, traffic, stop, read, download', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  const screen = page.getByTestId('terminal-screen');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('bridge::docker0').click();
    const section = page.getByTestId('inspect:link:host:docker0').getByTestId('capture');
    await expect(section).toBeVisible();

    await section.getByTestId('capture-start').click();
    await expect(page.getByTestId('terminal-ns-host')).toHaveAttribute('aria-selected', 'true');
    await expect(screen).toContainText('tcpdump -i docker0 -w docker0.pcap &');
    await expect(screen).toContainText(
      'tcpdump: listening on docker0, link-type EN10MB (Ethernet), snapshot length 262144 bytes',
    );
    await expect(section.getByTestId('capture-running')).toContainText('docker0.pcap');

    // c1 → c2 is unicast between two ports: the capture sees it because it made docker0 promiscuous.
    await page.getByTestId('terminal-ns-c1').click();
    await type(page, 'ping -c 1 172.17.0.3');
    await expect(screen.locator('.terminal-out').last()).toContainText('1 packets transmitted, 1 received');

    await section.getByTestId('capture-stop').click();
    await expect(screen.locator('.terminal-out').last()).toContainText('2 packets captured');
    await expect(section.getByTestId('capture-running')).toHaveCount(0);
    const file = section.getByTestId('capture-file:docker0.pcap');
    await expect(file).toContainText(lang === 'en' ? '252 bytes' : '252 字节');

    await file.getByTestId('capture-read').click();
    const read = screen.locator('.terminal-out').last();
    await expect(read).toContainText('reading from file docker0.pcap, link-type EN10MB (Ethernet)');
    await expect(read).toContainText('172.17.0.2 > 172.17.0.3: ICMP echo request, id');
    await expect(read).toContainText('172.17.0.3 > 172.17.0.2: ICMP echo reply, id');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      file.getByTestId('capture-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('docker0.pcap');
    const path = testInfo.outputPath(`docker0-${lang}.pcap`);
    await download.saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    const pcap = parsePcap(bytes);
    expect(pcap.records).toHaveLength(2);
    const tshark = spawnSync('tshark', ['-r', path, '-T', 'fields', '-e', 'ip.src', '-e', 'icmp.type'], {
      encoding: 'utf8',
    });
    if (tshark.status === 0) expect(tshark.stdout).toBe('172.17.0.2\t8\n172.17.0.3\t0\n');
    else console.warn('capture.spec.ts: tshark is not installed; the .pcap was parsed only by netns-lab');

    await section.scrollIntoViewIfNeeded();
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: testInfo.outputPath(`capture-${w}x${h}-${scheme}-${lang}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});

test('capture on every device of a node (-i any) shows the VXLAN tunnel and the frames inside it', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('vxlan-overlay.sh');
  await page.getByTestId('netns:node1').locator('.netns-name').click();
  const section = page.getByTestId('inspect:netns:node1').getByTestId('capture');
  await section.getByTestId('capture-start').click();
  const screen = page.getByTestId('terminal-screen');
  await expect(screen).toContainText('tcpdump -i any -w node1-any.pcap &');
  await expect(screen).toContainText('tcpdump: data link type LINUX_SLL2');
  await page.getByTestId('terminal-ns-c1').click();
  await type(page, 'ping -c 1 10.0.0.2');
  await expect(screen.locator('.terminal-out').last()).toContainText('1 packets transmitted, 1 received');
  await section.getByTestId('capture-stop').click();
  await expect(section.getByTestId('capture-running')).toHaveCount(0);
  const file = section.getByTestId('capture-file:node1-any.pcap');
  await file.getByTestId('capture-read').click();
  const read = screen.locator('.terminal-out').last();
  await expect(read).toContainText('link-type LINUX_SLL2 (Linux cooked v2)');
  // The echo request bridged out of vx0, then the same frame inside UDP on the underlay.
  await expect(read).toContainText(
    /vx0 {3}Out ifindex \d+ [0-9a-f:]+ ethertype IPv4 \(0x0800\), length 104: 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request/,
  );
  await expect(read).toContainText(
    /eth0 {2}Out ifindex \d+ [0-9a-f:]+ ethertype IPv4 \(0x0800\), length 154: 192\.168\.50\.1\.\d+ > 192\.168\.50\.2\.4789: VXLAN, flags \[I\] \(0x08\), vni 100\n[0-9a-f:]+ > [0-9a-f:]+, ethertype IPv4 \(0x0800\), length 98: 10\.0\.0\.1 > 10\.0\.0\.2: ICMP echo request/,
  );
  await page.screenshot({ path: testInfo.outputPath('capture-any-node1.png') });
  expect(errors).toEqual([]);
});
