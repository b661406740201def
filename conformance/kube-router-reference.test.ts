// netns-lab's NetworkPolicies against the rules kube-router v2.11.1 writes
// (conformance/reference/kube-router-v2.11.1, derived from pkg/controllers/netpol): each file's
// kubectl commands run in a fresh lab; kube-router's part of `iptables -S` (iptables-save form) and
// `ipset save` (no initval, each set's members in any order) must equal the file's blocks. The
// version-named chains are filled in from the lab's sync version with Node's own SHA-256. A line
// `#@ node NAME` makes the blocks after it NAME's (a cluster of Node objects: kube-router runs on each
// node, in the node's namespace, with its own sync versions); before it they are the one node's.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingK8sState } from '../src/shell/k8s/state.ts';
import { Session } from '../src/shell/session.ts';

const DIR = join(import.meta.dirname, 'reference', 'kube-router-v2.11.1');

function base32(b: Buffer): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const x of b) {
    acc = (acc << 8) | x;
    bits += 8;
    while (bits >= 5) {
      out += A[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}
const h16 = (s: string) => base32(createHash('sha256').update(s).digest()).slice(0, 16);

/** The file's blocks by node ('' for the one-node cluster) and table: `node2 *filter`. */
function blocks(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur: string[] = [];
  let node = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('#@ node ')) node = line.slice('#@ node '.length).trim();
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('*')) cur = [];
    else if (line === 'COMMIT') out.set(`${node} ${cur[0]}`, cur.slice(1));
    if (line !== 'COMMIT') cur.push(line);
  }
  return out;
}

/** A save's sets with their members sorted (the kernel lists them in hash order). */
const sets = (lines: string[]) => {
  const out: string[] = [];
  for (const l of lines) if (l.startsWith('create ')) out.push(l);
  return out.map((c) =>
    [c, ...lines.filter((l) => l.startsWith(`add ${c.split(' ')[1]} `)).sort()].join('\n'),
  );
};

describe('kube-router v2.11.1 (network policy controller) reference rules', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.rules'));
  it('has its cases', () => expect(files.length).toBeGreaterThanOrEqual(2));
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const s = new Session({ seed: 3 });
      const cmds: string[] = [];
      for (const l of text.split('\n')) {
        if (l.startsWith('#$ ')) cmds.push(l.slice(3));
        else if (l.startsWith('#> ')) cmds[cmds.length - 1] += `\n${l.slice(3)}`;
      }
      for (const c of cmds) expect(s.exec(c).status, c).toBe(0);
      const st = existingK8sState(s.world)!;
      const want = blocks(text);
      const nodes = [...new Set([...want.keys()].map((k) => k.split(' ')[0]))];
      expect(nodes.length, `${f}: blocks`).toBeGreaterThan(0);
      for (const node of nodes) {
        const knode = node === '' ? st.nodes[0] : st.node(node)!;
        const v = knode.netpol!.version.toString();
        const fill = (t: string) =>
          t
            .replace(
              /\{nwplcy:([^/]+)\/([^}]+)\}/g,
              (_m, ns: string, n: string) => `KUBE-NWPLCY-${h16(ns + n + v + 'IPv4')}`,
            )
            .replace(
              /\{podfw:([^/]+)\/([^}]+)\}/g,
              (_m, ns: string, n: string) => `KUBE-POD-FW-${h16(ns + n + v)}`,
            );
        const inNode = (cmd: string) => (node === '' ? cmd : `ip netns exec ${node} ${cmd}`);
        const filter = s
          .exec(inNode('iptables -S'))
          .output.trim()
          .split('\n')
          .filter((l) => /KUBE-ROUTER|KUBE-NWPLCY|KUBE-POD-FW|kube-router/.test(l) || l.startsWith('-P '))
          .map((l) => l.replace(/^-P (\S+) (\S+)$/, ':$1 $2 [0:0]').replace(/^-N (\S+)$/, ':$1 - [0:0]'));
        expect(filter.join('\n'), `${f} ${node} filter`).toBe(
          want.get(`${node} *filter`)!.map(fill).join('\n'),
        );
        const save = s
          .exec(inNode('ipset save'))
          .output.trim()
          .split('\n')
          .map((l) => l.replace(/ initval 0x[0-9a-f]+/, ''));
        expect(sets(save), `${f} ${node} ipset`).toEqual(sets(want.get(`${node} *ipset`)!));
      }
    });
  }
});
