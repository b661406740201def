// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cachedBoxes } from './boxCache.ts';

/** A canvas with a wire's label and an envelope on a wire, as React Flow and CanvasMarks draw them. */
function canvas() {
  const root = document.createElement('div');
  root.className = 'react-flow';
  root.innerHTML =
    '<div class="react-flow__viewport"><div class="edge-label" style="transform: translate(0px, 0px)">eth0 ⇄ up0</div>' +
    '<div class="step-on-wire"><button class="packet">ARP</button></div><svg><path class="step-leader" d=""/></svg></div>';
  document.body.append(root);
  const label = root.querySelector<HTMLElement>('.edge-label')!;
  const envelope = root.querySelector<HTMLElement>('.step-on-wire')!;
  let reads = 0;
  // What the placement reads: here the label's transform stands for its box.
  const read = () =>
    cachedBoxes(root, 'labels', () => {
      reads++;
      return [label.style.transform];
    });
  return { root, label, envelope, read, reads: () => reads };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('cachedBoxes', () => {
  it('reads once for every placement in a task while nothing moves', () => {
    const c = canvas();
    expect(c.read()).toEqual(['translate(0px, 0px)']);
    expect(c.read()).toBe(c.read());
    expect(c.reads()).toBe(1);
  });

  it('reads again once a label has moved in the same task (placing an envelope moved it aside)', () => {
    const c = canvas();
    c.read();
    c.label.style.transform = 'translate(calc(-100% - 24px), -50%)';
    expect(c.read()).toEqual(['translate(calc(-100% - 24px), -50%)']);
    expect(c.reads()).toBe(2);
  });

  it('reads again when a card or label is added or removed', () => {
    const c = canvas();
    c.read();
    c.root.firstElementChild!.append(document.createElement('div'));
    c.read();
    expect(c.reads()).toBe(2);
    c.label.remove();
    c.read();
    expect(c.reads()).toBe(3);
  });

  it("keeps its read through the step's own marks changing (they are no obstacles)", () => {
    const c = canvas();
    c.read();
    c.envelope.style.visibility = 'hidden';
    c.envelope.className = 'step-on-wire step-on-wire-left';
    c.root.querySelector('.step-leader')!.setAttribute('d', 'M 0,0 L 10,10');
    c.envelope.querySelector('.packet')!.textContent = 'ARP, who has';
    c.envelope.parentElement!.append(
      Object.assign(document.createElement('div'), { className: 'step-on-wire' }),
    );
    c.envelope.remove();
    c.read();
    expect(c.reads()).toBe(1);
  });

  it('forgets everything at the end of the task', async () => {
    const c = canvas();
    c.read();
    await nextTask();
    c.read();
    expect(c.reads()).toBe(2);
  });

  it('keeps the canvases apart', () => {
    const a = canvas();
    const b = canvas();
    a.read();
    b.read();
    expect(a.reads() + b.reads()).toBe(2);
  });
});
