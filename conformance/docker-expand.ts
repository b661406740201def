// Turns a scenario written with docker commands into the plain script Docker Engine v28.2.2's
// work amounts to, for recording on the kernel: each `docker …` line becomes `# docker$ docker …`
// followed by its expansion; every other line (setup, traffic, comments) is copied. The docker
// scenario test checks that these expansions stay what netns-lab's docker commands run.
//   npx tsx conformance/docker-expand.ts conformance/docker-src/NAME.src > conformance/scenarios/NAME.sh

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { existingDockerState } from '../src/shell/docker/state.ts';
import { Session } from '../src/shell/session.ts';

const s = new Session({ seed: 1 });
const out: string[] = [];
// "@common" stands for the lines of common.inc beside the source (the outside namespace).
const src = readFileSync(process.argv[2], 'utf8').replace(/^@common$/m, () =>
  readFileSync(join(dirname(process.argv[2]), 'common.inc'), 'utf8').trimEnd(),
);
for (const line of src.split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) {
    if (line.trim() !== '') out.push(line);
    continue;
  }
  const before = existingDockerState(s.world)?.expansion.length ?? 0;
  const r = s.exec(line);
  if (r.unsupported) console.error(`unsupported: ${line}\n${r.output}`);
  if (line.startsWith('docker ')) {
    out.push(`# docker$ ${line}`);
    out.push(...(existingDockerState(s.world)?.expansion.slice(before) ?? []));
  } else out.push(line);
}
console.log(out.join('\n'));
