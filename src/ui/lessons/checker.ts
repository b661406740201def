// The checks' worker (src/lessons/check-worker.ts), started the first time a check runs.

import { type Remote, wrap } from 'comlink';
import type { CheckApi } from '../../lessons/check-worker.ts';

let remote: Remote<CheckApi> | undefined;

export function checker(): Remote<CheckApi> {
  remote ??= wrap<CheckApi>(
    new Worker(new URL('../../lessons/check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'netns-lab-checks',
    }),
  );
  return remote;
}
