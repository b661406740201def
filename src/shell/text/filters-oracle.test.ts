// The filters a pipe feeds against the machine's own coreutils 9.1, mawk and util-linux column (the
// recorder's, in its C locale) on random tables of words, numbers, blanks, tabs and colons: every
// command netns-lab runs must print the same bytes and exit with the same status. The tables come
// from the engine's seeded Rng, one run per seed; ORACLE_SEEDS=1-50 (or 3,9,27) searches more.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../engine/sim/rng.ts';
import { Session } from '../session.ts';
import { oracleSeeds } from './oracle-seeds.ts';

const WORDS = [
  'a',
  'B',
  'b',
  '10',
  '9',
  '-1',
  '2.5',
  ' x',
  'a b',
  '',
  'zz',
  '1e3',
  '  7',
  'A',
  ':',
  'c:d',
  'x\ty',
];
const COMMANDS = [
  'sort',
  'sort -r',
  'sort -n',
  'sort -u',
  'sort -f',
  'sort -k2',
  'sort -k2,2',
  'sort -k2n',
  'sort -t: -k2',
  'sort -k1.2',
  'sort -k2 -r',
  'sort -n -r',
  'sort -nu',
  'sort -b -k2',
  'sort -k2b,2',
  'sort -s -k1,1',
  'sort -t: -k1,1 -k2nr',
  'sort -k3',
  'sort -fu',
  'head -n 3',
  'head -n -4',
  'tail -n 3',
  'tail -n +4',
  'head -c 7',
  'tail -c 5',
  'wc',
  'wc -l',
  'wc -w',
  'wc -c',
  'wc -lc',
  "awk '{print $1}'",
  "awk '{print $2, $1}'",
  "awk '{print $NF}'",
  "awk -F: '{print $2}'",
  "awk '{print NF}'",
  "awk '/a/'",
  "awk 'NR>3 {print $1}'",
  'column -t',
  'grep -c a',
  'grep -v a',
  'grep -n -C1 b',
];

const tools = ['sort', 'head', 'tail', 'wc', 'awk', 'column', 'grep'].every(
  (t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0,
);

describe.runIf(tools)('text filters against the real tools', () => {
  it.each(oracleSeeds([1, 2], process.env.ORACLE_SEEDS))(
    'print the same and exit the same on 2 random tables (seed %i)',
    (seed) => {
      const dir = mkdtempSync(join(tmpdir(), 'filters-oracle-'));
      const rng = new Rng(seed);
      const pick = <T>(a: T[]) => a[rng.int(0, a.length)];
      const differ: string[] = [];
      let run = 0;
      for (let table = 0; table < 2; table++) {
        const lines: string[] = [];
        for (let i = 0; i < 12; i++) {
          let l = '';
          for (let j = 0, n = rng.int(0, 4); j < n; j++)
            l += (j ? pick([' ', '  ', ':', '\t']) : '') + pick(WORDS);
          lines.push(l);
        }
        const input = `${lines.join('\n')}\n`;
        writeFileSync(join(dir, 'in.txt'), input);
        const s = new Session();
        s.files.write('in.txt', new TextEncoder().encode(input));
        for (const c of COMMANDS) {
          const line = `cat in.txt | ${c}`;
          const r = s.exec(line);
          if (r.unsupported) continue;
          run++;
          const real = spawnSync('bash', ['-c', line], {
            cwd: dir,
            encoding: 'utf8',
            env: { ...process.env, LC_ALL: 'C' },
          });
          const theirs = `${real.stdout}${real.stderr}`;
          if (theirs !== r.output || real.status !== r.status)
            differ.push(
              `${JSON.stringify(input)} | ${c}: real ${JSON.stringify(theirs)} ${real.status}, netns-lab ${JSON.stringify(r.output)} ${r.status}`,
            );
        }
      }
      expect(differ).toEqual([]);
      expect(run).toBeGreaterThan(COMMANDS.length * 1.5);
    },
  );
});
