// The far layer of a big lab (src/ui/farLayer.ts): past 120 namespaces, zoomed out, React Flow holds
// the frame, the bridges and the namespaces that matter now; the others are one SVG picture. A box of
// the picture is selected by a click (and becomes a real node with its inspector); a step's outline
// and envelope are on real nodes and wires; zooming in brings real nodes around the viewport.

import { expect, type Page, test } from '@playwright/test';
import { emptyDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';
import { pick } from './pick.ts';
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
    // A big lab is laid out in a task of its own and its picture filled in over frames: click only
    // once both are done (a click on a box still being drawn was lost on a fresh-clone CI run).
    await expect(page.getByTestId('topology')).toHaveAttribute('data-laid', 'done');
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-complete', 'true');
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
    await pick(page, 'send-from', 'ns3');
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

/** The pictured boxes of each bridge's group (odd namespaces on br1) in reading order, from the picture. */
const groupsInPicture = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll('[data-far-id]')].map((g) => {
      const r = g.querySelector('rect')!;
      return {
        name: g.getAttribute('data-name')!,
        x: Number(r.getAttribute('x')),
        y: Number(r.getAttribute('y')),
      };
    });
    boxes.sort((a, b) => a.y - b.y || a.x - b.x);
    const br = (name: string) => `br${Number(name.slice(2)) % 2}`;
    const order = [...new Set(boxes.map((b) => br(b.name)))];
    return order.map((bridge) => ({
      bridge,
      names: boxes.filter((b) => br(b.name) === bridge).map((b) => b.name),
    }));
  });

for (const lang of ['en', 'zh'] as const)
  test(`a ${N}-namespace lab by keyboard: arrows between namespaces, Tab between groups, Enter opens, Escape goes back (${lang})`, async ({
    page,
  }) => {
    // Dozens of key presses, each waited on: three times the budget on a loaded CI run.
    test.slow();
    const en = lang === 'en';
    await page.addInitScript((l) => localStorage.setItem('netns-lab.lang', l), lang);
    await page.goto(`/${encodeShare({ ...emptyDocument('far'), script: bigLab() })}`);
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-boxes', String(N));
    const groups = await groupsInPicture(page);
    expect(groups.map((g) => g.names.length)).toEqual([N / 2, N / 2]);
    const [first, second] = groups;
    // A ping first: with steps to go through, ← → are the step view's keys everywhere but the list.
    await pick(page, 'send-from', 'ns3');
    await page.getByTestId('send-to').fill('10.1.0.6');
    await sendAndSettle(page, () => page.getByTestId('send-go').click());
    const seq = await page.getByTestId('step-explanation').getAttribute('data-seq');

    // The list of namespaces is reached with Tab, before the drawing's boxes.
    const keys = page.getByTestId('far-keys');
    await expect(keys).toHaveAttribute(
      'aria-label',
      en ? `Namespaces of the lab: ${N}, in 2 groups` : `本实验的命名空间：${N} 个，分 2 组`,
    );
    // In the page's Tab order it comes before every box of the drawing; Tab from the stop before it
    // reaches it.
    const order = await page.evaluate(() => {
      const stops = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
      ].filter((el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length);
      const at = stops.findIndex((el) => el.dataset.testid === 'far-keys');
      const firstBox = stops.findIndex((el) => el.closest('.react-flow__node'));
      stops[at - 1].focus();
      return { at, firstBox };
    });
    expect(order.at).toBeGreaterThan(0);
    expect(order.at).toBeLessThan(order.firstBox);
    await page.keyboard.press('Tab');
    await expect(keys).toBeFocused();
    // Focused, it shows where it is and which keys move (out of sight until then); a ring is drawn
    // around the same box on the canvas.
    expect(await keys.evaluate((el) => getComputedStyle(el).clipPath)).toBe('none');
    await expect(keys).toHaveAttribute('data-at', first.names[0]);
    const at = page.getByTestId('far-keys-at');
    await expect(at).toHaveText(
      en
        ? `${first.names[0]} · bridge ${first.bridge} · 1 of ${N / 2}`
        : `${first.names[0]} · 网桥 ${first.bridge} · 第 1 个，共 ${N / 2} 个`,
    );
    await expect(at).toHaveAttribute('role', 'option');
    await expect(keys).toHaveAttribute('aria-activedescendant', (await at.getAttribute('id'))!);
    await expect(keys).toContainText(en ? 'Tab group · Enter open · Esc back' : 'Enter 打开 · Esc 返回');
    const ring = page.getByTestId('far-ring');
    await expect(ring).toHaveAttribute('data-id', `netns:${first.names[0]}`);
    const rb = (await ring.boundingBox())!;
    const bb = (await page.getByTestId(`far:${first.names[0]}`).boundingBox())!;
    expect(Math.abs(rb.x - bb.x) + Math.abs(rb.y - bb.y) + Math.abs(rb.width - bb.width)).toBeLessThan(4);

    // → is the next box of the group; ↓ a box of the row below.
    await page.keyboard.press('ArrowRight');
    await expect(keys).toHaveAttribute('data-at', first.names[1]);
    await page.keyboard.press('ArrowDown');
    const down = (await keys.getAttribute('data-at'))!;
    const y = async (name: string) => (await page.getByTestId(`far:${name}`).boundingBox())!.y;
    expect(await y(down)).toBeGreaterThan(await y(first.names[1]));
    expect(first.names).toContain(down);
    await page.keyboard.press('End');
    await expect(keys).toHaveAttribute('data-at', first.names.at(-1)!);
    await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', seq!);
    // Tab: the next group's first box; Tab on the last group leaves the list; Shift+Tab comes back.
    await page.keyboard.press('Tab');
    await expect(keys).toHaveAttribute('data-at', second.names[0]);
    await expect(at).toContainText(en ? `bridge ${second.bridge} · 1 of` : `网桥 ${second.bridge} · 第 1 个`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const chosen = second.names[2];
    await expect(keys).toHaveAttribute('data-at', chosen);
    await page.keyboard.press('Tab');
    await expect(keys).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(keys).toBeFocused();
    await expect(keys).toHaveAttribute('data-at', chosen);

    // Enter opens it: selected, its inspector open, zoomed in (real nodes around it, no far hint).
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('netns-name')).toHaveValue(chosen);
    await expect(page.getByTestId('far-hint')).toHaveCount(0);
    await expect(page.locator(`.react-flow__node.selected[data-id="netns:${chosen}"]`)).toBeVisible();
    await expect(page.locator('.react-flow__node-netns')).not.toHaveCount(2);
    await expect(at).toHaveAttribute('aria-selected', 'true');
    await expect(keys).toBeFocused();
    // Escape goes back: the whole lab (the far view again), then no selection.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('far-hint')).toBeVisible();
    await expect(page.getByTestId('netns-name')).toHaveValue(chosen);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('netns-name')).toHaveCount(0);
    await expect(page.getByTestId('far-picture')).toHaveAttribute('data-boxes', String(N));
    await expect(keys).toHaveAttribute('data-at', chosen);
  });

