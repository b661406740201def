// A NetworkPolicy of several rules filled in the form, then seen at work in the step view. On the
// NetworkPolicy preset (api serves 8080 and 9090; default-deny-ingress; frontend may reach 8080) a
// third Pod, other, is made from the Pod form with a command and args (busybox's sleep). The policy
// api-rules has rule 1 from role=frontend or 10.22.0.0/16 except other's address on 9090 (a port
// the form cannot read is said under its field first) and rule 2 from role=other on 8080. Then
// frontend → api:9090 gets through by rule 1, other → api:9090 is rejected by kube-router, and
// other → api:8080 gets through by rule 2. Screenshots of the form at both sizes, light and dark,
// English and Chinese.

import { expect, type Page, test } from '@playwright/test';
import { LANGS, openIn } from './learner-helpers.ts';
import { sendAndSettle } from './waits.ts';

async function newObject(page: Page, kind: string) {
  await page.getByTestId('palette:k8s').click();
  await expect(page.getByTestId('inspect:k8s:Pod:')).toBeVisible();
  await page.getByTestId(`k8s-kind:${kind}`).click();
}

/** Shows only the step view's events of `categories`. */
async function only(page: Page, categories: string[]) {
  for (const box of await page.locator('[data-testid^="filter-"]').all()) {
    const c = (await box.getAttribute('data-testid'))!.slice('filter-'.length);
    if (categories.includes(c) !== (await box.isChecked())) await box.click();
  }
}

