// netns-lab's docker commands against the rules Docker Engine v28.2.2 writes (the reference dumps in
// conformance/reference/docker-28.2.2, derived from moby's source): for each file, its commands run
// in a fresh lab and `iptables -t TABLE -S`, put in iptables-save form, must equal the file's block.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { existingDockerState } from '../src/shell/docker/state.ts';
import { Session } from '../src/shell/session.ts';

const DIR = join(import.meta.dirname, 'reference', 'docker-28.2.2');

/** The file's tables, comments dropped: table name → its lines from "*table" to "COMMIT". */
function saveBlocks(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let cur: string[] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('*')) {
      cur = [line];
      out.set(line.slice(1), '');
      continue;
    }
    cur!.push(line);
    if (line === 'COMMIT') out.set(cur![0].slice(1), cur!.join('\n'));
  }
  return out;
}

/** `iptables -S` lines in iptables-save form. */
function sToSave(table: string, s: string): string {
  const lines = s
    .trim()
    .split('\n')
    .map((l) => {
      const p = /^-P (\S+) (\S+)$/.exec(l);
      if (p) return `:${p[1]} ${p[2]} [0:0]`;
      const n = /^-N (\S+)$/.exec(l);
      if (n) return `:${n[1]} - [0:0]`;
      return l;
    });
  return [`*${table}`, ...lines, 'COMMIT'].join('\n');
}

describe('Docker Engine v28.2.2 reference rules', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.rules'));
  it('has the cases the issue asks for', () => {
    expect(files.sort()).toEqual([
      'default-bridge-two-containers.rules',
      'macvlan.rules',
      'network-modes.rules',
      'new-daemon.rules',
      'publish-8080-80.rules',
      'publish-loopback-udp.rules',
      'two-networks.rules',
      'user-network.rules',
    ]);
  });
  for (const f of files) {
    it(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const cmds = text
        .split('\n')
        .filter((l) => l.startsWith('#$ '))
        .map((l) => l.slice(3));
      expect(cmds.length).toBeGreaterThan(0);
      const s = new Session({ seed: 7 });
      for (const c of cmds) {
        const r = s.exec(c);
        expect(r.status, `${c}\n${r.output}`).toBe(0);
        expect(r.unsupported, r.output).toBeFalsy();
      }
      let want = text;
      for (const n of existingDockerState(s.world)?.networks ?? [])
        want = want.replaceAll(`{${n.name}}`, n.id.slice(0, 12));
      for (const [table, block] of saveBlocks(want)) {
        const got = sToSave(table, s.exec(`iptables -t ${table} -S`).output);
        expect(got, `${f}: table ${table}`).toBe(block);
      }
    });
  }
});

describe('the comparison itself', () => {
  it('notices a rule in the wrong place', () => {
    const block = saveBlocks(
      '*nat\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -j DOCKER\n-A PREROUTING -j X\nCOMMIT\n',
    );
    const got = sToSave('nat', '-P PREROUTING ACCEPT\n-A PREROUTING -j X\n-A PREROUTING -j DOCKER\n');
    expect(got).not.toBe(block.get('nat'));
  });
});
