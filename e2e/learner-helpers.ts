// What a learner sees, measured in the page: whether an element is clipped by an ancestor, how large
// the canvas text really is on screen, whether any control is narrower than its label.

import { expect, type Locator, type Page } from '@playwright/test';
import { LEADER_GAP } from '../src/ui/step/place.ts';

export type Lang = 'en' | 'zh';
export const LANGS: Lang[] = ['en', 'zh'];
export const PRESET_FILES = ['docker0.sh', 'manual-bridge.sh', 'router.sh', 'masquerade.sh'];
/** Every preset: the two-node ones, Docker's and the Kubernetes ones too. */
export const ALL_PRESETS = [
  ...PRESET_FILES,
  'vxlan-overlay.sh',
  'flannel-vxlan.sh',
  'docker-publish.sh',
  'docker-modes.sh',
  'docker-macvlan.sh',
  'k8s-pod-service.sh',
  'k8s-networkpolicy.sh',
  'k8s-two-nodes.sh',
];

/** Opens the page in `lang` (as a returning user who chose it), failing the test on page errors. */
export async function openIn(page: Page, lang: Lang): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('learner-init')) {
      sessionStorage.setItem('learner-init', '1');
      localStorage.setItem('netns-lab.lang', l);
    }
  }, lang);
  await page.goto('/');
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  // The first traced ping is the heaviest work of a first load (the engine's part is fetched, the lab
  // replayed, the trace sent): on a fresh-clone CI run at load 25 it took over the default 20 s once.
  await expect(page.getByTestId('step-event-0')).toBeVisible({ timeout: 60_000 });
  return errors;
}

/** The ancestors that clip `el` and cut part of it off (empty when it is fully shown). */
export function clippedBy(el: Locator): Promise<string[]> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const out: string[] = [];
    for (let a = node.parentElement; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX === 'visible' && cs.overflowY === 'visible' && cs.clipPath === 'none') continue;
      const b = a.getBoundingClientRect();
      if (
        r.left < b.left - 0.5 ||
        r.top < b.top - 0.5 ||
        r.right > b.right + 0.5 ||
        r.bottom > b.bottom + 0.5
      )
        out.push(`${a.tagName.toLowerCase()}.${String(a.className).split(' ').join('.')}`);
    }
    return out;
  });
}

/** Waits until the canvas has stopped moving (fitting after a resize or a new drawing). */
export async function settledZoom(page: Page): Promise<number> {
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((vp) => new DOMMatrix(getComputedStyle(vp).transform).a.toFixed(4));
  let last = '';
  await expect
    .poll(async () => {
      const z = await zoom();
      const same = z === last;
      last = z;
      return same;
    })
    .toBe(true);
  return Number(last);
}

/** The smallest text on the canvas as rendered: font size × zoom, with the text it belongs to. */
export function smallestCanvasText(page: Page): Promise<{ px: number; text: string }> {
  return page.locator('.react-flow__viewport').evaluate((vp) => {
    const zoom = new DOMMatrix(getComputedStyle(vp).transform).a;
    let px = Number.POSITIVE_INFINITY;
    let text = '';
    for (const el of vp.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent?.trim() ?? '')
        .join('');
      if (!own || el.getClientRects().length === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
      const size = Number.parseFloat(cs.fontSize) * zoom;
      if (size < px) {
        px = size;
        text = own;
      }
    }
    return { px, text };
  });
}

/**
 * Controls whose label does not fit: a button, tab or field label whose text overflows it, or a
 * select narrower than its chosen option's text (measured with the select's own font).
 */
