// Panning the canvas as a user drags it, for the UI benches (bench/ui-*.spec.ts).

import type { Page } from '@playwright/test';

/** Drags the empty pane by 3 px every frame for a second; frames per second and the worst gap. */
export function panOneSecond(page: Page) {
  return page.evaluate(async () => {
    const pane = document.querySelector('.react-flow__pane') as HTMLElement;
    const box = pane.getBoundingClientRect();
    let x = box.left + 4;
    const y = box.bottom - 4;
    const at = () => ({ bubbles: true, clientX: x, clientY: y, button: 0, buttons: 1, view: window });
    pane.dispatchEvent(new MouseEvent('mousedown', at()));
    const frames: number[] = [];
    const start = performance.now();
    await new Promise<void>((done) => {
      const step = (t: number) => {
        frames.push(t);
        x += 3;
        window.dispatchEvent(new MouseEvent('mousemove', at()));
        if (t - start < 1000) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    window.dispatchEvent(new MouseEvent('mouseup', at()));
    const gaps = frames.slice(1).map((t, i) => t - frames[i]);
    const transform = (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform;
    return {
      fps: (frames.length - 1) / ((frames.at(-1)! - frames[0]) / 1000),
      worst: Math.max(...gaps),
      transform,
    };
  });
}
