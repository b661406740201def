// Turns the engine's TraceEvents into plain StepEvents: the frame as real bytes (the engine's own
// wire emitters) plus named fields, and the fields this step changed compared with the same packet's
// previous step (a routed hop's MACs and TTL) or with the packet before a NAT rewrite.

import type { TraceEvent } from '../engine/trace/events.ts';
import { emitEthernet } from '../engine/wire/ethernet.ts';
import { emitIpv4 } from '../engine/wire/ipv4.ts';
import { dissect, fieldChanges } from './dissect.ts';
import type { StepCategory, StepEvent, WireFrame, WireLayer } from './step-api.ts';

const BY_KIND: Partial<Record<string, StepCategory>> = {
  'arp-request': 'arp',
  'arp-reply': 'arp',
  'neigh-state': 'arp',
  'fdb-learn': 'fdb',
  'fdb-age': 'fdb',
  flood: 'fdb',
  'bridge-forward': 'fdb',
  route: 'routing',
  forward: 'routing',
  netfilter: 'netfilter',
  nat: 'netfilter',
  drop: 'drop',
  storm: 'drop',
  icmp: 'icmp',
};

const BY_LAYER: Record<string, StepCategory> = { ARP: 'arp', ICMP: 'icmp', TCP: 'tcp', UDP: 'udp' };

function frameCategory(frame: WireFrame | undefined): StepCategory {
  for (const l of frame?.layers ?? []) if (BY_LAYER[l.name]) return BY_LAYER[l.name];
  return 'other';
}

/** What makes two frames "the same packet at another hop": same layers, same ARP opcode or ICMP type. */
function shape(layers: WireLayer[]): string {
  const kind = layers.flatMap((l) => l.fields.filter((f) => f.name === 'Opcode' || f.name === 'Type'));
  return `${layers.map((l) => l.name).join('/')}|${kind.map((f) => f.value).join('/')}`;
}

function wireFrame(bytes: Uint8Array, from: 'eth' | 'ipv4'): WireFrame {
  const { layers, summary } = dissect(bytes, from);
  return { bytes, layers, summary };
}

/** Serialises events in order; remembers each packet's last frame to report what a step changed. */
export class TraceSerializer {
  private last = new Map<number, WireLayer[]>();

  serialize(e: TraceEvent): StepEvent {
    const out: StepEvent = {
      seq: e.seq,
      t: e.t,
      kind: e.kind,
      category: 'other',
      ns: e.ns,
      text: e.text,
    };
    if (e.dev !== undefined) out.dev = e.dev;
    // The explanation as data (engine/trace/messages.ts), so the UI can say it in Chinese (ui/i18n/trace.ts).
    if (e.code !== undefined) {
      out.code = e.code;
      out.params = e.params;
    }
    if (e.packetId !== undefined) out.packetId = e.packetId;
    try {
      if (e.rewrite) {
        out.frame = wireFrame(emitIpv4(e.rewrite.after), 'ipv4');
        out.changes = fieldChanges(dissect(emitIpv4(e.rewrite.before), 'ipv4').layers, out.frame.layers);
      } else if (e.frame) {
        out.frame = wireFrame(emitEthernet(e.frame), 'eth');
        const prev = e.packetId !== undefined ? this.last.get(e.packetId) : undefined;
        if (prev && shape(prev) === shape(out.frame.layers)) {
          const changes = fieldChanges(prev, out.frame.layers);
          if (changes.length) out.changes = changes;
        }
        if (e.packetId !== undefined) this.last.set(e.packetId, out.frame.layers);
      }
    } catch {
      // A payload the emitters do not know yet (e.g. a transport being added): the step keeps its text.
    }
    out.category = BY_KIND[e.kind] ?? frameCategory(out.frame);
    return out;
  }
}
