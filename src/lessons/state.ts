// A lesson's lab as the editor holds it: a document (the lines that change the topology) and the
// traffic and looks run on top of it since the document last changed (doc/queue.ts: a change
// replays the document, which starts the traffic over). Pure: the page uses it to open a lesson at
// any section, lab.ts runs checks on it, and the CLI (verify.ts) builds the same states.

import type { TraceKind } from '../engine/trace/events.ts';
import { changesTopology } from '../ui/terminal/classify.ts';
import type { EventMatch, LessonDef, Section } from './schema.ts';

export interface LabState {
  seed: number;
  /** Document lines (topology). */
  script: string[];
  /** Lines run on top since the document last changed. */
  traffic: string[];
}

export function emptyLab(seed = 1): LabState {
  return { seed, script: [], traffic: [] };
}

/** The lab after `line`, as the editor would hold it. */
export function withLine(state: LabState, line: string): LabState {
  return changesTopology(line)
    ? { ...state, script: [...state.script, line], traffic: [] }
    : { ...state, traffic: [...state.traffic, line] };
}

/** The lines a section runs when the learner reaches it (an exercise: its start, not its solution). */
export function sectionLines(s: Section): string[] {
  switch (s.kind) {
    case 'text':
      return [];
    case 'steps':
      return s.commands;
    case 'exercise':
      return s.start;
    default:
      return s.run;
  }
}

/**
 * The lab just before section `index` runs, had the learner gone through every earlier section
 * (and solved every earlier exercise): where a lesson opened at that section starts.
 */
export function labBefore(def: LessonDef, index: number): LabState {
  let state = emptyLab();
  for (const line of def.setup) state = withLine(state, line);
  for (const s of def.sections.slice(0, index)) {
    for (const line of sectionLines(s)) state = withLine(state, line);
    if (s.kind === 'exercise') for (const line of s.solution) state = withLine(state, line);
  }
  return state;
}

/** The fields of a trace event a match looks at (an engine TraceEvent or the UI's StepEvent). */
export interface MatchableEvent {
  kind: TraceKind;
  ns: string;
  dev?: string;
  text: string;
}

export function eventMatches(e: MatchableEvent, m: EventMatch): boolean {
  if (m.kind !== undefined && e.kind !== m.kind) return false;
  if (m.ns !== undefined && e.ns !== m.ns) return false;
  if (m.dev !== undefined && e.dev !== m.dev) return false;
  if (m.text !== undefined && !new RegExp(m.text).test(e.text)) return false;
  return true;
}
