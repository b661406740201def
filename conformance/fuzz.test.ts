// A deterministic slice of the fuzzer `npm run bench` runs at full size (bench/fuzz.ts): mutated
// scripts and random labs must not crash the shell, meet an internal error, or leave a world whose
// export does not replay to the same world.

import { describe, expect, it } from 'vitest';
import { corpus, fuzzScript, mutatedScript } from './fuzz.ts';
import { randomLab } from './labs.ts';

describe('fuzz slice', () => {
  const scripts = corpus();
  it('300 mutated scripts: no crash, no internal error, every export replays', () => {
    const problems: string[] = [];
    for (let seed = 1; seed <= 300; seed++) {
      const r = fuzzScript(mutatedScript(seed, scripts).join('\n'), true);
      const p = r.crash ?? r.internal ?? r.exportFail;
      if (p) problems.push(`mutatedScript(${seed}): ${p}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('30 random labs of 60 steps: the same', () => {
    const problems: string[] = [];
    for (let seed = 5000; seed < 5030; seed++) {
      const r = fuzzScript(randomLab(seed, 60).join('\n'), true);
      const p = r.crash ?? r.internal ?? r.exportFail;
      if (p) problems.push(`randomLab(${seed}, 60): ${p}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
