// The far layer of a big lab (src/ui/farLayer.ts): past 120 namespaces, zoomed out, React Flow holds
// the frame, the bridges and the namespaces that matter now; the others are one SVG picture. A box of
// the picture is selected by a click (and becomes a real node with its inspector); a step's outline
// and envelope are on real nodes and wires; zooming in brings real nodes around the viewport.

import { expect, type Page, test } from '@playwright/test';
import { emptyDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';
import { sendAndSettle } from './waits.ts';

const N = 150;

/** N namespaces on two host bridges, with addresses on one /16. */
function bigLab(): string {
  const out = [
    'ip link add br0 type bridge',
    'ip link set br0 up',
    'ip link add br1 type bridge',
    'ip link set br1 up',
  ];
  for (let i = 1; i <= N; i++)
    out.push(
      `ip netns add ns${i}`,
      `ip link add h${i} type veth peer name eth0 netns ns${i}`,
      `ip link set h${i} master br${i % 2} up`,
      `ip -n ns${i} addr add 10.${i % 2}.0.${i + 1}/16 dev eth0`,
      `ip -n ns${i} link set eth0 up`,
    );
  return `${out.join('\n')}\n`;
}

/** What React Flow holds and what the picture draws, in one look. */
const counts = (page: Page) =>
  page.evaluate(() => ({
    netnsNodes: document.querySelectorAll('.react-flow__node-netns').length,
    pictured: document.querySelectorAll('[data-far-id]').length,
  }));

for (const lang of ['en', 'zh'] as const)
  test(`a ${N}-namespace lab: one picture far out, selection and the step on real nodes, real nodes zoomed in (${lang})`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((l) => localStorage.setItem('netns-lab.lang', l), lang);
    await page.goto(`/${encodeShare({ ...emptyDocument('far'), script: bigLab() })}`);
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-boxes', String(N));
    // The host frame is the only namespace node; the hint says what the view is.
    expect(await counts(page)).toEqual({ netnsNodes: 1, pictured: N });
    await expect(page.getByTestId('far-hint')).toContainText(
      lang === 'en' ? `${N} namespaces in one picture` : `${N} 个命名空间画成一张图`,
    );

    // A click on a pictured box selects it: its inspector opens and it is a real node, selected.
    await page.getByTestId('far:ns42').click();
    await expect(page.getByTestId('netns-name')).toHaveValue('ns42');
    await expect(page.locator('.react-flow__node.selected[data-id="netns:ns42"]')).toHaveCount(1);
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-boxes', String(N - 1));
    // Another one: the selection moves, and the first goes back into the picture.
    await page.getByTestId('far:ns60').click();
    await expect(page.getByTestId('netns-name')).toHaveValue('ns60');
    await expect(page.locator('.react-flow__node[data-id="netns:ns42"]')).toHaveCount(0);

    // A ping from ns3 to ns5 (both on br1): the step's namespaces and wires are real, outlined and
    // carrying the envelope.
    await page.getByTestId('send-from').selectOption('ns3');
    await page.getByTestId('send-to').fill('10.1.0.6');
    await sendAndSettle(page, () => page.getByTestId('send-go').click());
    await page.locator('.step-event[data-kind="frame-tx"]').first().click();
    await expect(page.getByTestId('step-mark:link:ns3:eth0')).toBeVisible();
    await expect(page.getByTestId('step-packet')).toHaveAttribute('data-proto', 'arp');
    await expect(page.getByTestId('step-edge:far:netns:ns3->link::br1')).toHaveCount(1);

    // Zoomed in on a pictured box: the boxes around it are real nodes, the rest stays pictured.
    const box = (await page.getByTestId('far:ns100').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -250);
    await expect(page.locator('.react-flow__node[data-id="netns:ns100"]')).toHaveCount(1);
    await expect(page.getByTestId('far-hint')).toHaveCount(0);
    const near = await page.evaluate(() => {
      const nodes = [...document.querySelectorAll('.react-flow__node-netns')].map((e) =>
        e.getAttribute('data-id'),
      );
      const pictured = new Set(
        [...document.querySelectorAll('[data-far-id]')].map((e) => e.getAttribute('data-far-id')),
      );
      return { nodes: nodes.length, pictured: pictured.size, both: nodes.filter((id) => pictured.has(id)) };
    });
    expect(near.nodes).toBeGreaterThan(2);
    expect(near.pictured).toBeLessThan(N - 2);
    // A namespace is a node or in the picture; only the step's are both (a node over its box).
    expect(near.both.filter((id) => id !== 'netns:ns3' && id !== 'netns:ns5')).toEqual([]);
    expect(errors).toEqual([]);
  });
