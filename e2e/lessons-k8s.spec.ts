// The Kubernetes lessons in the browser: lesson 11 (Pods) in English and lesson 12 (Services) in
// Chinese in the dark theme, each walked as a learner does: one prediction answered wrongly, the
// exercise checked before it is solved (the checks say what is missing), then solved in the
// terminal; the + lines a kubectl command amounts to are shown under it, a manifest keeps its lines.

import { expect, type Page, test } from '@playwright/test';
import { runChecks, walk } from './lesson-walk.ts';
import { painted } from './waits.ts';

/** Types `lines` into the node's terminal one by one, as a here-document is typed after bash's `> `. */
async function typeLines(page: Page, lines: string[]) {
  await page.getByTestId('terminal-ns-host').click();
  const input = page.getByTestId('terminal-input');
  for (const line of lines) {
    await input.fill(line);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
  await expect(input).not.toHaveAttribute('readonly');
}

const PAIR = [
  "kubectl apply -f - <<'EOF'",
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: pair',
  'spec:',
  '  containers:',
  '  - name: web',
  '    image: nginx',
  '  - name: probe',
  '    image: busybox',
  '    command: ["sleep", "3600"]',
  'EOF',
];

test.describe('in en', () => {
  test.use({ locale: 'en-US' });
  test('lesson 11: a Pod is one namespace; a two-container Pod built in the terminal', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/#lesson=pods');
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-lesson', 'pods');
    await walk(page, '11-pods', {
      wrong: 'predict-localhost',
      solve: async (page, section) => {
        let results = await runChecks(section);
        await expect(results).toHaveAttribute('data-failed', '2');
        await expect(results.getByTestId('check:localhost')).toContainText('probe');
        await typeLines(page, PAIR);
        await expect(page.getByTestId('netns:pair')).toBeVisible();
        results = await runChecks(section);
        await expect(results).toHaveAttribute('data-failed', '0');
        // The terminal printed what kubectl said.
        await expect(page.getByTestId('terminal-screen')).toContainText('pod/pair created');
      },
    });
    // The sandbox the CNI plugins built is shown under the kubectl command that made it.
    const out = page.getByTestId('section:run-web').getByTestId('lesson-command-output');
    await expect(out).toContainText('+ ip netns add web');
    await expect(out).toContainText('+ ip link add cni0 type bridge');
    // The manifest keeps its lines.
    const manifest = page.getByTestId('section:apply-api').locator('.lesson-commands code');
    expect(await manifest.innerText()).toContain('\n  - name: sidecar\n');
    await expect(page.getByTestId('netns:api')).toBeVisible();
    await page.getByTestId('section:run-web').scrollIntoViewIfNeeded();
    await painted(page);
    await page.screenshot({ path: testInfo.outputPath('lesson11-en-1280x800.png') });
    expect(errors).toEqual([]);
  });
});

test.describe('in zh, dark', () => {
  test.use({ locale: 'zh-CN', colorScheme: 'dark' });
  test('lesson 12: ping to a ClusterIP gets nothing, TCP is DNATed; an endpoint brought back', async ({
    page,
  }, testInfo) => {
    test.setTimeout(300_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/#lesson=services');
    await expect(page.getByTestId('lesson')).toHaveAttribute('data-lesson', 'services');
    await expect(page.getByTestId('netns:client')).toBeVisible();
    await walk(page, '12-services', {
      wrong: 'predict-ping',
      solve: async (page, section) => {
        let results = await runChecks(section);
        await expect(results).toHaveAttribute('data-failed', '2');
        await expect(results.getByTestId('check:endpoint')).toContainText('app=web');
        await typeLines(page, ['kubectl run web2 --image=nginx --port=80 --labels=app=web']);
        results = await runChecks(section);
        await expect(results).toHaveAttribute('data-failed', '0');
      },
    });
    await expect(page.getByTestId('lesson-complete')).toContainText('完成');
    await page.getByTestId('section:tcp-walk').scrollIntoViewIfNeeded();
    await painted(page);
    await page.screenshot({ path: testInfo.outputPath('lesson12-zh-dark-1280x800.png') });
    expect(errors).toEqual([]);
  });
});
