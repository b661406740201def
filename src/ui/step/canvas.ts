// Where the current step happens on the canvas: the device that acts, the wires the frame travels
// (a veth hop, a bridge sending it out of one port, or a flood fanning out of every port) and where a
// packet was dropped. Pure, over the events and the topology snapshot; node and edge ids are layout.ts's.

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import type { StepEvent, WireFrame } from '../../worker/step-api.ts';
import { linkId, netnsId } from '../layout.ts';
import { tunnelOf } from './tunnel.ts';

export type NodeMark = 'act' | 'drop';
/** 'fwd': the frame goes from the edge's source to its target; 'rev': the other way. */
export type EdgeDir = 'fwd' | 'rev';

export interface StepHighlight {
  nodes: Record<string, NodeMark>;
  edges: Record<string, EdgeDir>;
  /** The drop's reason, shown where it happened. */
  drop?: { node: string; text: string };
  flood: boolean;
  /** The step itself, and the node that acts (outlined) with its namespace. */
  event?: StepEvent;
  acting?: { node: string; ns: string };
  /** The frame the envelope shows: the step's own, or the one it is acting on (see carriedFrame). */
  frame?: WireFrame;
  /** Edges whose envelope moves second: out of a bridge, after the frame came in. */
  late?: string[];
  /** Edges whose envelope carries no label (a flood's copies after the first). */
  quiet?: string[];
}

export const NO_HIGHLIGHT: StepHighlight = { nodes: {}, edges: {}, flood: false };

/**
 * The frame a step is about when the event carries none: an ARP request decided here is the frame
 * sent next; an FDB update or a netfilter/NAT decision acts on the frame that just arrived over a
 * veth pair (or was handled at the same instant in the same namespace). Route lookups and neighbour
 * updates before a packet exists have no frame.
 */
export function carriedFrame(
  events: readonly StepEvent[],
  index: number,
  snap: TopologySnapshot,
): WireFrame | undefined {
  const e = events[index];
  if (e.frame) return e.frame;
  if (e.kind === 'arp-request') {
    for (let i = index + 1; i < events.length && events[i].t === e.t; i++) {
      const x = events[i];
      if (x.frame && x.kind === 'frame-tx' && x.ns === e.ns && x.dev === e.dev) return x.frame;
    }
    return undefined;
  }
  if (e.kind !== 'fdb-learn' && e.kind !== 'netfilter' && e.kind !== 'nat' && e.kind !== 'drop')
    return undefined;
  for (let i = index - 1; i >= 0 && e.t - events[i].t <= 10; i--) {
    const x = events[i];
    if (!x.frame) continue;
    const peer = x.kind === 'frame-tx' && x.dev ? link(snap, x.ns, x.dev)?.peer : undefined;
    if (peer?.netns === e.ns || (x.ns === e.ns && x.t === e.t)) return x.frame;
    return undefined;
  }
  return undefined;
}

function link(snap: TopologySnapshot, ns: string, dev: string) {
  return snap.namespaces.find((n) => n.name === ns)?.links.find((l) => l.name === dev);
}

/** The veth edge between (ns, dev) and its peer, oriented from dev towards the peer. */
function vethHop(snap: TopologySnapshot, ns: string, dev: string, edges: Record<string, EdgeDir>): void {
  const peer = link(snap, ns, dev)?.peer;
  if (!peer) return;
  const a = linkId(ns, dev);
  const b = linkId(peer.netns, peer.ifname);
  // layout.ts draws one edge per pair, from whichever end comes first; mark both spellings.
  edges[`veth:${a}->${b}`] = 'fwd';
  edges[`veth:${b}->${a}`] = 'rev';
  // Zoomed far out (farView.ts) a veth pair is one edge from a namespace to the bridge the other end
  // is a port of, or to the other namespace; drawn from whichever end came first.
  const end = (n: string, d: string) => {
    const master = link(snap, n, d)?.master;
    return master ? linkId(n, master) : netnsId(n);
  };
  edges[`far:${netnsId(ns)}->${end(peer.netns, peer.ifname)}`] = 'fwd';
  edges[`far:${netnsId(peer.netns)}->${end(ns, dev)}`] = 'rev';
}

