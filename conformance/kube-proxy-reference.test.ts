// netns-lab's Services against the rules kube-proxy of Kubernetes v1.35 writes in iptables mode
// (conformance/reference/kubernetes-v1.35, derived from pkg/proxy/iptables/proxier.go): each file's
// kubectl commands run in a fresh lab, and `iptables -t TABLE -S` of filter and nat, in
// iptables-save form and without the CNI plugin's lines, must equal the file's blocks exactly.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingK8sState } from '../src/shell/k8s/state.ts';
import { Session } from '../src/shell/session.ts';

const DIR = join(import.meta.dirname, 'reference', 'kubernetes-v1.35');

function blocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let cur: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('*')) cur = [line];
    else cur.push(line);
    if (line === 'COMMIT') out.set(cur[0].slice(1), cur.join('\n'));
  }
  return out;
}

describe('kube-proxy (Kubernetes v1.35, iptables mode) reference rules', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.rules'));
  it('has its cases', () => expect(files.length).toBeGreaterThanOrEqual(2));
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const s = new Session({ seed: 3 });
      for (const l of text.split('\n').filter((x) => x.startsWith('#$ ')))
        expect(s.exec(l.slice(3)).status, l).toBe(0);
      const st = existingK8sState(s.world)!;
      const fill = (t: string) =>
        t.replace(/\{(clusterip|nodeport):([a-z0-9-]+)\}/g, (m, what: string, name: string) => {
          const svc = st.service(name);
          if (!svc) return m;
          const ip = svc.clusterIP;
          if (what === 'nodeport') return `${svc.ports[0].nodePort}`;
          return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
        });
      for (const [table, want] of blocks(text)) {
        const got = s
          .exec(`iptables -t ${table} -S`)
          .output.trim()
          .split('\n')
          .filter((l) => !/CNI-/.test(l))
          .map((l) => l.replace(/^-P (\S+) (\S+)$/, ':$1 $2 [0:0]').replace(/^-N (\S+)$/, ':$1 - [0:0]'));
        expect([`*${table}`, ...got, 'COMMIT'].join('\n'), `${f} ${table}`).toBe(fill(want));
      }
    });
  }
});
