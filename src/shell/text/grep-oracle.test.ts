// netns-lab's grep against the machine's own GNU grep (the recorder's, in its C locale) on random
// patterns built from the constructs tutorials use and the ones that trip translations (anchors,
// back-references, intervals, classes, word boundaries), with the flags that change matching. Every
// case netns-lab runs must print the same bytes and exit with the same status; the ones it refuses
// as unsupported are counted and must stay a minority.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../session.ts';

const ATOMS = [
  'a',
  'b',
  'ab',
  '.',
  '*',
  '+',
  '?',
  '|',
  '(',
  ')',
  '[ab]',
  '[^a]',
  '^',
  '$',
  '\\(',
  '\\)',
  '\\|',
  '\\+',
  '{1,2}',
  '\\{1,2\\}',
  '\\1',
  '\\<',
  '\\>',
  '\\w',
  'x',
  ' ',
  '[[:alpha:]]',
  '[a-c]',
];
const FLAGS = [
  [],
  ['-E'],
  ['-o'],
  ['-E', '-o'],
  ['-w'],
  ['-x'],
  ['-c'],
  ['-v'],
  ['-i'],
  ['-E', '-w', '-o'],
  ['-n'],
];
const INPUT = 'ab\naab ba\nxab\n\nb a\n(a)|b\nabab x\na{1,2}\n';

const gnu =
  spawnSync('grep', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('grep (GNU grep)') ?? false;

describe.runIf(gnu)('grep against GNU grep', () => {
  it('prints the same and exits the same on 600 random patterns', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grep-oracle-'));
    writeFileSync(join(dir, 'in.txt'), INPUT);
    const s = new Session();
    s.files.write('in.txt', new TextEncoder().encode(INPUT));
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)];
    const differ: string[] = [];
    let run = 0;
    let refused = 0;
    for (let i = 0; i < 600; i++) {
      let p = '';
      for (let n = 1 + Math.floor(rnd() * 5); n > 0; n--) p += pick(ATOMS);
      const flags = pick(FLAGS);
      const r = s.exec(`grep ${flags.join(' ')} -- '${p.replace(/'/g, `'\\''`)}' in.txt`);
      if (r.unsupported) {
        refused++;
        continue;
      }
      run++;
      const real = spawnSync('grep', [...flags, '--', p, 'in.txt'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
      });
      const theirs = `${real.stdout}${real.stderr}`;
      if (theirs !== r.output || real.status !== r.status)
        differ.push(
          `grep ${flags.join(' ')} '${p}': GNU ${JSON.stringify(theirs)} ${real.status}, netns-lab ${JSON.stringify(r.output)} ${r.status}`,
        );
    }
    expect(differ).toEqual([]);
    expect(run).toBeGreaterThan(refused * 4);
  });
});
