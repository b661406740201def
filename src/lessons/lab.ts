// A lesson's lab as the editor holds it: a document (the lines that change the topology) and the
// traffic and looks run on top of it since the document last changed (doc/queue.ts: a change
// replays the document, which starts the traffic over). Checks run on a copy of exactly that, so the
// learner's lab is never touched by a check, and the CLI (verify.ts) builds the same state.

import type { TraceEvent } from '../engine/trace/events.ts';
import { Session } from '../shell/session.ts';
import { changesTopology } from '../ui/terminal/classify.ts';
import type { Check, EventMatch, LessonDef, Section } from './schema.ts';

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

/** A session holding the lab: the document replayed, then the traffic on top. */
export function sessionOf(state: LabState): Session {
  const session = new Session({ seed: state.seed });
  session.runLines(state.script.join('\n'));
  for (const line of state.traffic) session.runLines(line);
  return session;
}

export function eventMatches(e: TraceEvent, m: EventMatch): boolean {
  if (m.kind !== undefined && e.kind !== m.kind) return false;
  if (m.ns !== undefined && e.ns !== m.ns) return false;
  if (m.dev !== undefined && e.dev !== m.dev) return false;
  if (m.text !== undefined && !new RegExp(m.text).test(e.text)) return false;
  return true;
}

export interface CheckResult {
  id: string;
  pass: boolean;
  /** Which condition failed: 'match', 'absent', 'status', 'event' (undefined when it passed). */
  failed?: 'match' | 'absent' | 'status' | 'event';
  /** The check's commands and what they printed, as a transcript the learner can read. */
  transcript: string;
  /** Unsupported lines met (a lesson must have none). */
  unsupported: string[];
}

/** Runs `check` on a copy of `state`. */
export function runCheck(state: LabState, check: Check): CheckResult {
  const session = sessionOf(state);
  const from = session.world.log.count;
  let transcript = '';
  let last = { output: '', status: 0 };
  const unsupported: string[] = [];
  for (const line of check.run) {
    for (const r of session.runLines(line)) {
      transcript += `$ ${r.command}\n${r.output}${r.status ? `[exit ${r.status}]\n` : ''}`;
      if (r.unsupported) unsupported.push(r.command);
      last = r;
    }
  }
  const result = (failed?: CheckResult['failed']): CheckResult => ({
    id: check.id,
    pass: failed === undefined,
    failed,
    transcript,
    unsupported,
  });
  if (check.match !== undefined && !new RegExp(check.match, 'm').test(last.output)) return result('match');
  if (check.absent !== undefined && new RegExp(check.absent, 'm').test(last.output)) return result('absent');
  if (check.status !== undefined && last.status !== check.status) return result('status');
  if (check.event) {
    const m = check.event;
    const seen = session.world.log.since(from).some((e) => eventMatches(e, m));
    if (seen !== (check.present ?? true)) return result('event');
  }
  return result();
}