export function crampedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const ctx = document.createElement('canvas').getContext('2d')!;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    for (const el of document.querySelectorAll<HTMLElement>('button, [role="tab"], label.btn, .check')) {
      if (!visible(el) || !el.textContent?.trim()) continue;
      // A list row that shows the start of a long sentence (its whole text is shown elsewhere) is
      // truncated by design: that is not a label that does not fit its control.
      const truncates = (x: Element) => getComputedStyle(x).textOverflow === 'ellipsis';
      if (truncates(el) || [...el.querySelectorAll('*')].some(truncates)) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()} "${el.textContent.trim()}" ${el.scrollWidth}>${el.clientWidth}`,
        );
      // Each word must fit on its line: a label broken inside a word is narrower than its label.
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const words = (t.textContent ?? '').split(/(\s+)/);
        let at = 0;
        for (const w of words) {
          if (w.trim() && !/[\u3000-\u9fff]/.test(w)) {
            range.setStart(t, at);
            range.setEnd(t, at + w.length);
            if (range.getClientRects().length > 1)
              out.push(`${el.tagName.toLowerCase()} "${el.textContent.trim()}" breaks "${w}"`);
          }
          at += w.length;
        }
      }
    }
    for (const sel of document.querySelectorAll<HTMLSelectElement>('select')) {
      if (!visible(sel)) continue;
      const cs = getComputedStyle(sel);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = sel.selectedOptions[0]?.textContent ?? '';
      const need =
        ctx.measureText(text).width +
        Number.parseFloat(cs.paddingLeft) +
        Number.parseFloat(cs.paddingRight) +
        Number.parseFloat(cs.borderLeftWidth) +
        Number.parseFloat(cs.borderRightWidth) +
        16; // the arrow
      if (need > sel.getBoundingClientRect().width + 1)
        out.push(
          `select "${text}" needs ${Math.ceil(need)} has ${Math.floor(sel.getBoundingClientRect().width)}`,
        );
    }
    return out;
  });
}

/**
 * Where a packet envelope covers a wire's label, now or on its way: an envelope on a device is
 * checked where it is; one on a wire where it rests and swept along its path (its icon rides the
 * wire, so its box is moved from where it is drawn to every point of the path).
 */
export function envelopeOverLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const labels = [...document.querySelectorAll<HTMLElement>('.edge-label')].map((l) => ({
      text: l.textContent ?? '',
      r: l.getBoundingClientRect(),
    }));
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const check = (what: string, box: DOMRect) => {
      for (const l of labels) if (meets(box, l.r)) out.push(`${what} covers "${l.text}"`);
    };
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    for (const chip of document.querySelectorAll<HTMLElement>('[data-testid="step-packet"]'))
      if (shown(chip)) check(`"${chip.textContent}" at rest`, chip.getBoundingClientRect());
    for (const wire of document.querySelectorAll<HTMLElement>('.step-on-wire')) {
      if (!shown(wire)) continue;
      const chip = wire.querySelector<HTMLElement>('[data-testid="step-packet"]')!;
      const icon = chip.querySelector('.packet-icon')!.getBoundingClientRect();
      const path = document.querySelector<SVGPathElement>(`[data-testid="step-edge:${wire.dataset.edge}"]`)!;
      const ctm = path.getScreenCTM()!;
      const len = path.getTotalLength();
      const at = (d: number) =>
        new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(ctm);
      const c = { x: icon.x + icon.width / 2, y: icon.y + icon.height / 2 };
      const r = chip.getBoundingClientRect();
      const seen = new Set<string>();
      for (let i = 0; i <= 40; i++) {
        const p = at((len * i) / 40);
        const box = new DOMRect(r.x + p.x - c.x, r.y + p.y - c.y, r.width, r.height);
        for (const l of labels)
          if (meets(box, l.r) && !seen.has(l.text)) {
            seen.add(l.text);
            out.push(`"${chip.textContent}" on ${wire.dataset.edge} covers "${l.text}"`);
          }
      }
    }
    return out;
  });
}

/**
 * Where a packet envelope, as it rests (with reduced motion, where every loop of its trip ends),
 * covers a device card or the text of a namespace's or node's frame (its name, tags and routes).
 */
export function envelopeOverCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const range = document.createRange();
    const boxes: { what: string; r: DOMRect }[] = [];
    for (const n of document.querySelectorAll<HTMLElement>(
      '.react-flow__node-port, .react-flow__node-bridge',
    ))
      boxes.push({ what: `card ${n.dataset.id}`, r: n.getBoundingClientRect() });
    for (const t of document.querySelectorAll<HTMLElement>(
      '.netns-head .netns-name, .netns-head .tag, .netns-routes-title, .netns-routes .route',
    )) {
      range.selectNodeContents(t);
      boxes.push({ what: `frame text "${t.textContent}"`, r: range.getBoundingClientRect() });
    }
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const chip of document.querySelectorAll<HTMLElement>('[data-testid="step-packet"]')) {
      if (!chip.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const r = chip.getBoundingClientRect();
      for (const b of boxes)
        if (b.r.width > 0 && meets(r, b.r)) out.push(`"${chip.textContent}" covers ${b.what}`);
    }
    return out;
  });
}

/** Canvas text cut short (an ellipsis, or clipped by its box): what it says, for the failure. */
export function cutCanvasText(page: Page): Promise<string[]> {
  return page.locator('.react-flow__viewport').evaluate((vp) => {
    const out: string[] = [];
    for (const el of vp.querySelectorAll<HTMLElement>('.react-flow__node *')) {
      if (!el.textContent?.trim() || el.getClientRects().length === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.overflowX === 'visible' && cs.textOverflow !== 'ellipsis') continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(el.textContent.trim());
    }
    return out;
  });
}

/**
 * Envelopes that float unattached: an envelope on a wire farther from that wire, or one at a device
 * farther from the device's outline, than LEADER_GAP (at the canvas' zoom, 2 px to spare) with no
 * dashed leader that starts on the wire (outline) and ends on the envelope. Also returns the largest
 * such distance seen, in screen px.
 */
export function envelopeAdrift(page: Page): Promise<{ adrift: string[]; farthest: number; tied: number }> {
  return page.evaluate((leaderGap) => {
    const adrift: string[] = [];
    let farthest = 0;
    let tied = 0;
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = vp ? new DOMMatrix(getComputedStyle(vp).transform).a : 1;
    const allowed = leaderGap * zoom + 2;
    const dist = (p: { x: number; y: number }, r: DOMRect) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const cards = [
      ...document.querySelectorAll<HTMLElement>('.react-flow__node-port, .react-flow__node-bridge'),
    ].map((n) => n.getBoundingClientRect());
    /** The leader's two ends on screen, if it is drawn. */
    const ends = (leader: SVGPathElement | null) => {
      if (!leader?.getAttribute('d') || !shown(leader)) return undefined;
      const ctm = leader.getScreenCTM()!;
      const len = leader.getTotalLength();
      const at = (d: number) => {
        const p = leader.getPointAtLength(d);
        return new DOMPoint(p.x, p.y).matrixTransform(ctm);
      };
      // How much of it shows: a leader that runs under cards all the way ties nothing one can see.
      let seen = 0;
      for (let d = 0; d < len; d += 2) {
        const p = at(d);
        if (!cards.some((c) => p.x > c.left && p.x < c.right && p.y > c.top && p.y < c.bottom))
          seen += 2 * zoom;
      }
      return seen >= 8 ? ([at(0), at(len)] as const) : undefined;
    };
    for (const wire of document.querySelectorAll<HTMLElement>('.step-on-wire')) {
      if (!shown(wire)) continue;
      const id = wire.dataset.edge!;
      const chip = wire.querySelector<HTMLElement>('[data-testid="step-packet"]')!;
      const path = document.querySelector<SVGPathElement>(`[data-testid="step-edge:${CSS.escape(id)}"]`)!;
      const ctm = path.getScreenCTM()!;
      const len = path.getTotalLength();
      const pts = Array.from({ length: 201 }, (_, i) => {
        const q = path.getPointAtLength((len * i) / 200);
        return new DOMPoint(q.x, q.y).matrixTransform(ctm);
      });
      const r = chip.getBoundingClientRect();
      const gap = Math.min(...pts.map((p) => dist(p, r)));
      farthest = Math.max(farthest, gap);
      if (gap <= allowed) continue;
      const tie = ends(document.querySelector(`[data-testid="step-leader:${CSS.escape(id)}"]`));
      const onWire = tie && Math.min(...pts.map((p) => Math.hypot(p.x - tie[0].x, p.y - tie[0].y))) <= 3;
      if (tie && onWire && dist(tie[1], r) <= 3) tied++;
      else
        adrift.push(
          `"${chip.textContent}" ${Math.round(gap)} px from ${id} ${tie ? `with a leader from (${Math.round(tie[0].x)}, ${Math.round(tie[0].y)}) to (${Math.round(tie[1].x)}, ${Math.round(tie[1].y)})` : 'without a leader'}`,
        );
    }
    const stack = document.querySelector<HTMLElement>('.step-at-node-stack');
    const mark = document.querySelector<HTMLElement>('[data-testid^="step-mark:"]');
    if (stack && mark && shown(stack)) {
      const r = stack.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      const gap = Math.hypot(
        Math.max(m.left - r.right, r.left - m.right, 0),
        Math.max(m.top - r.bottom, r.top - m.bottom, 0),
      );
      farthest = Math.max(farthest, gap);
      if (gap > allowed) {
        const tie = ends(document.querySelector('[data-testid="step-leader"]'));
        if (tie && dist(tie[0], m) <= 3 && dist(tie[1], r) <= 3) tied++;
        else
          adrift.push(
            `"${stack.textContent}" ${Math.round(gap)} px from ${mark.dataset.testid} ${tie ? 'with a leader that misses' : 'without a leader'}`,
          );
      }
    }
    return { adrift, farthest, tied };
  }, LEADER_GAP);
}
