// The frame a VXLAN step is about. The engine's encapsulation and decapsulation events carry the inner
// frame (what the VXLAN device sends or hands on); the outer headers are built when the UDP datagram
// leaves the underlay device, after its route and ARP. So an encapsulation step shows the frame as it
// leaves the underlay (the next frame of the same packet that carries VXLAN), and a decapsulation step
// the frame as it arrived (the last one before it), whose outer layers this step strips. Pure.

import type { StepEvent, WireFrame, WireLayer } from '../../worker/step-api.ts';

export interface Tunnel {
  /** 'encap': the outer layers are added here; 'decap': they are stripped here. */
  role: 'encap' | 'decap';
  /** The whole frame on the underlay: outer Ethernet, IPv4, UDP, VXLAN, then the inner frame. */
  frame: WireFrame;
  /** The step that frame belongs to (where the outer frame leaves or arrives). */
  at: StepEvent;
}

/** How far (in events) to look for the outer frame: an ARP exchange on the underlay fits well inside. */
const REACH = 400;

const carriesVxlan = (f: WireFrame | undefined): f is WireFrame =>
  !!f?.layers.some((l) => l.name.startsWith('VXLAN'));

export function tunnelOf(events: readonly StepEvent[], index: number): Tunnel | undefined {
  const e = events[index];
  if (!e || e.packetId === undefined) return undefined;
  const role = e.code === 'vxlan.encap' ? 'encap' : e.code === 'vxlan.decap' ? 'decap' : undefined;
  if (!role) return undefined;
  const dir = role === 'encap' ? 1 : -1;
  for (let i = index + dir, n = 0; i >= 0 && i < events.length && n < REACH; i += dir, n++) {
    const x = events[i];
    if (x.packetId === e.packetId && carriesVxlan(x.frame)) return { role, frame: x.frame, at: x };
  }
  return undefined;
}

/** Whether a layer of a tunnelled frame is an outer one (everything before the inner frame). */
export function outerLayers(layers: readonly WireLayer[]): Set<WireLayer> {
  const out = new Set<WireLayer>();
  for (const l of layers) {
    if (l.name.endsWith('(inner)')) break;
    out.add(l);
  }
  return out;
}
