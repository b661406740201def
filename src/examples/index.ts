// The built-in example scripts. Each one is plain shell that also runs on a real Linux host, and each
// is exercised by src/worker/lab.test.ts.

import docker0 from './docker0.sh?raw';

export interface Example {
  /** File name under src/examples/. */
  file: string;
  title: string;
  script: string;
}

export const EXAMPLES: readonly Example[] = [
  { file: 'docker0.sh', title: 'Docker bridge network: docker0 with two containers', script: docker0 },
];

export const DEFAULT_EXAMPLE = EXAMPLES[0];
