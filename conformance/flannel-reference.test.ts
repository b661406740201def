// netns-lab's flanneld against the rules flannel v0.27.4 writes (conformance/reference/flannel-v0.27.4,
// written from pkg/trafficmngr/iptables/iptables.go masqRules and forwardRules): the file's commands
// run in a fresh lab; each node's flanneld part of `iptables -t nat -S` and `iptables -S` (the lines
// naming FLANNEL-… chains) must equal the file's blocks for that node (`#@ node NAME`).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/shell/session.ts';

const FILE = join(import.meta.dirname, 'reference', 'flannel-v0.27.4', 'two-nodes.rules');

describe('flannel v0.27.4 (flanneld --ip-masq) reference rules', () => {
  it('two-nodes.rules', () => {
    const text = readFileSync(FILE, 'utf8');
    const cmds: string[] = [];
    const want = new Map<string, string[]>();
    let node = '';
    let table = '';
    for (const l of text.split('\n')) {
      if (l.startsWith('#$ ')) cmds.push(l.slice(3));
      else if (l.startsWith('#> ')) cmds[cmds.length - 1] += `\n${l.slice(3)}`;
      else if (l.startsWith('#@ node ')) node = l.slice(8).trim();
      else if (l.startsWith('*')) {
        table = l.slice(1);
        want.set(`${node} ${table}`, []);
      } else if (l && !l.startsWith('#') && l !== 'COMMIT') want.get(`${node} ${table}`)!.push(l);
    }
    expect(want.size).toBe(4);
    const s = new Session({ seed: 5 });
    for (const c of cmds) expect(s.exec(c).status, c).toBe(0);
    for (const [key, lines] of want) {
      const [n, t] = key.split(' ');
      const got = s
        .exec(`ip netns exec ${n} iptables -t ${t} -S`)
        .output.trim()
        .split('\n')
        .filter((l) => /FLANNEL-|flanneld/.test(l));
      expect(got, key).toEqual(lines);
    }
  });
});