/** The far view's edge for a bridge port: from the namespace of the port's veth peer to the bridge. */
function farPortEdge(snap: TopologySnapshot, ns: string, port: string, bridge: string): string | undefined {
  const peer = link(snap, ns, port)?.peer;
  return peer && peer.netns !== ns ? `far:${netnsId(peer.netns)}->${linkId(ns, bridge)}` : undefined;
}

/** The master edge between a port and its bridge (drawn port → bridge). */
function portEdge(ns: string, port: string, bridge: string): string {
  return `master:${linkId(ns, port)}->${linkId(ns, bridge)}`;
}

export function highlightFor(
  events: readonly StepEvent[],
  index: number,
  snap: TopologySnapshot | undefined,
): StepHighlight {
  const e = events[index];
  if (!e || !snap) return NO_HIGHLIGHT;
  const out: StepHighlight = { nodes: {}, edges: {}, flood: e.kind === 'flood' };
  const node = e.dev !== undefined && link(snap, e.ns, e.dev) ? linkId(e.ns, e.dev) : netnsId(e.ns);
  const dropped = e.kind === 'drop' || e.kind === 'storm';
  out.nodes[node] = dropped ? 'drop' : 'act';
  out.event = e;
  out.acting = { node, ns: e.ns };
  // Encapsulating, the frame is the VXLAN datagram it becomes (tunnel.ts).
  const tunnel = tunnelOf(events, index);
  const frame = tunnel?.role === 'encap' ? tunnel.frame : carriedFrame(events, index, snap);
  if (frame) out.frame = frame;
  if (dropped) out.drop = { node, text: e.text };
  if (e.kind === 'frame-tx' && e.dev !== undefined) vethHop(snap, e.ns, e.dev, out.edges);
  const bridge = e.dev !== undefined ? link(snap, e.ns, e.dev) : undefined;
  if ((e.kind === 'bridge-forward' || e.kind === 'flood') && bridge?.kind === 'bridge') {
    const ports = new Set(
      snap.namespaces
        .find((n) => n.name === e.ns)
        ?.links.filter((l) => l.master === bridge.name)
        .map((l) => l.name),
    );
    // Out: the frame-tx steps of the same packet, at the same instant, on this bridge's ports. The
    // first copy out carries the envelope's label; a flood's other copies are envelopes only.
    const leaving: string[] = [];
    const quiet: string[] = [];
    for (let i = index + 1; i < events.length && events[i].t === e.t; i++) {
      const x = events[i];
      if (x.kind === 'frame-tx' && x.ns === e.ns && x.packetId === e.packetId && x.dev && ports.has(x.dev)) {
        const ids = [portEdge(e.ns, x.dev, bridge.name)];
        const far = farPortEdge(snap, e.ns, x.dev, bridge.name);
        if (far) ids.push(far);
        for (const id of ids) out.edges[id] = 'rev';
        if (leaving.length) quiet.push(...ids);
        leaving.push(...ids);
      }
    }
    if (quiet.length) out.quiet = quiet;
    // In: the port whose veth peer last sent this packet.
    for (let i = index - 1; i >= 0; i--) {
      const x = events[i];
      if (x.packetId !== e.packetId || x.kind !== 'frame-tx' || !x.dev) continue;
      const peer = link(snap, x.ns, x.dev)?.peer;
      if (peer && peer.netns === e.ns && ports.has(peer.ifname)) {
        out.edges[portEdge(e.ns, peer.ifname, bridge.name)] = 'fwd';
        out.edges[`far:${netnsId(x.ns)}->${linkId(e.ns, bridge.name)}`] = 'fwd';
        // The frame comes in first, then goes out.
        if (leaving.length) out.late = leaving;
      }
      break;
    }
  }
  return out;
}
