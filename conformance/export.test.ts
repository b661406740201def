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
  // vx90: a multi-node VXLAN lab; its golden shows the containers pinging across nodes.
  for (const [source, scenarioName] of [
    ['95-export-topology.sh', '95-export-rebuilds.sh'],
    ['vx90-export-topology.sh', 'vx90-export-rebuilds.sh'],
    // 95c: devices sysctl(8) cannot name as they are ('.' and '=').
    ['95c-export-device-names.sh', '95c-export-device-names.sh'],
  ]) {
    it(`${scenarioName} is what the exporter prints today`, () => {
      const s = new Session({ seed: 1 });
      s.run(readFileSync(join(dir, 'sources', source), 'utf8'));
      const exported = exportScript(s.world, { header: false }).trim().split('\n');
      const scenario = readFileSync(join(dir, 'scenarios', scenarioName), 'utf8')
        .split('\n')
        .slice(1);
      expect(scenario.slice(0, exported.length)).toEqual(exported);
    });
  }
});
