// Runs every scenario through the engine and compares it, block by block, with the transcript the
// real kernel printed for it (NAME.kernel.txt, recorded by record.sh).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../src/shell/session.ts';
import { type BlockCounts, type BlockDiff, diffTranscripts, shownOutput } from './transcript.ts';

export const SCENARIO_DIR = join(import.meta.dirname, 'scenarios');

export interface ScenarioResult extends BlockCounts {
  name: string;
  diffs: BlockDiff[];
}

export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.sh') && existsSync(join(SCENARIO_DIR, f.replace(/\.sh$/, '.kernel.txt'))))
    .map((f) => f.replace(/\.sh$/, ''))
    .sort();
}

export function runScenario(name: string): ScenarioResult {
  const script = readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8');
  const golden = readFileSync(join(SCENARIO_DIR, `${name}.kernel.txt`), 'utf8');
  const actual = new Session({ seed: 1 }).run(script);
  return { name, ...diffTranscripts(golden, actual) };
}

export function formatDiff(name: string, d: BlockDiff): string {
  const lines = [`${name} block ${d.index + 1}: $ ${d.command}`];
  for (const l of shownOutput(d.expected, d.expectedStatus)) lines.push(`  kernel | ${l}`);
  for (const l of shownOutput(d.actual, d.actualStatus)) lines.push(`  engine | ${l}`);
  return lines.join('\n');
}
