// The UI's state: the last snapshot and transcript the engine returned, and where the run is.
// Plain data only; the engine lives in the worker.

import { create } from 'zustand';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import type { RunResult } from '../worker/api.ts';

export type LabStatus = 'idle' | 'running' | 'ready' | 'error';

export interface LabState {
  status: LabStatus;
  /** The script that produced the current state, e.g. "docker0.sh". */
  source?: string;
  transcript: string;
  snapshot?: TopologySnapshot;
  /** Counts finished runs: a new revision is a new drawing. */
  revision: number;
  error?: string;
  started(source: string): void;
  finished(result: RunResult): void;
  failed(error: string): void;
}

export const useLab = create<LabState>()((set) => ({
  status: 'idle',
  transcript: '',
  revision: 0,
  started: (source) => set({ status: 'running', source, error: undefined }),
  finished: ({ transcript, snapshot }) =>
    set((s) => ({ status: 'ready', transcript, snapshot, revision: s.revision + 1 })),
  failed: (error) => set({ status: 'error', error }),
}));