/** What `recordFrames` keeps of each frame, on `window`. */
type Recorded = { frames: { shown: boolean; zoom: number; boxes: number }[] };

/**
 * Every animation frame from now on: whether the drawing is shown, its zoom and how many boxes the
 * picture holds (read back with `frames`).
 */
function recordFrames(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as Recorded;
    w.frames = [];
    const look = () => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
      if (viewport) {
        const zoom = Number(/scale\(([\d.e-]+)\)/.exec(viewport.style.transform)?.[1] ?? 1);
        const boxes = Number(
          document.querySelector('[data-testid=far-picture]')?.getAttribute('data-boxes') ?? 0,
        );
        w.frames.push({ shown: getComputedStyle(viewport).visibility !== 'hidden', zoom, boxes });
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
const frames = (page: Page) => page.evaluate(() => (window as unknown as Recorded).frames);

test(`a new ${N}-namespace lab is shown only at its own zoom; a namespace added to it hides nothing`, async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByTestId('status')).toContainText('2 namespaces');
  await recordFrames(page);
  // The big lab opened over the small one (a link clicked in the running page).
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    encodeShare({ ...emptyDocument('far'), script: bigLab() }).slice(1),
  );
  await expect(page.getByTestId('far-picture')).toHaveAttribute('data-complete', 'true');
  // Fitted: zoomed out to the whole lab.
  await expect.poll(async () => (await frames(page)).at(-1)?.zoom).toBeLessThan(0.5);
  await expect(page.getByTestId('topology')).not.toHaveAttribute('data-unfitted');
  const opened = await frames(page);
  const fit = opened.at(-1)!.zoom;
  // No frame showed its boxes at the small lab's zoom (painted there, the picture is a hundred
  // thousand pixels wide: the viewport's layer rasterized it for a second, every frame held back).
  const wrong = opened.filter((f) => f.shown && f.boxes > 0 && Math.abs(f.zoom - fit) > fit * 0.01);
  expect(wrong).toEqual([]);

  // One namespace more: the view is fitted again, and no frame hides the lab meanwhile.
  await recordFrames(page);
  await page.getByTestId('palette:container').click();
  await expect(page.getByTestId('status')).toContainText(`${N + 1} namespaces`);
  await expect(page.getByTestId('far-picture')).toHaveAttribute('data-complete', 'true');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const added = await frames(page);
  expect(added.length).toBeGreaterThan(0);
  expect(added.filter((f) => !f.shown)).toEqual([]);
});
