import { beforeAll, expect, it } from 'vitest';
import { createLab } from '../worker/lab.ts';
import { DEFAULT_PRESET, PRESETS } from './doc/presets.ts';
import { farView } from './farView.ts';
import { layoutTopology, SIZE } from './layout.ts';
import { loadDagre } from './rows.ts';

// Routers on two bridges are placed by dagre, loaded on demand as in the browser.
beforeAll(() => loadDagre());

it('far out, ports are hidden and each veth pair runs namespace to bridge or namespace', async () => {
  const { snapshot } = await createLab().replay(DEFAULT_PRESET.doc.script);
  const far = farView(layoutTopology(snapshot));
  expect(far.nodes.filter((n) => n.type === 'port')).toEqual([]);
  const kept = farView(layoutTopology(snapshot), 'link:c1:eth0').nodes.filter((n) => n.type === 'port');
  expect(kept.map((n) => [n.id, n.hidden])).toEqual([['link:c1:eth0', true]]);
  expect(far.nodes.filter((n) => n.type !== 'port').some((n) => n.hidden)).toBe(false);
  expect(far.edges.map((e) => `${e.source} ${e.sourceHandle} -> ${e.target} ${e.targetHandle}`)).toEqual([
    'netns:c1 connect -> link::docker0 port:veth1',
    'netns:c2 connect -> link::docker0 port:veth2',
  ]);
  // Between two named namespaces: one edge per pair, drawn once.
  const router = PRESETS.find((p) => p.example.file === 'router.sh')!;
  const r = await createLab().replay(router.doc.script);
  expect(farView(layoutTopology(r.snapshot)).edges.map((e) => `${e.source} -> ${e.target}`)).toEqual([
    'netns:left -> netns:router',
    'netns:router -> netns:right',
  ]);
});

it('a namespace the user moved keeps its place and the host frame grows around it', async () => {
  const { snapshot } = await createLab().replay(DEFAULT_PRESET.doc.script);
  const auto = layoutTopology(snapshot);
  const moved = layoutTopology(snapshot, { positions: { 'netns:c2': { x: 2000, y: 900 } } });
  const c2 = moved.nodes.find((n) => n.id === 'netns:c2')!;
  expect(c2.position).toEqual({ x: 2000, y: 900 });
  expect(moved.width).toBe(2000 + (c2.width ?? 0) + SIZE.pad);
  expect(moved.nodes[0]).toMatchObject({ id: 'host', width: moved.width, height: moved.height });
  expect(moved.nodes.find((n) => n.id === 'netns:c1')!.position).toEqual(
    auto.nodes.find((n) => n.id === 'netns:c1')!.position,
  );
});
