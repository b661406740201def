// LabApi over one shell Session. Pure TypeScript with no DOM or worker globals, so Node (tests, the
// CLI) can use it directly and worker.ts only has to expose it.

import type { TopologySnapshot } from '../engine/snapshot.ts';
import { Session } from '../shell/session.ts';
import type { LabApi, RunResult } from './api.ts';

export const DEFAULT_SEED = 1;

export function createLab(seed = DEFAULT_SEED): LabApi {
  let session = new Session({ seed });
  return {
    async reset(next = DEFAULT_SEED): Promise<void> {
      session = new Session({ seed: next });
    },
    async run(script: string): Promise<RunResult> {
      const transcript = session.run(script);
      return { transcript, snapshot: session.snapshot() };
    },
    async snapshot(): Promise<TopologySnapshot> {
      return session.snapshot();
    },
  };
}
