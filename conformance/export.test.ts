// Scenario 95-export-rebuilds is the script `netns-lab export` prints for sources/95-export-topology.sh,
// followed by inspection commands; its golden shows the kernel rebuilding the same topology. This
// test keeps the scenario honest: the exporter must still print exactly those commands.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportScript } from '../src/shell/export.ts';
import { Session } from '../src/shell/session.ts';
import { diffTranscripts } from './transcript.ts';

const dir = import.meta.dirname;

describe('export on the kernel', () => {
  // vx90: a multi-node VXLAN lab; its golden shows the containers pinging across nodes.
  for (const [source, scenarioName] of [
    ['95-export-topology.sh', '95-export-rebuilds.sh'],
    ['vx90-export-topology.sh', 'vx90-export-rebuilds.sh'],
    // 95c: devices sysctl(8) cannot name as they are ('.' and '=').
    ['95c-export-device-names.sh', '95c-export-device-names.sh'],
    ['d90-docker-export-topology.sh', 'd90-docker-export-rebuilds.sh'],
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

  // d90: a lab built with docker commands. The kernel ran its export (no Docker there) and then the
  // traffic; the docker-built lab itself must answer that traffic as the kernel did.
  it('the docker-built lab of d90 answers its traffic as the kernel did running the export', () => {
    const lab = new Session({ seed: 1 });
    lab.run(readFileSync(join(dir, 'sources', 'd90-docker-export-topology.sh'), 'utf8'));
    const exported = exportScript(lab.world, { header: false }).trim().split('\n');
    const scenario = readFileSync(join(dir, 'scenarios', 'd90-docker-export-rebuilds.sh'), 'utf8');
    const traffic = scenario
      .split('\n')
      .slice(1 + exported.length)
      .join('\n');
    expect(traffic).toContain('nc -z');
    const golden = readFileSync(join(dir, 'scenarios', 'd90-docker-export-rebuilds.kernel.txt'), 'utf8');
    const first = `$ ${traffic.split('\n')[0]}\n`;
    const kernelTraffic = golden.slice(golden.indexOf(first));
    expect(kernelTraffic.startsWith(first)).toBe(true);
    const d = diffTranscripts(kernelTraffic, lab.run(traffic));
    expect(d.total).toBeGreaterThan(10);
    expect(d.diffs).toEqual([]);
  });
});
