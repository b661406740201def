// The lesson checks' own worker: a check replays the learner's lab in a fresh engine and runs its
// commands there, so the editor's engine (and its trace) is never touched, and the page never
// imports the engine.

import { expose } from 'comlink';
import { type CheckResult, runCheck } from './lab.ts';
import type { Check } from './schema.ts';
import type { LabState } from './state.ts';

export interface CheckApi {
  runChecks(state: LabState, checks: Check[]): CheckResult[];
}

const api: CheckApi = {
  runChecks: (state, checks) => checks.map((c) => runCheck(state, c)),
};

expose(api);
