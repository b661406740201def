// The Kubernetes kernel scenarios (conformance/scenarios/k*.sh, made by k8s-expand.ts) are plain
// scripts: the expansion of each `# kubectl$ kubectl …` line, then traffic. conformance.test.ts
// compares them with the kernel; this test closes the loop on the kubectl side: it runs the kubectl
// commands themselves in a second lab and checks that (1) each command still expands to exactly the
// lines that follow it, (2) `kubectl exec` prints what its expansion printed on the kernel's side,
// and (3) every other line prints the same in the kubectl-built lab as in the plain one. Lines
// after a `# process:` comment stand in for a container's own process (nginx) on the kernel.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingK8sState } from '../src/shell/k8s/state.ts';
import { scriptLines } from '../src/shell/lexer.ts';
import { Session } from '../src/shell/session.ts';
import { fuzzScript } from './fuzz.ts';
import { SCENARIO_DIR, scenarioNames } from './harness.ts';
import { normaliseLine } from './transcript.ts';

const K8S = scenarioNames().filter((n) =>
  readFileSync(join(SCENARIO_DIR, `${n}.sh`), 'utf8').includes('# kubectl$ '),
);

interface Step {
  kind: 'kubectl' | 'process' | 'plain';
  text: string;
}

function steps(script: string): Step[] {
  const out: Step[] = [];
  let mode: 'plain' | 'process' = 'plain';
  for (const raw of script.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('# kubectl> ') || line === '# kubectl>') {
      // A line of the here-document of the kubectl command before it.
      out[out.length - 1].text += `\n${raw.replace(/^\s*# kubectl> ?/, '')}`;
      continue;
    }
    if (line.startsWith('# kubectl$ ')) {
      out.push({ kind: 'kubectl', text: line.slice('# kubectl$ '.length) });
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

const norm = (t?: string) => (t ?? '').split('\n').map(normaliseLine).join('\n');

describe('k8s scenarios: the kubectl lab against its plain script', () => {
  it('there are some', () => {
    expect(K8S.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of K8S) {
    it(name, () => {
      const script = readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8');
      const plain = new Session({ seed: 1 });
      const plainOut = new Map<number, string>();
      const lines = scriptLines(script);
      for (const l of lines) plainOut.set(l.line, plain.exec(l.text).output);
      const kube = new Session({ seed: 1 });
      const all = steps(script);
      let lineIdx = 0;
      const nextPlainOutput = (text: string) => {
        while (lineIdx < lines.length && lines[lineIdx].text !== text) lineIdx++;
        expect(lineIdx, `${name}: ${text} is in the script`).toBeLessThan(lines.length);
        return plainOut.get(lines[lineIdx++].line);
      };
      let i = 0;
      while (i < all.length) {
        const s = all[i];
        if (s.kind === 'kubectl') {
          const before = existingK8sState(kube.world)?.expansion.length ?? 0;
          const r = kube.exec(s.text);
          expect(r.unsupported, `${s.text}\n${r.output}`).toBeFalsy();
          const exp = existingK8sState(kube.world)?.expansion.slice(before) ?? [];
          const listed = all.slice(i + 1, i + 1 + exp.length).map((x) => x.text);
          expect(listed, `expansion of ${s.text}`).toEqual(exp);
          const outs = exp.map((e) => nextPlainOutput(e));
          if (s.text.startsWith('kubectl exec '))
            expect(norm(r.output), `${name}: ${s.text}`).toBe(norm(`  + ${exp[0]}\n${outs[0]}`));
          i += 1 + exp.length;
          continue;
        }
        if (s.kind === 'process') {
          nextPlainOutput(s.text);
          i++;
          continue;
        }
        const got = kube.exec(s.text).output;
        expect(norm(got), `${name}: ${s.text}`).toBe(norm(nextPlainOutput(s.text)));
        i++;
      }
    });
  }
});

describe('k8s labs export to plain scripts', () => {
  // `netns-lab export` of a kubectl-built lab is plain ip/iptables: replayed, it rebuilds the same
  // world (what the tools show), with no kubectl in it.
  const SRC = join(import.meta.dirname, 'k8s-src');
  for (const f of readdirSync(SRC).filter((x) => x.endsWith('.src'))) {
    it(f, () => {
      const r = fuzzScript(readFileSync(join(SRC, f), 'utf8'), true);
      expect(r.crash ?? r.internal ?? r.exportFail).toBeUndefined();
    });
  }
});
