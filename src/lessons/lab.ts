// Checks: each runs on a copy of the learner's lab (state.ts), so the lab itself is never touched
// by a check; the page runs them in a worker (check-worker.ts), the CLI directly.

import { Session } from '../shell/session.ts';
import type { Check } from './schema.ts';
import { eventMatches, type LabState } from './state.ts';

export type { LabState } from './state.ts';
export { eventMatches, labBefore, sectionLines, withLine } from './state.ts';

/** A session holding the lab: the document replayed, then the traffic on top. */
export function sessionOf(state: LabState): Session {
  const session = new Session({ seed: state.seed });
  session.runLines(state.script.join('\n'));
  for (const line of state.traffic) session.runLines(line);
  return session;
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
