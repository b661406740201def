// The engine against the real kernel: every block of every recorded scenario must agree, except the
// blocks listed in known-differences.json (features not built yet). That list is a ratchet: a block
// listed there that now agrees fails the test too, so it must be removed when it starts to pass.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiff, runScenario, SCENARIO_DIR, scenarioNames } from './harness.ts';

const KNOWN_FILE = join(import.meta.dirname, 'known-differences.json');
const known: Record<string, number[]> = JSON.parse(readFileSync(KNOWN_FILE, 'utf8'));

let blocks = 0;
let agree = 0;
let printing = 0;
let printingAgree = 0;
let failingExit = 0;
const failing: Record<string, number[]> = {};

describe('conformance with the Linux kernel', () => {
  const names = scenarioNames();
  it('has recorded scenarios', () => {
    expect(names.length).toBeGreaterThan(0);
  });
  for (const name of names) {
    it(name, () => {
      const r = runScenario(name);
      blocks += r.total;
      agree += r.total - r.diffs.length;
      printing += r.printing;
      printingAgree += r.printing - r.diffs.filter((d) => d.expected.length > 0).length;
      failingExit += r.failing;
      const bad = r.diffs.map((d) => d.index + 1);
      if (bad.length) failing[name] = bad;
      const expected = known[name] ?? [];
      const unexpected = r.diffs.filter((d) => !expected.includes(d.index + 1));
      const fixed = expected.filter((b) => !bad.includes(b));
      expect(
        unexpected.map((d) => formatDiff(name, d)).join('\n\n'),
        'blocks that disagree with the kernel',
      ).toBe('');
      expect(fixed, `blocks now agreeing: remove them from known-differences.json`).toEqual([]);
    });
  }
  afterAll(() => {
    // Blocks that print nothing agree easily; the ones that print something are the real evidence.
    const silent = blocks - printing;
    const silentAgree = agree - printingAgree;
    console.log(
      `conformance: ${agree}/${blocks} blocks agree with the kernel across ${names.length} scenarios: ` +
        `${printingAgree}/${printing} that print something, ${silentAgree}/${silent} that print nothing; ` +
        `${failingExit} exit non-zero on the kernel (every exit status is compared)`,
    );
    if (process.env.NETNS_LAB_WRITE_KNOWN) writeFileSync(KNOWN_FILE, `${JSON.stringify(failing, null, 2)}\n`);
    void SCENARIO_DIR;
  });
});
