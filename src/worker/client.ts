// The UI's handle on the engine worker: the LabApi, typed, plus a way to shut it down.

import { releaseProxy, wrap } from 'comlink';
import type { LabApi } from './api.ts';

export interface LabClient extends LabApi {
  dispose(): void;
}

export function createLabClient(): LabClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'netns-lab-engine',
  });
  const remote = wrap<LabApi>(worker);
  return {
    reset: (seed) => remote.reset(seed),
    run: (script) => remote.run(script),
    snapshot: () => remote.snapshot(),
    trace: (fromSeq, fromCommand) => remote.trace(fromSeq, fromCommand),
    stateAt: (at, namespaces) => remote.stateAt(at, namespaces),
    statesAt: (requests) => remote.statesAt(requests),
    replay: (script, seed) => remote.replay(script, seed),
    exportScript: () => remote.exportScript(),
    dispose() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
