// The drawing zoomed far out: interface cards are hidden (too small to read, and the most numerous
// elements to paint) and each veth pair is drawn namespace to bridge, or namespace to namespace.
// Keeps a 300-namespace lab smooth to pan; zooming in brings every card back.

import {
  type LabEdge,
  type LabNode,
  linkId,
  netnsId,
  type PortNode,
  type TopologyDrawing,
} from './layout.ts';

/** Below this zoom the far view is used. */
export const FAR_ZOOM = 0.2;

export function farView(drawing: TopologyDrawing): TopologyDrawing {
  const nodes: LabNode[] = drawing.nodes.map((n) => (n.type === 'port' ? { ...n, hidden: true } : n));
  const ports = new Map(
    drawing.nodes.filter((n): n is PortNode => n.type === 'port').map((n) => [n.id, n.data]),
  );
  const edges: LabEdge[] = [];
  const seen = new Set<string>();
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
      targetHandle: peer?.master ? 'b' : 'connect',
      data: { kind: 'veth' },
      selectable: false,
    });
  }
  return { ...drawing, nodes, edges };
}
