// netns-lab's Pod sandboxes against what the CNI bridge plugin + host-local of
// containernetworking/plugins v1.9.1 write (conformance/reference/cni-plugins-v1.9.1, derived from
// its source): each file's kubectl commands run in a fresh lab; `.rules` files must equal the nat
// table in iptables-save form (see below for order), `.links` files the output of each `$` command (runs of spaces
// compared as one, as placeholders change column widths). Placeholders: {id:X} is Pod X's sandbox
// ID, {chain:X} the chain FormatChainName gives it, {veth:X}/{mac:X} its host veth and that veth's MAC.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cniChainName } from '../src/shell/k8s/cni.ts';
import { existingK8sState } from '../src/shell/k8s/state.ts';
import { Session } from '../src/shell/session.ts';

const DIR = join(import.meta.dirname, 'reference', 'cni-plugins-v1.9.1');

function lab(text: string): { s: Session; fill: (t: string) => string } {
  const s = new Session({ seed: 7 });
  for (const l of text.split('\n').filter((x) => x.startsWith('#$ '))) {
    const r = s.exec(l.slice(3));
    expect(r.status, `${l}\n${r.output}`).toBe(0);
  }
  const fill = (t: string) =>
    t.replace(/\{(id|chain|veth|mac):([a-z0-9-]+)\}/g, (m, what: string, pod: string) => {
      const p = existingK8sState(s.world)?.pod(pod);
      if (!p) return m;
      if (what === 'id') return p.sandboxId;
      if (what === 'chain') return cniChainName('my-network', p.sandboxId);
      if (what === 'veth') return p.hostVeth;
      return s.world.host.dev(p.hostVeth)?.mac ?? m;
    });
  return { s, fill };
}

describe('CNI plugins v1.9.1 reference', () => {
  it('FormatChainName agrees with the plugin’s own test vectors (pkg/utils/utils_test.go)', () => {
    expect(cniChainName('test', '1234')).toBe('CNI-2bbe0c48b91a7d1b8a6753a8');
    expect(cniChainName('testalongnamethatdoesnotmakesense', '1234')).toBe('CNI-374f33fe84ab0ed84dcdebe3');
  });
  const files = readdirSync(DIR).filter((f) => f.endsWith('.rules') || f.endsWith('.links'));
  it('has its cases', () => expect(files.length).toBeGreaterThanOrEqual(3));
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const { s, fill } = lab(text);
      if (f.endsWith('.rules')) {
        const want = text
          .split('\n')
          .filter((l) => l !== '' && !l.startsWith('#'))
          .join('\n');
        const got = s
          .exec('iptables -t nat -S')
          .output.trim()
          .split('\n')
          .map((l) => l.replace(/^-P (\S+) (\S+)$/, ':$1 $2 [0:0]').replace(/^-N (\S+)$/, ':$1 - [0:0]'))
          // kube-proxy's chains and jumps are compared with their own reference (kubernetes-v1.35).
          .filter((l) => !/KUBE-/.test(l));
        // iptables-save lists user chains by name, and the names are hashes of random IDs: the
        // lines are compared as a set, and the built-in chains' rules in their order.
        const wanted = fill(want).split('\n');
        const have = ['*nat', ...got, 'COMMIT'];
        expect([...have].sort()).toEqual([...wanted].sort());
        const builtin = (l: string[]) => l.filter((x) => /^-A (PRE|POST|IN|OUT)/.test(x));
        expect(builtin(have)).toEqual(builtin(wanted));
        return;
      }
      const blocks = text.split(/^\$ /m).slice(1);
      for (const b of blocks) {
        const [cmd, ...out] = b.split('\n');
        const squeeze = (t: string) => t.replace(/ +/g, ' ').trim();
        expect(squeeze(s.exec(cmd).output), cmd).toBe(squeeze(fill(out.join('\n'))));
      }
    });
  }
});
