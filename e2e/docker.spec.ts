// Docker in the UI: the preset "Docker: two containers and -p 8080:80" draws what docker run built,
// its curl's packets name the Docker rules they hit (in English and in Chinese), and the palette's
// Docker container runs `docker run` (removed again with `docker rm -f`).

import { expect, type Page, test } from '@playwright/test';
import { openPreset, shot } from './editor-helpers.ts';
import { settledStep } from './waits.ts';

const errorsOf = (page: Page) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
};

async function openPublish(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  await openPreset(page, 'docker-publish.sh');
  await expect(page.getByTestId('netns:web')).toBeVisible();
  await expect(page.getByTestId('netns:client')).toBeVisible();
  await expect(page.getByTestId('port:web:eth0')).toContainText('172.17.0.2/16');
}

/** Shows only the netfilter steps and goes to the first whose row says `text`. */
async function goToRule(page: Page, text: string): Promise<string> {
  for (const box of await page.locator('[data-testid^="filter-"]').all()) {
    const id = await box.getAttribute('data-testid');
    if ((id === 'filter-netfilter') !== (await box.isChecked())) await box.click();
  }
  // The list is windowed: scroll it a screenful at a time until the row is drawn.
  const row = page.locator('.step-event', { hasText: text }).first();
  const list = page.getByTestId('step-timeline');
  await expect
    .poll(async () => {
      if ((await row.count()) > 0) return true;
      await list.evaluate((el) => el.scrollBy(0, el.clientHeight));
      return false;
    })
    .toBe(true);
  await row.scrollIntoViewIfNeeded();
  await row.click();
  return settledStep(page);
}

test('the published port: the curl from the host is DNATed by the rule docker run wrote, explained in EN and 中文', async ({
  page,
}, testInfo) => {
  const errors = errorsOf(page);
  await openPublish(page);
  // The expansion is in the transcript, indented under the docker command.
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText('$ docker run -d --name web -p 8080:80 nginx');
  await expect(transcript).toContainText(
    '+ iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0',
  );
  await expect(transcript).toContainText('Welcome to nginx!');

  await goToRule(page, "DNAT by Docker's port mapping for -p 8080:80 (web)");
  const why = page.getByTestId('step-explanation-text');
  await expect(why).toContainText('nat DOCKER rule');
  await expect(why).toContainText("DNAT by Docker's port mapping for -p 8080:80 (web)");
  await shot(page, testInfo, 'docker-dnat-en-1280x800');
  await page.getByTestId('lang').selectOption('zh');
  await expect(why).toContainText('Docker 端口映射 -p 8080:80（web）的 DNAT');
  await shot(page, testInfo, 'docker-dnat-zh-1280x800');
  await page.getByTestId('theme').selectOption('dark');
  await shot(page, testInfo, 'docker-dnat-zh-dark-1280x800');
  await page.getByTestId('lang').selectOption('en');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(why).toContainText("DNAT by Docker's port mapping for -p 8080:80 (web)");
  await shot(page, testInfo, 'docker-dnat-en-dark-1920x1080');
  await page.getByTestId('theme').selectOption('light');
  expect(errors).toEqual([]);
});

test("the palette's Docker container runs docker run, and deleting it runs docker rm -f", async ({
  page,
}, testInfo) => {
  const errors = errorsOf(page);
  await openPublish(page);
  await page.getByTestId('palette:docker').click();
  // Docker's IPAM gives it the next address on docker0; its veth is a port of docker0.
  await expect(page.getByTestId('port:c1:eth0')).toContainText('172.17.0.4/16');
  const transcript = page.getByTestId('transcript');
  await expect(transcript).toContainText('$ docker run -d --name c1 busybox sleep 3600');
  await expect(transcript).toContainText(
    '+ iptables -t raw -A PREROUTING -d 172.17.0.4 ! -i docker0 -j DROP',
  );
  await shot(page, testInfo, 'docker-palette-1280x800');

  await page.getByTestId('netns:c1').locator('.netns-name').click();
  await page.getByTestId('delete').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('netns:c1')).toHaveCount(0);
  await expect(transcript).toContainText('$ docker rm -f c1');
  expect(errors).toEqual([]);
});
