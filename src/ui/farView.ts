// The drawing zoomed far out: interface cards are hidden (too small to read, and the most numerous
// elements to paint) and each veth pair is drawn namespace to bridge, or namespace to namespace.
// Keeps a 300-namespace lab smooth to pan; zooming in brings every card back.

import {
  bridgePortHandle,
  type LabEdge,
  type LabNode,
  linkId,
  netnsId,
  type PortNode,
  type TopologyDrawing,
} from './layout.ts';

/**
 * Below this zoom the far view is used: cards are then too small to read (nodes/detail.ts drops
 * their lines from the same zoom), and each box shows its name large instead.
 */
export const FAR_ZOOM = 0.45;

/**
 * The far view of a drawing. Interface cards are left out of the nodes (React Flow's cost grows with
 * every node it holds, hidden or not: 2,000 cards on a 1,000-namespace lab), except `keep` (the
 * selection), which stays hidden so it remains selected.
 */
export function farView(drawing: TopologyDrawing, keep?: string): TopologyDrawing {
  let far = made.get(drawing);
  if (!far) {
    far = farOf(drawing);
    made.set(drawing, far);
  }
  // The kept card after the others (after its namespace, as React Flow wants parents first).
  const kept = keep?.startsWith('link:') ? drawing.nodes.find((n) => n.id === keep) : undefined;
  return kept?.type === 'port' ? { ...far, nodes: [...far.nodes, { ...kept, hidden: true }] } : far;
}

/** Each drawing's far view without a kept card (made once: a step or a selection reuses it). */
const made = new WeakMap<TopologyDrawing, TopologyDrawing>();

function farOf(drawing: TopologyDrawing): TopologyDrawing {
  const nodes: LabNode[] = [];
  for (const n of drawing.nodes) if (n.type !== 'port') nodes.push(n);
  const ports = new Map(
    drawing.nodes.filter((n): n is PortNode => n.type === 'port').map((n) => [n.id, n.data]),
  );
  const edges: LabEdge[] = [];
  const seen = new Set<string>();
  // A port on a wrapped line (layout.ts): its far wire climbs the same gap to the bridge.
  const bus = new Map<string, number>();
  for (const e of drawing.edges) if (e.data?.bus !== undefined) bus.set(e.source, e.data.bus);
  for (const { netns, link } of ports.values()) {
    if (!link.peer || link.peer.netns === netns) continue;
    const peer = ports.get(linkId(link.peer.netns, link.peer.ifname))?.link;
    // Towards the bridge the other end is a port of, else towards its namespace.
    const target = peer?.master ? linkId(link.peer.netns, peer.master) : netnsId(link.peer.netns);
    const source = netnsId(netns);
    if (source === 'host' && !peer?.master) continue; // drawn from the other end
    const key = [source, target].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({
      id: `far:${source}->${target}`,
      type: 'link',
      source,
      target,
      sourceHandle: 'connect',
      // Into the bridge above the port (its own handle), as the port's wire does when drawn near.
      targetHandle: peer?.master ? bridgePortHandle(peer.name) : 'connect',
      data:
        peer?.master && bus.has(linkId(link.peer.netns, peer.name))
          ? { kind: 'veth', bus: bus.get(linkId(link.peer.netns, peer.name))! }
          : { kind: 'veth' },
      selectable: false,
    });
  }
  return { ...drawing, nodes, edges };
}