/** The timeline's row saying `text`, scrolled into the list's window (it draws a screenful of rows). */
async function step(page: Page, text: string) {
  const row = page.locator('[data-testid^="step-event-"]', { hasText: text }).first();
  const list = page.getByTestId('step-timeline');
  await list.evaluate((el) => {
    el.scrollTop = 0;
  });
  for (let i = 0; i < 100 && !(await row.count()); i++) {
    const end = await list.evaluate((el) => {
      el.scrollTop += el.clientHeight / 2;
      return el.scrollTop + el.clientHeight >= el.scrollHeight;
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    if (end && !(await row.count())) break;
  }
  return row;
}

async function tcp(page: Page, from: string, port: number) {
  await page.getByTestId('send-from').selectOption(from);
  await page.getByTestId('send-proto').selectOption('tcp');
  await page.getByTestId('send-to').fill('10.22.0.2');
  await page.getByTestId('send-port').fill(String(port));
  await sendAndSettle(page, () => page.getByTestId('send-go').click());
}

test('a NetworkPolicy of two rules from the form: each rule lets its peers through, the except does not', async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('k8s-networkpolicy.sh');
  await expect(page.getByTestId('netns:frontend')).toBeVisible();

  // A Pod running busybox's sleep: its command and args from the form.
  await newObject(page, 'Pod');
  await page.getByTestId('k8s:metadata.name').fill('other');
  await page.getByTestId('k8s:metadata.labels').fill('role=other');
  await page.getByTestId('k8s:spec.containers[0].image').fill('busybox');
  await page.getByTestId('k8s:spec.containers[0].ports').fill('');
  await page.getByTestId('k8s:spec.containers[0].command').fill("sh -c 'sleep 3600");
  await page.getByTestId('k8s-apply').click();
  const command = page.getByTestId('k8s:spec.containers[0].command');
  await expect(command).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await command.getAttribute('aria-describedby')}`)).toContainText(
    'A quote is not closed',
  );
  await command.fill('sleep');
  await page.getByTestId('k8s:spec.containers[0].args').fill('3600');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('netns:other')).toBeVisible();
  await expect(page.getByTestId('transcript')).toContainText('command: ["sleep"]');

  // The policy: the form's first rule, a second peer (an ipBlock with an except), a second rule.
  await newObject(page, 'NetworkPolicy');
  await page.getByTestId('k8s:metadata.name').fill('api-rules');
  await page.getByTestId('k8s:spec.ingress[0].from[0].podSelector').fill('role=frontend');
  await page.getByTestId('k8s-peer-add:spec.ingress[0]').click();
  await page.getByTestId('k8s:spec.ingress[0].from[1].kind').selectOption('ipBlock');
  await page.getByTestId('k8s:spec.ingress[0].from[1].ipBlock.cidr').fill('10.22.0.0/16');
  await page.getByTestId('k8s:spec.ingress[0].from[1].ipBlock.except').fill('10.22.0.4/32');
  const ports = page.getByTestId('k8s:spec.ingress[0].ports');
  await ports.fill('TCP 9090');
  await page.getByTestId('k8s-rule-add:ingress').click();
  await page.getByTestId('k8s:spec.ingress[1].from[0].podSelector').fill('role=other');
  await page.getByTestId('k8s:spec.ingress[1].ports').fill('TCP/8080');
  await page.getByTestId('k8s-apply').click();
  await expect(ports).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await ports.getAttribute('aria-describedby')}`)).toContainText(
    '“TCP 9090” is not a port',
  );
  await ports.fill('TCP/9090');
  // A CIDR the API server refuses: its message under the field.
  const cidr = page.getByTestId('k8s:spec.ingress[0].from[1].ipBlock.cidr');
  await cidr.fill('10.22.0.0/33');
  await page.getByTestId('k8s-apply').click();
  await expect(cidr).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${await cidr.getAttribute('aria-describedby')}`)).toContainText(
    'spec.ingress[0].from[1].ipBlock.cidr: Invalid value: "10.22.0.0/33"',
  );
  await cidr.fill('10.22.0.0/16');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('inspect:k8s:NetworkPolicy:api-rules')).toBeVisible();
  const rules = page.getByTestId('k8s-policy-rules');
  await expect(rules).toContainText(
    'Ingress allowed from Pods with role=frontend; 10.22.0.0/16 except 10.22.0.4/32 to TCP/9090.',
  );
  await expect(rules).toContainText('Ingress allowed from Pods with role=other to TCP/8080.');
  // The applied policy's own form reads both rules back.
  await expect(page.getByTestId('k8s:spec.ingress[0].from[1].ipBlock.except')).toHaveValue('10.22.0.4/32');
  await expect(page.getByTestId('k8s:spec.ingress[1].ports')).toHaveValue('TCP/8080');

  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(() => document.fonts.ready);
        await page.getByTestId('k8s-rule:spec.ingress[0]').scrollIntoViewIfNeeded();
        await page.screenshot({
          path: testInfo.outputPath(`k8s-policy-rules-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.getByTestId('lang').selectOption('en');

  // In the step view: rule 1 lets frontend in on 9090 ...
  await page.getByTestId('dock-tab-steps').click();
  await tcp(page, 'frontend', 9090);
  await expect(page.getByTestId('send-result')).toContainText('succeeded!');
  await only(page, ['netfilter']);
  await expect(await step(page, 'NetworkPolicy default/api-rules allows it: ingress rule 1')).toBeVisible();
  // ... not other, whose address the ipBlock excepts and whose labels rule 1 does not name ...
  await only(page, []);
  await tcp(page, 'other', 9090);
  await expect(page.getByTestId('send-result')).toContainText('Connection refused');
  // The drop, then the rule just before it: kube-router's REJECT, naming the policies it checked.
  await only(page, ['drop']);
  await page.locator('[data-testid^="step-event-"][data-kind="drop"]').last().click();
  await only(page, ['netfilter', 'drop']);
  await page.getByTestId('step-back').click();
  const why = page.getByTestId('step-explanation-text');
  await expect(why).toContainText('no NetworkPolicy allowed this packet for Pod default/api');
  await expect(why).toContainText('default/api-rules');
  await page.screenshot({ path: testInfo.outputPath('k8s-policy-rules-denied.png') });
  // ... and rule 2 lets other in on 8080.
  await only(page, []);
  await tcp(page, 'other', 8080);
  await expect(page.getByTestId('send-result')).toContainText('succeeded!');
  await only(page, ['netfilter']);
  await expect(await step(page, 'NetworkPolicy default/api-rules allows it: ingress rule 2')).toBeVisible();
  expect(errors).toEqual([]);
});

