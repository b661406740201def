// The docker kernel scenarios (conformance/scenarios/d*.sh) are plain scripts: the expansion of each
// `# docker$ docker …` line, then traffic. conformance.test.ts compares them with the kernel; this
// test closes the loop on the docker side: it runs the docker commands themselves in a second lab
// and checks that (1) each command still expands to exactly the lines that follow it in the file,
// and (2) every other line prints the same in the docker-built lab as in the plain one. Lines after a
// `# process:` comment stand in for a container's own process on the kernel (Docker runs it in the
// docker-built lab), so only the plain lab runs them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingDockerState } from '../src/shell/docker/state.ts';
import { scriptLines } from '../src/shell/lexer.ts';
import { Session } from '../src/shell/session.ts';
import { SCENARIO_DIR, scenarioNames } from './harness.ts';
import { normaliseLine } from './transcript.ts';

const DOCKER = scenarioNames().filter((n) =>
  readFileSync(join(SCENARIO_DIR, `${n}.sh`), 'utf8').includes('# docker$ '),
);

interface Step {
  kind: 'docker' | 'expansion' | 'process' | 'plain';
  text: string;
}

/** The file's lines with the role each plays (comments kept only where they mark a role). */
function steps(script: string): Step[] {
  const out: Step[] = [];
  let mode: 'plain' | 'process' = 'plain';
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('# docker$ ')) {
      out.push({ kind: 'docker', text: line.slice('# docker$ '.length) });
      mode = 'plain';
      continue;
    }
    if (line.startsWith('#')) {
      mode = line.startsWith('# process:') ? 'process' : 'plain';
      continue;
    }
    out.push({ kind: mode, text: line });
  }
  return out;
}

describe('docker scenarios: the docker lab against its plain script', () => {
  it('there are at least 15 of them', () => {
    expect(DOCKER.length).toBeGreaterThanOrEqual(15);
  });
  for (const name of DOCKER) {
    it(name, () => {
      const script = readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8');
      const plain = new Session({ seed: 1 });
      const plainOut = new Map<number, string>();
      // Line numbers as scriptLines numbers them, so both labs can be matched line by line.
      const lines = scriptLines(script);
      for (const l of lines) plainOut.set(l.line, `${plain.exec(l.text).output}`);
      const dock = new Session({ seed: 1 });
      const all = steps(script);
      let i = 0;
      let lineIdx = 0;
      const nextPlainOutput = (text: string) => {
        while (lineIdx < lines.length && lines[lineIdx].text !== text) lineIdx++;
        const out = plainOut.get(lines[lineIdx].line);
        lineIdx++;
        return out;
      };
      while (i < all.length) {
        const s = all[i];
        if (s.kind === 'docker') {
          const before = existingDockerState(dock.world)?.expansion.length ?? 0;
          const r = dock.exec(s.text);
          expect(r.unsupported, `${s.text}\n${r.output}`).toBeFalsy();
          const exp = existingDockerState(dock.world)!.expansion.slice(before);
          const listed = all.slice(i + 1, i + 1 + exp.length).map((x) => x.text);
          expect(listed, `expansion of ${s.text}`).toEqual(exp);
          for (const e of exp) nextPlainOutput(e);
          i += 1 + exp.length;
          continue;
        }
        if (s.kind === 'process') {
          nextPlainOutput(s.text);
          i++;
          continue;
        }
        const got = dock.exec(s.text).output;
        const want = nextPlainOutput(s.text);
        const norm = (t?: string) => (t ?? '').split('\n').map(normaliseLine).join('\n');
        expect(norm(got), `${name}: ${s.text}`).toBe(norm(want));
        i++;
      }
    });
  }
});
