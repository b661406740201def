// Blog snippets and a terminal that behaves (issue 10), in English and in Chinese: a leading sudo and
// a pasted "$ " or "# " prompt run, and the transcript says they were left out; a command netns-lab does
// not run, or one the kernel refuses, leaves the step trace where it was.

import { expect, type Page, test } from '@playwright/test';
import { LANGS, openIn } from './learner-helpers.ts';

async function type(page: Page, line: string) {
  const input = page.getByTestId('terminal-input');
  await input.fill(line);
  await input.press('Enter');
  await expect(input).not.toHaveAttribute('readonly');
  await expect(page.getByTestId('terminal-screen').locator('.terminal-cmd').last()).toContainText(line);
}

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test('sudo and a pasted prompt are accepted in the terminal and in an import, and said so', async ({
      page,
    }) => {
      const errors = await openIn(page, lang);
      await page.getByTestId('dock-tab-terminal').click();
      await page.getByTestId('terminal-ns-c1').click();
      const out = page.getByTestId('terminal-screen').locator('.terminal-entry').last();
      await type(page, 'sudo ip -br addr show eth0');
      await expect(out).toContainText('"sudo" is left out');
      await expect(out).toContainText('172.17.0.2/16');
      await type(page, '$ ip route');
      await expect(out).toContainText('the shell prompt "$ " is left out');
      await expect(out).toContainText('default via 172.17.0.1 dev eth0');
      await page.getByTestId('terminal-ns-host').click();
      await type(page, '# sudo -E ip link add br9 type bridge');
      await expect(page.getByTestId('bridge::br9')).toBeVisible();

      // An import pasted from a post, prompts and sudo included.
      await page.getByTestId('open-import').click();
      await page
        .getByTestId('import-text')
        .fill(
          [
            '# Create two namespaces',
            '$ sudo ip netns add ns1',
            '# ip netns add ns2',
            'sudo ip link add veth0 netns ns1 type veth peer name veth1 netns ns2',
            '$ sudo ip netns exec ns1 ping -c 1 10.0.0.2',
          ].join('\n'),
        );
      await page.getByTestId('import-run').click();
      // br9 is work in no file: the import asks before replacing it.
      await page.getByTestId('replace-anyway').click();
      await expect(page.getByTestId('netns:ns1')).toBeVisible();
      await expect(page.getByTestId('netns:ns2')).toBeVisible();
      await expect(page.getByTestId('import-report')).not.toContainText('veth');
      await page.keyboard.press('Escape');
      const transcript = page.getByTestId('transcript');
      await expect(transcript).toContainText('$ $ sudo ip netns add ns1');
      await expect(transcript).toContainText('"sudo" is left out: every command here already runs as root');
      await expect(transcript).toContainText('the shell prompt "$ " is left out');
      expect(errors).toEqual([]);
    });

    test('Ctrl+C stops a ping with its statistics, as on Linux; the replies came in real time', async ({
      page,
    }) => {
      const errors = await openIn(page, lang);
      await page.getByTestId('dock-tab-terminal').click();
      await page.getByTestId('terminal-ns-c1').click();
      const input = page.getByTestId('terminal-input');
      await input.fill('ping 172.17.0.3');
      await input.press('Enter');
      const entry = page.getByTestId('terminal-screen').locator('.terminal-entry').last();
      await expect(entry).toContainText('icmp_seq=1 ttl=64');
      await expect(entry).not.toContainText('ping statistics');
      await expect(entry).toContainText('icmp_seq=2 ttl=64', { timeout: 5000 });
      await input.press('Control+c');
      await expect(entry).toContainText(
        /\^C\n--- 172\.17\.0\.3 ping statistics ---\n(\d+) packets transmitted, \1 received, 0% packet loss/,
      );
      await expect(entry).not.toContainText('netns-lab:');
      await expect(input).not.toHaveAttribute('readonly');
      // Its steps joined the timeline.
      await page.getByTestId('dock-tab-steps').click();
      const timeline = page.getByTestId('step-timeline');
      await timeline.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(timeline).toContainText('$ ip netns exec c1 ping 172.17.0.3');
      // Ctrl+C on a line being typed drops it, as bash does.
      await page.getByTestId('dock-tab-terminal').click();
      await input.fill('ip lin');
      await input.press('Control+c');
      await expect(input).toHaveValue('');
      await expect(page.getByTestId('terminal-screen').locator('.terminal-cmd').last()).toContainText(
        'ip lin^C',
      );
      expect(errors).toEqual([]);
    });

    test('an unsupported command, or one the kernel refuses, keeps the step trace', async ({ page }) => {
      const errors = await openIn(page, lang);
      await page.getByTestId('step-event-5').click();
      await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', '5');
      const count = await page.getByTestId('step-pos').innerText();
      await page.getByTestId('dock-tab-terminal').click();
      await page.getByTestId('terminal-ns-c1').click();
      await type(page, 'traceroute 172.17.0.3');
      await expect(page.getByTestId('terminal-screen')).toContainText('netns-lab: unsupported');
      // Said in the reader's language too, with what it means for the lab.
      await expect(page.getByTestId('terminal-unsupported').last()).toContainText(
        lang === 'zh' ? '没有模拟' : 'does not model',
      );
      await type(page, 'ip link set eth9 up');
      await expect(page.getByTestId('terminal-screen').locator('.terminal-entry').last()).toContainText(
        'Cannot find device "eth9"',
      );
      await page.getByTestId('dock-tab-steps').click();
      await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', '5');
      await expect(page.getByTestId('step-pos')).toHaveText(count);
      await expect(page.getByTestId('step-event-0')).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}
