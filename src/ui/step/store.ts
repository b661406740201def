// The step-through view's state: the trace as plain StepEvents, where the cursor is, the tables at
// that point, filters and playback. Per-step canvas highlights live here (not in React Flow's nodes),
// and node and edge components read them through tiny selectors (useStepHighlight, useStepEdge).

import { create } from 'zustand';
import type { StepAt, StepCommand, StepEvent, StepState } from '../../worker/step-api.ts';
import type { EdgeDir, NodeMark, StepHighlight } from './canvas.ts';
import type { Filters } from './timeline.ts';

export interface SelectedField {
  layer: string;
  name: string;
}

export interface StepStore {
  history: number;
  events: StepEvent[];
  commands: StepCommand[];
  nextSeq: number;
  /** Where the view is: after event `at`, 'live' (now), or nothing chosen yet. */
  at: StepAt | undefined;
  /** The namespace whose tables are shown; `follow` makes it track the step's namespace. */
  focus: string;
  follow: boolean;
  state?: StepState;
  highlight: StepHighlight;
  /**
   * The canvas nodes and wires the next steps forward mark (a few): a big lab holds their boxes as
   * real nodes ahead of time, at low priority (Topology.tsx), so stepping onto a flood finds them built.
   */
  ahead: readonly string[];
  filters: Filters;
  playing: boolean;
  /** Steps per second during playback. */
  speed: number;
  field?: SelectedField;
  busy: boolean;
  error?: string;
  /** Envelopes on wires whose text runs left of the wire (CanvasMarks.tsx); that wire's label goes right. */
  leftOfWire: Record<string, true>;
}

export const useStep = create<StepStore>()(() => ({
  history: 0,
  events: [],
  commands: [],
  nextSeq: 0,
  at: undefined,
  focus: '',
  follow: true,
  highlight: { nodes: {}, edges: {}, flood: false },
  ahead: [],
  // Every category shown (timeline.ts' ALL_ON; written out so the page does not load the timeline).
  filters: {
    arp: true,
    icmp: true,
    tcp: true,
    udp: true,
    fdb: true,
    routing: true,
    netfilter: true,
    drop: true,
    other: true,
  },
  playing: false,
  speed: 2,
  busy: false,
  leftOfWire: {},
}));

/** How the step marks a canvas node (undefined: not involved). Re-renders only when its own mark changes. */
export function useStepHighlight(id: string): NodeMark | undefined {
  return useStep((s) => s.highlight.nodes[id]);
}

/** Whether the current step's frame travels along this edge, and which way. */
export function useStepEdge(id: string): EdgeDir | undefined {
  return useStep((s) => s.highlight.edges[id]);
}

/**
 * Whether this wire's envelope is one of a flood's later copies: icon only, and leaving the bridge
 * once the frame has come in (so unseen when the step is first painted).
 */
export function useLaterCopy(id: string): boolean {
  return useStep((s) => !!s.highlight.quiet?.includes(id) && !!s.highlight.late?.includes(id));
}

/** Whether the envelope on this wire runs its text to the left of the wire. */
export function useEnvelopeLeft(id: string): boolean {
  return useStep((s) => s.leftOfWire[id] === true);
}
