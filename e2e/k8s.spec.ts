// The Kubernetes preset: two Pods drawn as namespaces on cni0 (the CNI bridge plugin's bridge) and
// the kubectl commands that built them, with a Service whose ClusterIP answers TCP and not ping
// from the terminal. Screenshots at both sizes, light and dark, English and Chinese.

import { expect, test } from '@playwright/test';
import { LANGS, openIn, settledZoom } from './learner-helpers.ts';
import { sendAndSettle } from './waits.ts';

test('k8s-pod-service.sh: Pods on cni0; TCP to the ClusterIP works, ping does not', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('presets').selectOption('k8s-pod-service.sh');
    await expect(page.getByTestId('netns:web')).toBeVisible();
    await expect(page.getByTestId('netns:client')).toBeVisible();
    await expect(page.getByTestId('bridge::cni0')).toBeVisible();
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await settledZoom(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: testInfo.outputPath(`k8s-pod-service-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});

test('kubectl apply with a here-document typed in the terminal, and a manifest pasted', async ({ page }) => {
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('(empty)');
  await page.getByTestId('dock-tab-terminal').click();
  const input = page.getByTestId('terminal-input');
  const manifest = [
    "kubectl apply -f - <<'EOF'",
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: api',
    '  labels:',
    '    app: api',
    'spec:',
    '  containers:',
    '  - name: server',
    '    image: nginx',
    'EOF',
  ];
  for (const l of manifest) {
    await input.fill(l);
    await input.press('Enter');
  }
  // A change: the document gets the command, here-document and all, and the canvas the Pod.
  await expect(page.getByTestId('netns:api')).toBeVisible();
  const cmd = page.getByTestId('terminal-screen').locator('.terminal-cmd').last();
  await expect(cmd).toContainText('    image: nginx');
  // The same, pasted at once: bash reads it line by line.
  await input.focus();
  await page.evaluate(
    (text) => {
      const el = document.querySelector<HTMLInputElement>('[data-testid="terminal-input"]')!;
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    `${manifest.join('\n').replaceAll(': api', ': web')}\n`,
  );
  await expect(page.getByTestId('netns:web')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the step view explains why a ping to a ClusterIP goes nowhere, in English and Chinese', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('k8s-pod-service.sh');
  await expect(page.getByTestId('netns:client')).toBeVisible();
  await page.getByTestId('dock-tab-terminal').click();
  const input = page.getByTestId('terminal-input');
  await input.fill('kubectl get svc web');
  await input.press('Enter');
  const screen = page.getByTestId('terminal-screen');
  await expect(screen).toContainText(/web\s+ClusterIP\s+\d+\.\d+\.\d+\.\d+/);
  const vip = /web\s+ClusterIP\s+(\d+\.\d+\.\d+\.\d+)/.exec(await screen.innerText())![1];
  await page.getByTestId('dock-tab-steps').click();
  await page.getByTestId('send-from').selectOption('client');
  await page.getByTestId('send-to').fill(vip);
  await sendAndSettle(page, () => page.getByTestId('send-go').click());
  await expect(page.getByTestId('send-result')).toHaveText(/1 packets transmitted, 0 received/);
  // The node's drop of the echo request (only drops shown): the engine's sentence, then why.
  for (const box of await page.locator('[data-testid^="filter-"]').all()) {
    const id = await box.getAttribute('data-testid');
    if ((id === 'filter-drop') !== (await box.isChecked())) await box.click();
  }
  const drop = page.locator('[data-testid^="step-event-"][data-kind="drop"]').last();
  await drop.click();
  const note = page.getByTestId('step-clusterip-note');
  await expect(note).toContainText(`${vip} is the ClusterIP of Service default/web`);
  await expect(note).toContainText('match TCP port 80');
  await expect(note).toContainText(`No device here has ${vip}`);
  for (const lang of ['en', 'zh'] as const) {
    await page.getByTestId('lang').selectOption(lang);
    if (lang === 'zh') await expect(note).toContainText(`${vip} 是 Service default/web 的 ClusterIP`);
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: testInfo.outputPath(`k8s-clusterip-ping-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});

test('k8s-two-nodes.sh: two node frames, a Pod of the Deployment in each, the ping across traced', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    await page.getByTestId('presets').selectOption('k8s-two-nodes.sh');
    await expect(page.getByTestId('netns:web-7c7b9bdbc6-xsmx7')).toBeVisible();
    await expect(page.getByTestId('netns:web-7c7b9bdbc6-c722t')).toBeVisible();
    await expect(page.getByTestId('bridge:node1:cni0')).toBeVisible();
    await expect(page.getByTestId('bridge:node2:cni0')).toBeVisible();
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await settledZoom(page);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: testInfo.outputPath(`k8s-two-nodes-${w}x${h}-${scheme}-${lang}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  expect(errors).toEqual([]);
});
