import { describe, expect, it } from 'vitest';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { EXAMPLES } from '../examples/index.ts';
import { createLab } from '../worker/lab.ts';
import { type LabNode, layoutTopology } from './layout.ts';

async function snapshotOf(script: string): Promise<TopologySnapshot> {
  return (await createLab().run(script)).snapshot;
}

/** Absolute boxes of every node, from the parent-relative positions React Flow gets. */
function absolute(nodes: LabNode[]) {
  const out = new Map<string, { x: number; y: number; w: number; h: number; parent?: string }>();
  for (const n of nodes) {
    const p = n.parentId ? out.get(n.parentId) : undefined;
    if (n.parentId) expect(p, `${n.id}'s parent comes before it`).toBeDefined();
    out.set(n.id, {
      x: (p?.x ?? 0) + n.position.x,
      y: (p?.y ?? 0) + n.position.y,
      w: n.width!,
      h: n.height!,
      parent: n.parentId,
    });
  }
  return out;
}

function overlaps(a: { x: number; y: number; w: number; h: number }, b: typeof a): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

describe('layoutTopology', () => {
  it('draws docker0.sh: host frame, two namespaces, one bridge, one edge per veth pair', async () => {
    const snap = await snapshotOf(EXAMPLES.find((e) => e.file === 'docker0.sh')!.script);
    const { nodes, edges } = layoutTopology(snap);

    expect(nodes.filter((n) => n.type === 'netns').map((n) => n.id)).toEqual([
      'host',
      'netns:c1',
      'netns:c2',
    ]);
    expect(nodes.find((n) => n.id === 'netns:c1')?.parentId).toBe('host');
    expect(nodes.find((n) => n.id === 'link::docker0')).toMatchObject({ type: 'bridge', parentId: 'host' });
    expect(nodes.find((n) => n.id === 'link:c1:eth0')).toMatchObject({ type: 'port', parentId: 'netns:c1' });

    const veth = edges.filter((e) => e.data?.kind === 'veth');
    expect(veth.map((e) => [e.source, e.target, e.data?.label])).toEqual([
      ['link::veth1', 'link:c1:eth0', 'veth1 ⇄ eth0'],
      ['link::veth2', 'link:c2:eth0', 'veth2 ⇄ eth0'],
    ]);
    const master = edges.filter((e) => e.data?.kind === 'master');
    expect(master.map((e) => [e.source, e.target, e.targetHandle])).toEqual([
      ['link::veth1', 'link::docker0', 'port:veth1'],
      ['link::veth2', 'link::docker0', 'port:veth2'],
    ]);

    // Each container sits under the host port its veth comes from, so the wire drops straight.
    const box = absolute(nodes);
    for (const [host, ctr] of [
      ['link::veth1', 'link:c1:eth0'],
      ['link::veth2', 'link:c2:eth0'],
    ]) {
      const a = box.get(host)!;
      const b = box.get(ctr)!;
      expect(a.x + a.w / 2).toBe(b.x + b.w / 2);
      expect(a.y + a.h).toBeLessThan(b.y);
    }
    expect(veth.every((e) => e.sourceHandle === 'b' && e.targetHandle === 't')).toBe(true);
  });

  it('keeps every node inside its parent and apart from its siblings', async () => {
    const snap = await snapshotOf(
      [
        'ip link add br0 type bridge',
        'ip link add br1 type bridge',
        ...[1, 2, 3, 4].flatMap((i) => [
          `ip netns add n${i}`,
          `ip link add h${i} type veth peer name eth0 netns n${i}`,
          `ip link set h${i} master br${i % 2}`,
          `ip -n n${i} addr add 10.0.${i}.2/24 dev eth0`,
        ]),
        'ip link add x0 type veth peer name x1',
        'ip -n n1 link add y0 type veth peer name y1 netns n2',
      ].join('\n'),
    );
    const { nodes } = layoutTopology(snap);
    const box = absolute(nodes);
    for (const n of nodes) {
      const b = box.get(n.id)!;
      if (b.parent) {
        const p = box.get(b.parent)!;
        expect(b.x >= p.x && b.y >= p.y && b.x + b.w <= p.x + p.w && b.y + b.h <= p.y + p.h, n.id).toBe(true);
      }
      for (const m of nodes) {
        if (m.id < n.id && m.parentId === n.parentId) {
          expect(overlaps(b, box.get(m.id)!), `${n.id} overlaps ${m.id}`).toBe(false);
        }
      }
    }
  });

  it('joins a veth pair between two named namespaces side to side, once', async () => {
    const snap = await snapshotOf(
      'ip netns add a\nip netns add b\nip -n a link add va type veth peer name vb netns b',
    );
    const veth = layoutTopology(snap).edges.filter((e) => e.data?.kind === 'veth');
    expect(veth).toHaveLength(1);
    expect(veth[0]).toMatchObject({
      source: 'link:a:va',
      target: 'link:b:vb',
      sourceHandle: 'r',
      targetHandle: 'l',
      data: { label: 'va ⇄ vb' },
    });
  });

  it('is deterministic', async () => {
    const script = EXAMPLES[0].script;
    expect(layoutTopology(await snapshotOf(script))).toEqual(layoutTopology(await snapshotOf(script)));
  });

  it('draws nothing for an empty snapshot', () => {
    expect(layoutTopology({ namespaces: [], timeMs: 0 }).nodes).toEqual([]);
  });
});
