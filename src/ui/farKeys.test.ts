import { expect, it } from 'vitest';
import { createLab } from '../worker/lab.ts';
import { keyMap, moveFrom } from './farKeys.ts';
import { layoutTopology } from './layout.ts';

/** `n` namespaces on two host bridges (odd ones on br1), and two on no bridge. */
function lab(n: number): string {
  const out = ['ip link add br0 type bridge', 'ip link add br1 type bridge'];
  for (let i = 1; i <= n; i++)
    out.push(
      `ip netns add ns${i}`,
      `ip link add h${i} type veth peer name eth0 netns ns${i}`,
      `ip link set h${i} master br${i % 2} up`,
    );
  out.push('ip netns add lone1', 'ip netns add lone2');
  return `${out.join('\n')}\n`;
}

it('groups every namespace under its bridge, in reading order, and the keys move through them', async () => {
  const { snapshot } = await createLab().replay(lab(150));
  const full = layoutTopology(snapshot);
  const map = keyMap(full);
  expect(keyMap(full)).toBe(map);
  expect(map.boxes).toHaveLength(152);
  expect(map.groups.map((g) => [g.label, g.end - g.start]).sort()).toEqual([
    ['', 2],
    ['br0', 75],
    ['br1', 75],
  ]);
  // Each group is a run of its own boxes, read row by row, left to right.
  for (const [gi, g] of map.groups.entries()) {
    const names = map.boxes.slice(g.start, g.end).map((b) => b.name);
    if (g.label === 'br1') expect(names.every((x) => Number(x.slice(2)) % 2 === 1)).toBe(true);
    if (g.label === '') expect(names.sort()).toEqual(['lone1', 'lone2']);
    for (let i = g.start + 1; i < g.end; i++) {
      const [a, b] = [map.boxes[i - 1], map.boxes[i]];
      expect(b.group).toBe(gi);
      expect(a.y < b.y || (a.y === b.y && a.x < b.x)).toBe(true);
    }
  }
  expect(map.index.get(map.boxes[7].id)).toBe(7);

  const g0 = map.groups[0];
  // ← → step through the order and stop at its ends.
  expect(moveFrom(map, 0, 'ArrowLeft')).toBe(0);
  expect(moveFrom(map, 0, 'ArrowRight')).toBe(1);
  expect(moveFrom(map, 151, 'ArrowRight')).toBe(151);
  // Tab goes to the next group's first box; none after the last (Tab then leaves the map).
  expect(moveFrom(map, 3, 'Tab')).toBe(map.groups[1].start);
  expect(moveFrom(map, map.groups[1].start + 4, 'Tab', true)).toBe(g0.start);
  expect(moveFrom(map, 3, 'Tab', true)).toBeUndefined();
  expect(moveFrom(map, map.groups.at(-1)!.start, 'Tab')).toBeUndefined();
  expect(moveFrom(map, 3, 'PageUp')).toBe(3);
  expect(moveFrom(map, 3, 'PageDown')).toBe(map.groups[1].start);
  expect(moveFrom(map, 3, 'End')).toBe(g0.end - 1);
  expect(moveFrom(map, g0.end - 1, 'Home')).toBe(g0.start);
  expect(moveFrom(map, 3, 'a')).toBeUndefined();

  // ↓ goes to the nearest box of the row below in the same group, ↑ back to where it was.
  const rows = [...new Set(map.boxes.slice(g0.start, g0.end).map((b) => b.y))];
  expect(rows.length).toBeGreaterThan(1);
  const top = g0.start + 1;
  const down = moveFrom(map, top, 'ArrowDown')!;
  expect(map.boxes[down].group).toBe(0);
  expect(map.boxes[down].y).toBe(rows[1]);
  const cx = (b: (typeof map.boxes)[0]) => b.x + b.w / 2;
  const below = map.boxes.slice(g0.start, g0.end).filter((b) => b.y === rows[1]);
  const nearest = Math.min(...below.map((b) => Math.abs(cx(b) - cx(map.boxes[top]))));
  expect(Math.abs(cx(map.boxes[down]) - cx(map.boxes[top]))).toBe(nearest);
  expect(moveFrom(map, down, 'ArrowUp')).toBe(top);
});
