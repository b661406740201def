// Kubernetes objects from the palette's form: a Pod, a Service with a wrong nodePort (the API
// server's message lands next to the field), then right with a second port (the canvas card shows
// both), and a NetworkPolicy; each form appends the
// kubectl apply here-document to the document, so the transcript and the export have it. The YAML
// tab shows the manifest. Screenshots at both sizes, light and dark, English and Chinese.

import { expect, type Page, test } from '@playwright/test';
import { cutCanvasText, LANGS, openIn, settledZoom } from './learner-helpers.ts';

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
  // A second port (a Service of several ports names each of them).
  await page.getByTestId('k8s-port-add').click();
  await page.getByTestId('k8s:spec.ports[0].name').fill('http');
  await page.getByTestId('k8s:spec.ports[1].name').fill('alt');
  await page.getByTestId('k8s:spec.ports[1].port').fill('8080');
  await page.getByTestId('k8s:spec.ports[1].targetPort').fill('80');
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
  // The card shows every port: port→targetPort/protocol, and the nodePort the API server chose.
  await expect(page.getByTestId('svc-port:api:80')).toHaveText('80→80/TCP node:30090');
  await expect(page.getByTestId('svc-port:api:8080')).toHaveText(/^8080→80\/TCP node:3\d{4}$/);
  await expect(page.getByTestId('svc:api')).toContainText('→ 1 Pod');
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
  const yaml = page.getByTestId('k8s-yaml');
  await expect(yaml).toHaveValue(/kind: Pod\n/);
  // Typed YAML is read back into the form as it is typed ...
  await yaml.fill((await yaml.inputValue()).replace('role: "backend"', 'role: db'));
  await expect(page.getByTestId('k8s-yaml-read')).toBeVisible();
  await page.getByTestId('k8s-tab:form').click();
  await expect(page.getByTestId('k8s:metadata.labels')).toHaveValue('app=api, role=db');
  // ... and what the form cannot show is said with its line, the form keeping what it showed.
  await page.getByTestId('k8s-tab:yaml').click();
  await yaml.fill(`${await yaml.inputValue()}\n  restartPolicy: Always`);
  const bad = page.getByTestId('k8s-yaml-error');
  await expect(bad).toContainText(/Line \d+: the form has no place for spec\.restartPolicy\./);
  await expect(bad).toContainText('restartPolicy: Always');
  await expect(yaml).toHaveAttribute('aria-invalid', 'true');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    if (lang === 'zh') await expect(bad).toContainText('表单中没有 spec.restartPolicy 的位置');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => document.fonts.ready);
      await bad.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`k8s-yaml-error-1280x800-${scheme}-${lang}.png`) });
    }
  }
  await page.getByTestId('lang').selectOption('en');
  await page.getByTestId('k8s-tab:form').click();
  await expect(page.getByTestId('k8s-form-stale')).toContainText('edits the form cannot show');
  // Apply applies the YAML as typed (the API server takes restartPolicy; netns-lab ignores it).
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('transcript')).toContainText('restartPolicy: Always');
  await expect(page.getByTestId('transcript')).toContainText('role: db');
  expect(errors).toEqual([]);
});

// Three Services of two ports each do not fit beside the host's title: the layout gives them lines
// of their own under it (two here), and no card is cut, at either size, in either language.
test("Services of several ports get lines of their own in the host's header, none cut", async ({
  page,
}, testInfo) => {
  const errors = await openIn(page, 'en');
  const svc = (name: string, app: string, type: string, p1: number, p2: number) =>
    `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: ${type}\n  selector:\n    app: ${app}\n  ports:\n  - {name: a, port: ${p1}, targetPort: 80}\n  - {name: b, port: ${p2}, targetPort: 80}\n`;
  const script = [
    'kubectl run web --image=nginx --labels=app=web --port=80',
    'kubectl run api --image=nginx --labels=app=api --port=80',
    'kubectl run client --image=busybox -- sleep 3600',
    "kubectl apply -f - <<'EOF'",
    `${svc('web', 'web', 'ClusterIP', 80, 8080)}${svc('api', 'api', 'NodePort', 80, 8080)}${svc('third', 'web', 'ClusterIP', 9090, 9091)}`
      .slice(4)
      .trimEnd(),
    'EOF',
  ].join('\n');
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-text').fill(script);
  await page.getByTestId('import-run').click();
  await expect(page.getByTestId('svc:third')).toBeVisible();
  await page.keyboard.press('Escape');
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await settledZoom(page);
      for (const name of ['web', 'api', 'third'])
        await expect(page.getByTestId(`svc:${name}`)).toBeInViewport();
      expect(await cutCanvasText(page), `${lang} ${w}x${h}`).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`k8s-svc-cards-${w}x${h}-${lang}.png`) });
    }
  }
  const [web, third] = await Promise.all(
    ['web', 'third'].map((n) => page.getByTestId(`svc:${n}`).evaluate((e) => e.getBoundingClientRect().top)),
  );
  expect(third).toBeGreaterThan(web);
  expect(errors).toEqual([]);
});

// A Deployment made paused from the form: no ReplicaSet, no Pod; its form reads the box back
// checked; unchecked and applied, it rolls out its two Pods.
test('a paused Deployment from the form, then resumed from it', async ({ page }, testInfo) => {
  const errors = await openIn(page, 'en');
  await page.getByTestId('presets').selectOption('k8s-pod-service.sh');
  await expect(page.getByTestId('netns:web')).toBeVisible();
  await newObject(page, 'Deployment');
  await page.getByTestId('k8s:metadata.name').fill('api');
  await page.getByTestId('k8s:labels').fill('app=api');
  await page.getByTestId('k8s:spec.paused').check();
  await page.getByTestId('k8s-tab:yaml').click();
  await expect(page.getByTestId('k8s-yaml')).toHaveValue(/\n {2}paused: true\n/);
  await page.getByTestId('k8s-tab:form').click();
  await page.getByTestId('k8s-apply').click();
  await expect(page.getByTestId('inspect:k8s:Deployment:api')).toBeVisible();
  await expect(page.getByTestId('transcript')).toContainText(
    'is paused: the Deployment controller makes no ReplicaSet',
  );
  await expect(page.getByTestId('k8s:spec.paused')).toBeChecked();
  await expect(page.locator('[data-testid^="netns:api-"]')).toHaveCount(0);
  for (const lang of LANGS) {
    await page.getByTestId('lang').selectOption(lang);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(() => document.fonts.ready);
      await page.getByTestId('k8s:spec.paused').scrollIntoViewIfNeeded();
      await page.screenshot({
        path: testInfo.outputPath(`k8s-deploy-paused-1280x800-${scheme}-${lang}.png`),
      });
    }
  }
  await page.getByTestId('lang').selectOption('en');
  await page.getByTestId('k8s:spec.paused').uncheck();
  await page.getByTestId('k8s-apply').click();
  await expect(page.locator('[data-testid^="netns:api-"]')).toHaveCount(2);
  expect(errors).toEqual([]);
});
