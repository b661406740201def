// Scenario 95-export-rebuilds is the script `netns-lab export` prints for sources/95-export-topology.sh,
// followed by inspection commands; its golden shows the kernel rebuilding the same topology. This
// test keeps the scenario honest: the exporter must still print exactly those commands.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScript } from '../src/shell/export.ts';
import { Session } from '../src/shell/session.ts';

const dir = import.meta.dirname;

describe('export on the kernel', () => {
  it('scenario 95 is what the exporter prints today', () => {
    const s = new Session({ seed: 1 });
    s.run(readFileSync(join(dir, 'sources/95-export-topology.sh'), 'utf8'));
    const exported = exportScript(s.world, { header: false }).trim().split('\n');
    const scenario = readFileSync(join(dir, 'scenarios/95-export-rebuilds.sh'), 'utf8').split('\n').slice(1);
    expect(scenario.slice(0, exported.length)).toEqual(exported);
  });
});
