// Kubernetes objects from the palette's form: a Pod, a Service with a wrong nodePort (the API
// server's message lands next to the field), then right, and a NetworkPolicy; each form appends the
// kubectl apply here-document to the document, so the transcript and the export have it. The YAML
// tab shows the manifest. Screenshots at both sizes, light and dark, English and Chinese.

import { expect, type Page, test } from '@playwright/test';
import { LANGS, openIn } from './learner-helpers.ts';

async function newObject(page: Page, kind: string) {
  await page.getByTestId('palette:k8s').click();
  await expect(page.getByTestId('inspect:k8s:Pod:')).toBeVisible();
  await page.getByTestId(`k8s-kind:${kind}`).click();
}

test('a Pod, a Service and a NetworkPolicy made from the forms, with field errors and the YAML tab', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('k8s-pod-service.sh');
  await expect(page.getByTestId('netns:web')).toBeVisible();

  // A Pod: the default form is a valid nginx Pod; its name is free (web is taken: web2).
  await newObject(page, 'Pod');
  await expect(page.getByTestId('k8s:metadata.name')).toHaveValue('web2');
  await page.getByTestId('k8s:metadata.labels').fill('app=api, role=backend');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('netns:web2')).toBeVisible();
  await expect(page.getByTestId('transcript')).toContainText("kubectl apply -f - <<'EOF'");

  // A Service whose nodePort is out of range: the message sits under that field.
  await newObject(page, 'Service');
  await page.getByTestId('k8s:metadata.name').fill('api');
  await page.getByTestId('k8s:spec.type').selectOption('NodePort');
  await page.getByTestId('k8s:spec.selector').fill('app=api');
  await page.getByTestId('k8s:spec.ports[0].nodePort').fill('20000');
  await page.getByTestId('k8s-apply').click();
  const field = page.getByTestId('k8s:spec.ports[0].nodePort');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const said = page.locator(`#${await field.getAttribute('aria-describedby')}`);
  await expect(said).toContainText('The range of valid ports is 30000-32767');
  await page.getByTestId('k8s-tab:yaml').click();
  await expect(page.getByTestId('k8s-yaml')).toHaveValue(/nodePort: 20000/);
  await page.getByTestId('k8s-tab:form').click();
  await field.fill('30090');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('inspect:k8s:Service:api')).toBeVisible();
  await expect(page.getByTestId('k8s-endpoints')).toContainText('→ 10.22.0.');

  // A NetworkPolicy: only role=frontend may reach app=api on 8080.
  await newObject(page, 'NetworkPolicy');
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('inspect:k8s:NetworkPolicy:allow-frontend')).toBeVisible();
  await expect(page.getByTestId('k8s-policy-pods')).toContainText('web2');
  await expect(page.getByTestId('k8s-policy-rules')).toContainText(
    'Ingress allowed from Pods with role=frontend to TCP/8080',
  );

  // On the canvas: the policy's badge on the Pod it selects, the Service's card in the host's header.
  await expect(page.getByTestId('policy-badge:web2')).toBeVisible();
  await expect(page.getByTestId('svc:api')).toContainText('10.22.0.4:80');
  await page.getByTestId('svc:api').click();
  await expect(page.getByTestId('inspect:k8s:Service:api')).toBeVisible();
  await page.getByTestId('policy-badge:web2').click();
  await expect(page.getByTestId('inspect:k8s:NetworkPolicy:allow-frontend')).toBeVisible();

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
        await page.screenshot({
          path: testInfo.outputPath(`k8s-policy-form-${w}x${h}-${scheme}-${lang}.png`),
        });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
  await page.getByTestId('lang').selectOption('en');
  // The Pod's own form, from its namespace's inspector.
  await page.getByTestId('netns:web2').click({ position: { x: 20, y: 10 } });
  await page.getByTestId('k8s-open-pod').click();
  await expect(page.getByTestId('k8s:metadata.labels')).toHaveValue('app=api, role=backend');
  await page.getByTestId('k8s-tab:yaml').click();
  await expect(page.getByTestId('k8s-yaml')).toHaveValue(/kind: Pod\n/);
  expect(errors).toEqual([]);
});
