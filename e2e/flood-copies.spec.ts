// A flood's other copies (icon-only envelopes, one per port) are unseen until the frame that came in
// reaches the bridge, so they are mounted in a render after the step's (lazy.tsx), then placed and set
// moving once the step is painted (CanvasMarks.tsx's afterPaint), in slices. Checked here with motion
// on, as a learner sees it: the step's own render holds no copy, no envelope is ever shown before it
// is placed, every copy keeps time with the envelope coming in, each rests where the same step places
// it without motion, and stepping on before they are placed leaves nothing behind.

import { expect, type Page, test } from '@playwright/test';
import { emptyDocument } from '../src/ui/doc/document.ts';
import { encodeShare } from '../src/ui/doc/share.ts';
import { sendAndSettle, settledStep } from './waits.ts';

/** Six containers on one bridge: an ARP request from c1 floods out of five ports. */
function lab(): string {
  const out = ['ip link add br0 type bridge', 'ip link set br0 up'];
  for (let i = 1; i <= 6; i++)
    out.push(
      `ip netns add c${i}`,
      `ip link add v${i} type veth peer name eth0 netns c${i}`,
      `ip link set v${i} master br0 up`,
      `ip -n c${i} addr add 10.0.0.${i}/24 dev eth0`,
      `ip -n c${i} link set eth0 up`,
    );
  return `${out.join('\n')}\n`;
}

/**
 * Opens the lab, pings c1 → c2, steps onto the flood and back to the step before it; returns both
 * seqs and the page's errors as they come.
 */
async function beforeFlood(page: Page): Promise<{ flood: string; before: string; errors: string[] }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`/${encodeShare({ ...emptyDocument('flood'), script: lab() })}`);
  await expect(page.getByTestId('status')).toContainText('6 namespaces');
  await page.getByTestId('send-from').selectOption('c1');
  await page.getByTestId('send-to').fill('10.0.0.2');
  await sendAndSettle(page, () => page.getByTestId('send-go').click());
  let before = await settledStep(page);
  for (let k = 0; k < 20; k++) {
    await page.getByTestId('step-forward').click();
    const seq = await expectNewStep(page, before);
    if ((await page.getByTestId('step-explanation-text').innerText()).includes('floods it')) {
      await step(page, 'step-back', before);
      return { flood: seq, before, errors };
    }
    before = seq;
  }
  throw new Error('no flood in the first 20 steps');
}

/** Clicks `button` and waits until the view shows `seq`. */
async function step(page: Page, button: 'step-back' | 'step-forward', seq: string): Promise<void> {
  await page.getByTestId(button).click();
  await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', seq);
}

async function expectNewStep(page: Page, old: string): Promise<string> {
  await expect(page.getByTestId('step-explanation')).not.toHaveAttribute('data-seq', old);
  return settledStep(page);
}

/** The envelopes on the wires: their edge, whether quiet, shown, placed (animated), and at rest. */
function envelopes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.step-on-wire')].map((el) => {
      const anim = el.getAnimations()[0];
      const frames = anim?.effect instanceof KeyframeEffect ? anim.effect.getKeyframes() : [];
      return {
        edge: el.dataset.edge ?? '',
        quiet: el.querySelector('.packet-quiet') !== null,
        hidden: getComputedStyle(el).visibility === 'hidden',
        start: anim?.startTime ?? null,
        rest: String(frames.at(-1)?.transform ?? el.style.transform),
      };
    }),
  );
}

test('a flood: copies placed after the paint, in time with the frame coming in, where no motion puts them', async ({
  page,
}) => {
  const { flood, before, errors } = await beforeFlood(page);

  // Onto the flood, looking at each frame before it is painted: an envelope is either placed (its
  // trip running) or hidden, never shown where it was first drawn. And the step's own render (the
  // one that shows its explanation) mounts the labelled envelopes only: the copies come after it.
  const { unplaced, mounted } = await page.evaluate(async (seq) => {
    const seen: string[] = [];
    const look = (when: string) => {
      for (const el of document.querySelectorAll<HTMLElement>('.step-on-wire'))
        if (!el.getAnimations().length && getComputedStyle(el).visibility !== 'hidden')
          seen.push(`${when}: ${el.dataset.edge}`);
    };
    let mounted: { labelled: number; quiet: number } | undefined;
    const commit = new MutationObserver(() => {
      if (
        mounted ||
        document.querySelector<HTMLElement>('[data-testid="step-explanation"]')?.dataset.seq !== seq
      )
        return;
      const quiet = document.querySelectorAll('.step-on-wire .packet-quiet').length;
      mounted = { labelled: document.querySelectorAll('.step-on-wire').length - quiet, quiet };
      commit.disconnect();
    });
    commit.observe(document.body, { subtree: true, childList: true, attributes: true });
    document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]')!.click();
    for (let f = 0; f < 12; f++) {
      await new Promise((r) => requestAnimationFrame(r));
      look(`frame ${f}`);
    }
    return { unplaced: seen, mounted };
  }, flood);
  expect(unplaced).toEqual([]);
  // The frame coming in and the first copy out carry the label.
  expect(mounted).toEqual({ labelled: 2, quiet: 0 });
  await expect(page.getByTestId('step-explanation')).toHaveAttribute('data-seq', flood);

  // Every copy placed and shown, all trips begun at one time (the one coming in started first).
  await expect
    .poll(async () => (await envelopes(page)).filter((e) => e.hidden || e.start === null))
    .toEqual([]);
  const moving = await envelopes(page);
  expect(moving.filter((e) => e.quiet).length).toBeGreaterThanOrEqual(3);
  expect(new Set(moving.map((e) => e.start)).size).toBe(1);

  // Without motion the same step is placed before it is painted: each envelope rests where its trip
  // ends with motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await step(page, 'step-back', before);
  await step(page, 'step-forward', flood);
  const still = await envelopes(page);
  const restOf = (list: typeof moving) => Object.fromEntries(list.map((e) => [e.edge, e.rest]));
  expect(restOf(still)).toEqual(restOf(moving));
  expect(Object.values(restOf(still)).filter((r) => /translate\(0px, 0px\)|^$/.test(r))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a flood stepped past before its copies are placed leaves no copy and no animation behind', async ({
  page,
}) => {
  const { flood, before, errors } = await beforeFlood(page);
  // Onto the flood and off it again within one task: its copies never got a frame.
  await page.evaluate(async () => {
    const forward = document.querySelector<HTMLButtonElement>('[data-testid="step-forward"]')!;
    forward.click();
    await Promise.resolve();
    forward.click();
  });
  const after = await expectNewStep(page, before);
  expect(Number(after)).toBeGreaterThan(Number(flood));
  // Give any job left over the frames it would have run in.
  await page.evaluate(async () => {
    for (let f = 0; f < 6; f++) await new Promise((r) => requestAnimationFrame(r));
  });
  const left = await page.evaluate(() => {
    const marked = new Set(
      [...document.querySelectorAll<SVGElement>('[data-testid^="step-edge:"]')].map((p) =>
        p.dataset.testid?.slice('step-edge:'.length),
      ),
    );
    return document.getAnimations().flatMap((a) => {
      const el = a.effect instanceof KeyframeEffect ? a.effect.target : null;
      const wire = el instanceof HTMLElement ? el.closest<HTMLElement>('.step-on-wire') : null;
      return wire && !marked.has(wire.dataset.edge) ? [wire.dataset.edge ?? ''] : [];
    });
  });
  expect(left).toEqual([]);
  expect(await page.locator('.packet-quiet').count()).toBe(0);
  expect(errors).toEqual([]);
});
