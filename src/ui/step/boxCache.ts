// The canvas boxes the envelopes are placed around (cards, frames' text, wires' labels), read once for
// every envelope a step places together instead of once each: a flood on a big lab places a hundred,
// and each read walks the drawing and lays the page out. What is held is dropped as soon as anything
// drawn may have moved: when the DOM under the canvas changed since it was read (a MutationObserver's
// records, taken at each read: a placement that moves a wire's label aside, React Flow resizing a
// node) other than the step's own marks, which are no obstacles; and at the end of the task
// (a microtask), so no later event (a resize, a font) is ever answered from an old read.

/** The step's own marks on the canvas: what they change moves no card and no label. */
export const STEP_MARKS = '.step-on-wire, .step-leader, .step-edge-glow, .step-overlay';

interface Held {
  observer: MutationObserver;
  boxes: Map<string, unknown>;
}

const held = new WeakMap<Element, Held>();

const isMark = (n: Node): boolean =>
  (n instanceof Element ? n : n.parentElement)?.closest(STEP_MARKS) != null;

/** Whether a record says something other than the step's marks changed. */
function moves(r: MutationRecord): boolean {
  if (isMark(r.target)) return false;
  if (r.type !== 'childList') return true;
  for (const n of r.addedNodes) if (!isMark(n)) return true;
  for (const n of r.removedNodes) if (!isMark(n)) return true;
  return false;
}

/**
 * `read()`'s result for `key` under `root` (the canvas), from an earlier call in this task if nothing
 * under `root` has changed since but the step's marks; read afresh otherwise. The result is shared:
 * callers must not change it.
 */
export function cachedBoxes<T>(root: Element, key: string, read: () => T): T {
  let h = held.get(root);
  if (h?.observer.takeRecords().some(moves)) h.boxes.clear();
  if (h?.boxes.has(key)) return h.boxes.get(key) as T;
  if (!h) {
    const observer = new MutationObserver(() => {});
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const fresh: Held = { observer, boxes: new Map() };
    held.set(root, fresh);
    h = fresh;
    queueMicrotask(() => {
      fresh.observer.disconnect();
      held.delete(root);
    });
  }
  const boxes = read();
  h.boxes.set(key, boxes);
  return boxes;
}
