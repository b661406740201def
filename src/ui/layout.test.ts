import { beforeAll, describe, expect, it } from 'vitest';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { EXAMPLES } from '../examples/index.ts';
import { createLab } from '../worker/lab.ts';
import { PRESETS } from './doc/presets.ts';
import { fitZoom, needsRoom, RAIL_W, sideWidth } from './editor/side.ts';
import { CANVAS_MIN_FONT, type LabNode, layoutTopology, type NetnsNodeData, SVC_LINE } from './layout.ts';
import { loadDagre } from './rows.ts';

// Routers on two bridges are placed by dagre, loaded on demand as in the browser.
beforeAll(() => loadDagre());

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

const TWO_SUBNETS = [
  'ip link add br0 type bridge',
  'ip link add br1 type bridge',
  ...[1, 2, 3, 4].flatMap((i) => [
    `ip netns add c${i}`,
    `ip link add h${i} type veth peer name eth0 netns c${i}`,
    `ip link set h${i} master br${i <= 2 ? 0 : 1}`,
  ]),
  'ip netns add r',
  'ip link add r0 type veth peer name eth0 netns r',
  'ip link add r1 type veth peer name eth1 netns r',
  'ip link set r0 master br0',
  'ip link set r1 master br1',
].join('\n');

const BIG_LAB = [
  ...Array.from({ length: 10 }, (_, b) => `ip link add br${b} type bridge`),
  ...Array.from({ length: 300 }, (_, k) => [
    `ip netns add ns${k + 1}`,
    `ip link add h${k + 1} type veth peer name eth0 netns ns${k + 1}`,
    `ip link set h${k + 1} master br${(k + 1) % 10}`,
  ]).flat(),
].join('\n');

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
    const scripts = [
      TWO_SUBNETS,
      ...EXAMPLES.map((e) => e.script),
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
    ];
    for (const script of scripts) {
      const { nodes } = layoutTopology(await snapshotOf(script));
      const box = absolute(nodes);
      for (const n of nodes) {
        const b = box.get(n.id)!;
        if (b.parent) {
          const p = box.get(b.parent)!;
          expect(b.x >= p.x && b.y >= p.y && b.x + b.w <= p.x + p.w && b.y + b.h <= p.y + p.h, n.id).toBe(
            true,
          );
        }
        for (const m of nodes) {
          if (m.id < n.id && m.parentId === n.parentId) {
            expect(overlaps(b, box.get(m.id)!), `${n.id} overlaps ${m.id}`).toBe(false);
          }
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

  it('puts a router between the two namespaces it joins, in one row, wires side to side', async () => {
    const snap = await snapshotOf(EXAMPLES.find((e) => e.file === 'router.sh')!.script);
    const { nodes, edges } = layoutTopology(snap);
    const box = absolute(nodes);
    const [left, router, right] = ['netns:left', 'netns:router', 'netns:right'].map((id) => box.get(id)!);
    expect(new Set([left.y, router.y, right.y]).size).toBe(1);
    expect(left.x + left.w).toBeLessThan(router.x);
    expect(router.x + router.w).toBeLessThan(right.x);
    const veth = edges.filter((e) => e.data?.kind === 'veth');
    expect(veth.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual([
      ['link:left:eth0', 'r', 'link:router:eth1', 'l'],
      ['link:router:eth2', 'r', 'link:right:eth0', 'l'],
    ]);
  });

  it('hangs a router on two bridges between their containers, in creation order, without crossings', async () => {
    const snap = await snapshotOf(TWO_SUBNETS);
    const { nodes, edges } = layoutTopology(snap);
    const box = absolute(nodes);
    const mid = (id: string) => box.get(id)!.x + box.get(id)!.w / 2;
    expect(['c1', 'c2', 'r', 'c3', 'c4'].map((n) => mid(`netns:${n}`))).toEqual(
      [...['c1', 'c2', 'r', 'c3', 'c4'].map((n) => mid(`netns:${n}`))].sort((a, b) => a - b),
    );
    expect(mid('link::br0')).toBeLessThan(mid('link::br1'));
    // Each wire from a host port to a namespace drops straight down, so none can cross another.
    const veth = edges.filter((e) => e.data?.kind === 'veth' && e.source.startsWith('link::'));
    expect(veth).toHaveLength(6);
    const straight = veth.filter((e) => mid(e.source) === mid(e.target));
    expect(straight.map((e) => e.target)).toEqual([
      'link:c1:eth0',
      'link:c2:eth0',
      'link:c3:eth0',
      'link:c4:eth0',
    ]);
    // The router's two wires come down on either side of it and lead into it.
    for (const e of veth.filter((e) => e.target.startsWith('link:r:'))) {
      expect(box.get(e.source)!.y + box.get(e.source)!.h).toBeLessThan(box.get('netns:r')!.y);
    }
  });

  it('keeps an outside network at the edge of its row', async () => {
    const snap = await snapshotOf(EXAMPLES.find((e) => e.file === 'masquerade.sh')!.script);
    const box = absolute(layoutTopology(snap, { roles: { outside: { role: 'outside' } } }).nodes);
    const outside = box.get('netns:outside')!;
    const c1 = box.get('netns:c1')!;
    expect(outside.y).toBe(c1.y);
    expect(c1.x + c1.w).toBeLessThan(outside.x);
    // ... under the host port it is reached through.
    const uplink = box.get('link::uplink')!;
    expect(uplink.x + uplink.w / 2).toBe(outside.x + outside.w / 2);
  });

  it('puts namespaces behind a switch namespace in a row below it', async () => {
    const snap = await snapshotOf(
      [
        'ip netns add sw',
        'ip -n sw link add br0 type bridge',
        ...[1, 2].flatMap((i) => [
          `ip netns add n${i}`,
          `ip -n sw link add p${i} type veth peer name eth0 netns n${i}`,
          `ip -n sw link set p${i} master br0`,
        ]),
      ].join('\n'),
    );
    const box = absolute(layoutTopology(snap).nodes);
    const [sw, n1, n2] = ['netns:sw', 'netns:n1', 'netns:n2'].map((id) => box.get(id)!);
    expect(n1.y).toBe(n2.y);
    expect(n1.y).toBeGreaterThan(sw.y + sw.h);
    expect(n1.x + n1.w).toBeLessThan(n2.x);
    expect(n1.x + n1.w).toBeLessThanOrEqual(sw.x + sw.w);
    expect(n2.x).toBeGreaterThanOrEqual(sw.x);
  });

  it('keeps the positions the user saved over the computed layout', async () => {
    const snap = await snapshotOf(EXAMPLES.find((e) => e.file === 'docker0.sh')!.script);
    const auto = layoutTopology(snap).nodes;
    const moved = layoutTopology(snap, { positions: { 'netns:c1': { x: 900, y: 700 } } }).nodes;
    expect(moved.find((n) => n.id === 'netns:c1')?.position).toEqual({ x: 900, y: 700 });
    expect(moved.find((n) => n.id === 'netns:c2')?.position).toEqual(
      auto.find((n) => n.id === 'netns:c2')?.position,
    );
    // The host frame grows to enclose the moved box.
    expect(moved[0].width).toBeGreaterThanOrEqual(900 + 248);
  });

  it('is deterministic', async () => {
    const script = EXAMPLES[0].script;
    expect(layoutTopology(await snapshotOf(script))).toEqual(layoutTopology(await snapshotOf(script)));
  });

  it('is deterministic for 300 namespaces on 10 bridges, each under its own port', async () => {
    const script = BIG_LAB;
    const t0 = performance.now();
    const a = layoutTopology(await snapshotOf(script));
    const box = absolute(a.nodes);
    for (const i of [1, 150, 300]) {
      const port = box.get(`link::h${i}`)!;
      const eth0 = box.get(`link:ns${i}:eth0`)!;
      expect(port.x + port.w / 2).toBe(eth0.x + eth0.w / 2);
    }
    expect(a).toEqual(layoutTopology(await snapshotOf(script)));
    console.log(`300 namespaces: built and laid out twice in ${Math.round(performance.now() - t0)} ms`);
  });

  it('draws every preset legibly on the canvas a 1280×800 window leaves with the dock open', async () => {
    // The canvas there is 892×480 CSS px (e2e/learner.spec.ts measures it), fitting leaves 12 px
    // around the drawing, and text on the canvas is at least CANVAS_MIN_FONT: the fitted zoom must
    // keep it at 11 px or more. Two machines side by side (the multi-node presets) take the side
    // panel's width too: it folds to its rail for them (editor/side.ts), and for no other preset.
    const canvas = { w: 892, h: 480 };
    const gain = sideWidth(1280) - RAIL_W;
    for (const p of PRESETS) {
      const d = layoutTopology((await createLab().replay(p.doc.script)).snapshot, { roles: p.doc.roles });
      const machines = Object.values(p.doc.roles).some((r) => r.role === 'node');
      const folds = needsRoom(d, canvas.w, canvas.h, gain);
      expect(folds, `${p.example.file} folds the side panel`).toBe(machines);
      const zoom = fitZoom(d, canvas.w + (folds ? gain : 0), canvas.h);
      expect(zoom * CANVAS_MIN_FONT, `${p.example.file}: ${d.width}×${d.height}`).toBeGreaterThanOrEqual(11);
    }
  });

  it("leaves loopbacks out of a lab of machines and puts a node's routes under its devices", async () => {
    const p = PRESETS.find((x) => x.example.file === 'vxlan-overlay.sh')!;
    const { nodes } = layoutTopology((await createLab().replay(p.doc.script)).snapshot, {
      roles: p.doc.roles,
    });
    expect(nodes.filter((n) => n.type === 'port' && n.data.link.kind === 'loopback')).toEqual([]);
    const box = absolute(nodes);
    const node1 = nodes.find((n) => n.id === 'netns:node1')!;
    const at = (node1.data as NetnsNodeData).routesAt!;
    expect(at).toBeDefined();
    // Under the node's underlay device, beside the container, inside the node's frame.
    const eth0 = box.get('link:node1:eth0')!;
    const n1 = box.get('netns:node1')!;
    const c1 = box.get('netns:c1')!;
    expect(n1.x + at.x).toBe(eth0.x);
    expect(n1.y + at.y).toBeGreaterThan(eth0.y + eth0.h);
    expect(n1.x + at.x).toBeGreaterThan(c1.x + c1.w);
    expect(n1.y + at.y).toBeLessThan(c1.y + c1.h);
  });

  it("hangs a Pod right under its node's port, its short wire named only by the cards at its ends", async () => {
    const p = PRESETS.find((x) => x.example.file === 'k8s-two-nodes.sh')!;
    const snap = (await createLab().replay(p.doc.script)).snapshot;
    const pod = 'web-7c7b9bdbc6-xsmx7';
    const drawn = (positions?: Record<string, { x: number; y: number }>) => {
      const d = layoutTopology(snap, { roles: p.doc.roles, positions });
      const wire = d.edges.find((e) => e.data?.kind === 'veth' && e.target === `link:${pod}:eth0`)!;
      return { box: absolute(d.nodes), wire };
    };
    const { box, wire } = drawn();
    const port = box.get(wire.source)!;
    const eth0 = box.get(`link:${pod}:eth0`)!;
    const podBox = box.get(`netns:${pod}`)!;
    expect(wire.source).toBe('link:node1:veth3be5970b');
    expect(podBox.y - (port.y + port.h)).toBe(12);
    expect(eth0.x + eth0.w / 2).toBe(port.x + port.w / 2);
    expect(wire.data?.label).toBeUndefined();
    expect(wire.ariaLabel).toContain('veth3be5970b ⇄ eth0');
    // Moved away, the wire is long again and says what it joins.
    expect(drawn({ [`netns:${pod}`]: { x: 20, y: 600 } }).wire.data?.label).toBe('veth3be5970b ⇄ eth0');
  });

  it("gives the host's Service cards lines of their own under its title when they do not fit beside it", async () => {
    const pods =
      'kubectl run web --image=nginx --labels=app=web --port=80\nkubectl run api --image=nginx --labels=app=api --port=80\nkubectl run client --image=busybox -- sleep 3600\n';
    const svc = (name: string, app: string, p1: number, p2: number) =>
      `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${app}\n  ports:\n  - {name: a, port: ${p1}, targetPort: 80}\n  - {name: b, port: ${p2}, targetPort: 80}\n`;
    const lab = (...svcs: string[]) => `${pods}kubectl apply -f - <<'EOF'\n${svcs.join('').slice(4)}EOF`;
    const host = async (script: string) => {
      const d = layoutTopology(await snapshotOf(script));
      const h = d.nodes.find((n) => n.id === 'host')!;
      const bridge = d.nodes.find((n) => n.id === 'link::cni0')!;
      return { svcLines: (h.data as NetnsNodeData).svcLines, h: h.height!, bridgeY: bridge.position.y };
    };
    // One Service of one port: beside the title, nothing moves.
    const one = await host(`${pods}kubectl expose pod web --port=80 --name=web`);
    const none = await host(pods);
    expect(one).toEqual(none);
    // Two of two ports each: a line under the title; three: two lines. The content moves down as much.
    const two = await host(lab(svc('web', 'web', 80, 8080), svc('api', 'api', 80, 8080)));
    const three = await host(
      lab(svc('web', 'web', 80, 8080), svc('api', 'api', 80, 8080), svc('third', 'web', 9090, 9091)),
    );
    expect(two.svcLines).toBe(1);
    expect(three.svcLines).toBe(2);
    expect(two.bridgeY - none.bridgeY).toBe(SVC_LINE + 4);
    expect(two.h - none.h).toBe(SVC_LINE + 4);
    expect(three.bridgeY - two.bridgeY).toBe(SVC_LINE);
  });

  it('wraps 100 containers on one bridge into lines about as wide as a canvas, wires in the gaps', async () => {
    const script = [
      'ip link add br0 type bridge',
      ...Array.from({ length: 100 }, (_, k) => [
        `ip netns add c${k + 1}`,
        `ip link add v${k + 1} type veth peer name eth0 netns c${k + 1}`,
        `ip link set v${k + 1} master br0`,
      ]).flat(),
    ].join('\n');
    const d = layoutTopology(await snapshotOf(script));
    // One row would be 23,000 px wide (ratio ~100); wrapped, the drawing has about a canvas's shape.
    expect(d.width / d.height).toBeGreaterThan(1);
    expect(d.width / d.height).toBeLessThan(3);
    const box = absolute(d.nodes);
    const named = d.nodes.filter((n) => n.type === 'netns' && n.parentId === 'host');
    for (const n of named)
      for (const m of named)
        if (m.id < n.id)
          expect(overlaps(box.get(n.id)!, box.get(m.id)!), `${n.id} overlaps ${m.id}`).toBe(false);
    // Each port is right above its container, and a wire from a lower line climbs a gap: no box is
    // crossed between the port and the bridge.
    const br = box.get('link::br0')!;
    const wires = d.edges.filter((e) => e.data?.kind === 'master');
    expect(wires).toHaveLength(100);
    const climbing = wires.filter((e) => e.data?.bus !== undefined);
    expect(climbing.length).toBeGreaterThan(50);
    for (const e of climbing) {
      const port = box.get(e.source)!;
      const x = e.data!.bus!;
      expect(x > br.x && x < br.x + br.w, e.id).toBe(true);
      for (const [id, b] of box)
        if (
          id !== e.source &&
          id !== 'host' &&
          id !== 'link::br0' &&
          b.y + b.h <= port.y &&
          b.y >= br.y + br.h
        )
          expect(x > b.x && x < b.x + b.w, `${e.id} climbs through ${id}`).toBe(false);
    }
    for (let k = 1; k <= 100; k++) {
      const port = box.get(`link::v${k}`)!;
      const c = box.get(`netns:c${k}`)!;
      expect(port.x + port.w / 2).toBe(c.x + c.w / 2);
      expect(port.y + port.h).toBeLessThan(c.y);
    }
  });

  it('draws nothing for an empty snapshot', () => {
    expect(layoutTopology({ namespaces: [], timeMs: 0 }).nodes).toEqual([]);
  });
});
