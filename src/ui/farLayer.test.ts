import { expect, it } from 'vitest';
import { createLab } from '../worker/lab.ts';
import {
  absoluteBoxes,
  BIG_LAB,
  boxCount,
  keptBoxes,
  sparse,
  stickyHeld,
  viewKey,
  withHeld,
} from './farLayer.ts';
import { layoutTopology } from './layout.ts';

/** `n` namespaces on two host bridges, each with its veth pair. */
function lab(n: number): string {
  const out = ['ip link add br0 type bridge', 'ip link add br1 type bridge'];
  for (let i = 1; i <= n; i++)
    out.push(
      `ip netns add ns${i}`,
      `ip link add h${i} type veth peer name eth0 netns ns${i}`,
      `ip link set h${i} master br${i % 2} up`,
    );
  return `${out.join('\n')}\n`;
}

it('a big lab zoomed out: React Flow holds the frame, bridges and kept namespaces; the rest is the picture', async () => {
  const { snapshot } = await createLab().replay(lab(200));
  const full = layoutTopology(snapshot);
  expect(boxCount(full)).toBe(200);
  expect(boxCount(full)).toBeGreaterThan(BIG_LAB);
  const keep = keptBoxes('link:ns7:eth0', ['far:netns:ns9->link::br1', 'link::br1']);
  expect([...keep].sort()).toEqual(['netns:ns7', 'netns:ns9']);
  const far = sparse(full, 'far', keep, 'link:ns7:eth0');
  const held = far.drawing.nodes.map((n) => n.id);
  expect(held.filter((id) => id.startsWith('netns:')).sort()).toEqual(['netns:ns7', 'netns:ns9']);
  expect(held).toContain('host');
  expect(held).toEqual(expect.arrayContaining(['link::br0', 'link::br1', 'link:ns7:eth0']));
  expect(far.boxes.map((b) => b.id)).not.toContain('netns:ns7');
  expect(far.boxes).toHaveLength(198);
  // Each pictured namespace has its wire to its bridge; the kept ones are React Flow edges.
  expect(far.wires).toHaveLength(198);
  expect(far.drawing.edges.map((e) => e.id).sort()).toEqual([
    'far:netns:ns7->link::br1',
    'far:netns:ns9->link::br1',
  ]);
  // A bridge draws the handles of the wires React Flow holds, and still says how many ports it has.
  const br1 = far.drawing.nodes.find((n) => n.id === 'link::br1')!;
  expect(br1.type === 'bridge' && [br1.data.ports.map((p) => p.name), br1.data.count]).toEqual([
    ['h7', 'h9'],
    100,
  ]);
  // Boxes are where the layout puts them, in flow coordinates.
  const abs = absoluteBoxes(full);
  const b = far.boxes.find((x) => x.id === 'netns:ns100')!;
  expect({ x: b.x, y: b.y, w: b.w, h: b.h }).toEqual(abs.get('netns:ns100'));
});

it('zoomed in, React Flow holds what meets the window around the viewport, and every edge it holds has both ends', async () => {
  const { snapshot } = await createLab().replay(lab(200));
  const full = layoutTopology(snapshot);
  const abs = absoluteBoxes(full);
  const ns = abs.get('netns:ns50')!;
  // The viewport centred on ns50 at zoom 1 in a 1280×800 canvas.
  const key = viewKey(true, [640 - ns.x, 400 - ns.y, 1], 1280, 800);
  const [x0, y0, x1, y1] = key.split(',').map(Number);
  expect(x0).toBeLessThanOrEqual(ns.x - 640);
  expect(x1).toBeGreaterThanOrEqual(ns.x + 640);
  const near = sparse(full, key, new Set());
  const held = new Set(near.drawing.nodes.map((n) => n.id));
  expect(held.has('netns:ns50')).toBe(true);
  expect(held.has('link:ns50:eth0')).toBe(true);
  const heldBoxes = [...held].filter((id) => id.startsWith('netns:'));
  expect(heldBoxes.length).toBeGreaterThan(0);
  expect(heldBoxes.length).toBeLessThan(200);
  for (const id of heldBoxes) {
    const b = abs.get(id)!;
    expect(b.x < x1 && b.x + b.w > x0 && b.y < y1 && b.y + b.h > y0).toBe(true);
  }
  expect(near.boxes.length + heldBoxes.length).toBe(200);
  for (const e of near.drawing.edges) expect(held.has(e.source) && held.has(e.target)).toBe(true);
  // Panning by less than the grid keeps the key; a small lab is all nodes; far out is 'far'.
  expect(viewKey(true, [640 - ns.x - 3, 400 - ns.y, 1], 1280, 800)).toBe(key);
  expect(viewKey(false, [0, 0, 1], 1280, 800)).toBe('all');
  expect(viewKey(true, [0, 0, 0.2], 1280, 800)).toBe('far');
  expect(sparse(full, 'all', new Set()).drawing).toBe(full);
});

it("a step's namespaces are added over the picture, with their wires and the bridge's handles for them", async () => {
  const { snapshot } = await createLab().replay(lab(200));
  const full = layoutTopology(snapshot);
  const far = sparse(full, 'far', new Set());
  expect(withHeld(far, [])).toBe(far.drawing);
  const d = withHeld(far, keptBoxes(undefined, ['far:netns:ns3->link::br1', 'link:ns5:eth0']));
  expect(d.nodes.filter((n) => n.id.startsWith('netns:')).map((n) => n.id)).toEqual([
    'netns:ns3',
    'netns:ns5',
  ]);
  expect(d.edges.map((e) => e.id).sort()).toEqual(['far:netns:ns3->link::br1', 'far:netns:ns5->link::br1']);
  const br1 = d.nodes.find((n) => n.id === 'link::br1')!;
  expect(br1.type === 'bridge' && br1.data.ports.map((p) => p.name)).toEqual(['h3', 'h5']);
  // The picture is left as it was: the held boxes are drawn over their pictured ones.
  expect(far.boxes).toHaveLength(200);
});

it('keeps the boxes of recent steps held, newest first, up to a bound, and none once no step is shown', () => {
  const flood = Array.from({ length: 100 }, (_, i) => `netns:n${i}`);
  // Onto the flood, back to the step before (two boxes), onto the flood again: the hundred stay.
  let held = stickyHeld([], ['netns:a', 'netns:n0']);
  held = stickyHeld(held, flood);
  expect(new Set(held)).toEqual(new Set(['netns:a', ...flood]));
  held = stickyHeld(held, ['netns:a', 'netns:n0']);
  expect(held.slice(-2)).toEqual(['netns:a', 'netns:n0']);
  expect(held).toHaveLength(101);
  // Bounded: the oldest go first, what the step needs always stays.
  held = stickyHeld(held, ['netns:x', 'netns:y'], 50);
  expect(held).toHaveLength(50);
  expect(held.slice(-2)).toEqual(['netns:x', 'netns:y']);
  expect(held).toContain('netns:a'); // held two steps ago: newer than the flood's
  expect(held).not.toContain('netns:n1');
  expect(stickyHeld(held, flood, 10)).toEqual(flood); // more than the bound: all of them
  // A step that needs no box (the host's bridge learning) keeps what was held; no step, nothing.
  expect(stickyHeld(held, [])).toEqual(held);
  expect(stickyHeld(held, undefined)).toEqual([]);
});
