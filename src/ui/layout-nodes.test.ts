import { beforeAll, describe, expect, it } from 'vitest';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { createLab } from '../worker/lab.ts';
import { PRESETS } from './doc/presets.ts';
import { type LabNode, layoutTopology } from './layout.ts';
import { nodeMembers, vxlanTunnels } from './layout-nodes.ts';
import { loadDagre } from './rows.ts';

// Routers on two bridges are placed by dagre, loaded on demand as in the browser.
beforeAll(() => loadDagre());

async function snapshotOf(script: string): Promise<TopologySnapshot> {
  return (await createLab().run(script)).snapshot;
}

function absolute(nodes: LabNode[]) {
  const out = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const n of nodes) {
    const p = n.parentId ? out.get(n.parentId) : undefined;
    out.set(n.id, {
      x: (p?.x ?? 0) + n.position.x,
      y: (p?.y ?? 0) + n.position.y,
      w: n.width!,
      h: n.height!,
    });
  }
  return out;
}

const inside = (a: { x: number; y: number; w: number; h: number }, b: typeof a) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

describe('nodes on the canvas', () => {
  for (const file of ['vxlan-overlay.sh', 'flannel-vxlan.sh']) {
    it(`${file}: each node is a frame around its containers, the overlay a tunnel between frames`, async () => {
      const preset = PRESETS.find((p) => p.example.file === file)!;
      const snap = await snapshotOf(preset.example.script);
      const roles = preset.doc.roles;
      const d = layoutTopology(snap, { roles });
      const box = absolute(d.nodes);
      const [a, b] = file === 'flannel-vxlan.sh' ? ['pod1', 'pod2'] : ['c1', 'c2'];
      for (const [node, member] of [
        ['node1', a],
        ['node2', b],
      ]) {
        const frame = d.nodes.find((n) => n.id === `netns:${node}`)!;
        expect(frame.type).toBe('node');
        expect(frame.parentId).toBe('host');
        const m = d.nodes.find((n) => n.id === `netns:${member}`)!;
        expect(m.parentId).toBe(`netns:${node}`);
        expect(inside(box.get(m.id)!, box.get(frame.id)!)).toBe(true);
      }
      const frames = ['node1', 'node2'].map((n) => box.get(`netns:${n}`)!);
      expect(frames[0].x + frames[0].w <= frames[1].x || frames[1].x + frames[1].w <= frames[0].x).toBe(true);
      const vx = file === 'flannel-vxlan.sh' ? 'flannel.1' : 'vx0';
      const tunnel = d.edges.find((e) => e.data?.kind === 'vxlan')!;
      expect(tunnel).toMatchObject({ source: `link:node1:${vx}`, target: `link:node2:${vx}` });
      const underlay = d.edges.find((e) => e.source === 'link:node1:eth0' && e.target === 'link:node2:eth0');
      expect(underlay?.data?.kind).toBe('veth');
    });
  }

  it('a namespace belongs to a node only when every pair it has leads into that node', async () => {
    const snap = await snapshotOf(
      [
        'ip netns add n1',
        'ip netns add n2',
        'ip netns add a',
        'ip netns add b',
        'ip netns add r',
        'ip netns add sidecar',
        'ip link add x netns a type veth peer name y netns n1',
        'ip link add x netns sidecar type veth peer name y netns a',
        'ip link add x netns b type veth peer name y netns n2',
        'ip link add x1 netns r type veth peer name z netns n1',
        'ip link add x2 netns r type veth peer name z netns n2',
      ].join('\n'),
    );
    const roles = { n1: { role: 'node' as const }, n2: { role: 'node' as const } };
    const named = snap.namespaces.slice(1);
    const m = nodeMembers(named, roles);
    expect(m.get('n1')?.map((n) => n.name)).toEqual(['a', 'sidecar']);
    expect(m.get('n2')?.map((n) => n.name)).toEqual(['b']);
    expect(nodeMembers(named, {}).size).toBe(0);
    expect(vxlanTunnels(snap)).toEqual([]);
  });
});