// matchExpressions in the form: the policy's own podSelector gets `canary DoesNotExist`, the peer's
// podSelector `role In (frontend, admin)` and `tier NotIn (canary)`; an In without values brings the API server's message
// under its row; the YAML tab shows the expressions, the applied policy's form reads them back.
test('matchExpressions in the NetworkPolicy form: edited, refused under their row, applied, read back', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('k8s-networkpolicy.sh');
  await expect(page.getByTestId('netns:frontend')).toBeVisible();
  await newObject(page, 'NetworkPolicy');
  await page.getByTestId('k8s:metadata.name').fill('exprs');
  const own = 'spec.podSelector.matchExpressions[0]';
  await page.getByTestId('k8s-expr-add:spec.podSelector').click();
  await page.getByTestId(`k8s:${own}.key`).fill('canary');
  await page.getByTestId(`k8s:${own}.operator`).selectOption('DoesNotExist');
  await expect(page.getByTestId(`k8s:${own}.values`)).toHaveCount(0);
  const peer = 'spec.ingress[0].from[0].podSelector';
  await page.getByTestId(`k8s:${peer}`).fill('');
  await page.getByTestId(`k8s-expr-add:${peer}`).click();
  await page.getByTestId(`k8s:${peer}.matchExpressions[0].key`).fill('role');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId(`k8s-expr:${peer}.matchExpressions[0]`)).toContainText(
    "values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
  );
  await page.getByTestId(`k8s:${peer}.matchExpressions[0].values`).fill('frontend, admin');
  await page.getByTestId(`k8s-expr-add:${peer}`).click();
  await page.getByTestId(`k8s:${peer}.matchExpressions[1].key`).fill('tier');
  await page.getByTestId(`k8s:${peer}.matchExpressions[1].operator`).selectOption('NotIn');
  await page.getByTestId(`k8s:${peer}.matchExpressions[1].values`).fill('canary');
  await page.getByTestId('k8s-tab:yaml').click();
  await expect(page.getByTestId('k8s-yaml')).toHaveValue(
    /podSelector:\n {8}matchExpressions:\n {8}- key: "role"\n {10}operator: In\n {10}values: \["frontend","admin"\]/,
  );
  await page.getByTestId('k8s-tab:form').click();
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('inspect:k8s:NetworkPolicy:exprs')).toBeVisible();
  await expect(page.getByTestId('k8s-policy-pods')).toContainText('api');
  await expect(page.getByTestId('k8s-policy-rules')).toContainText(
    'Ingress allowed from Pods with role in (frontend, admin), tier notin (canary) to TCP/8080.',
  );
  await expect(page.getByTestId(`k8s:${own}.operator`)).toHaveValue('DoesNotExist');
  await expect(page.getByTestId(`k8s:${peer}.matchExpressions[0].values`)).toHaveValue('frontend, admin');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    if (lang === 'zh')
      await expect(page.getByTestId('k8s-expr-add:spec.podSelector')).toHaveText('添加表达式');
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.evaluate(() => document.fonts.ready);
        for (const [which, path] of [
          ['own', 'spec.podSelector'],
          ['peer', peer],
        ]) {
          await page.getByTestId(`k8s-selector:${path}`).scrollIntoViewIfNeeded();
          await page.screenshot({
            path: testInfo.outputPath(`k8s-exprs-${which}-${w}x${h}-${scheme}-${lang}.png`),
          });
        }
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.getByTestId('lang').selectOption('en');
  expect(errors).toEqual([]);
});
