import type { TopologySnapshot } from '../engine/snapshot.ts';

/** The one typed API the UI calls; the worker exposes it with Comlink. */
export interface LabApi {
  /** Start over with an empty host (seeded RNG, clock at 0). */
  reset(seed?: number): Promise<void>;
  /** Interpret a script; returns the transcript the CLI would print and the resulting topology. */
  run(script: string): Promise<RunResult>;
  snapshot(): Promise<TopologySnapshot>;
}

export interface RunResult {
  transcript: string;
  snapshot: TopologySnapshot;
}
