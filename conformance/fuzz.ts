// The fuzzer behind `npm run bench`'s fuzz figures and the slice of it `npm test` runs: scripts
// mutated from the examples, the conformance scenarios and random labs (lines dropped, doubled,
// swapped or taken from another script; words replaced by other commands' words, hostile strings,
// extreme numbers and addresses; quotes and characters inserted; lines cut short), and random labs
// (conformance/labs.ts). Each script runs in a fresh session as the product runs it (trace on, real
// defaults); the world it leaves is exported and the export replayed. What counts:
//   - a crash: an exception out of the session, the exporter or the replay (the shell must catch all);
//   - an internal error: a line the shell answered with "netns-lab: internal error";
//   - an export that fails to replay: a line the engine refused while exporting or replaying it, or
//     (for random labs) a rebuilt world that does not look the same (worldView).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Rng } from '../src/engine/sim/rng.ts';
import { exportWorld } from '../src/shell/export.ts';
import { Session } from '../src/shell/session.ts';
import { randomLab, worldView } from './labs.ts';

const root = join(import.meta.dirname, '..');

/** The scripts mutation starts from: the examples, every conformance scenario, some random labs. */
export function corpus(): string[][] {
  const dirs = [
    join(root, 'src/examples'),
    join(root, 'conformance/scenarios'),
    join(root, 'conformance/sources'),
  ];
  const scripts: string[][] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.sh')) continue;
      const lines = readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#'));
      if (lines.length) scripts.push(lines);
    }
  }
  for (let seed = 1; seed <= 20; seed++) scripts.push(randomLab(seed, 30));
  return scripts;
}

/** Words a mutation puts in: hostile text, extreme numbers and addresses, other tools' words. */
const HOSTILE = [
  '"',
  "'",
  '\\',
  '$(id)',
  '`id`',
  ';',
  '|',
  '&',
  '>',
  '<',
  '!',
  '-',
  '--',
  '""',
  "''",
  '\u202e',
  'é',
  '*',
  'x'.repeat(300),
  'a"b',
  'ends\\',
  'note" -j ACCEPT -m comment --comment "x',
];
const NUMBERS = [
  '0',
  '-1',
  '1',
  '3',
  '68',
  '1500',
  '65535',
  '65536',
  '2147483647',
  '4294967296',
  '1e9',
  '0x10',
  '1.5',
  '99999',
];
const ADDRESSES = [
  '0.0.0.0',
  '255.255.255.255',
  '10.0.0.1',
  '10.0.0.1/33',
  '10.0.0.0/8',
  '127.0.0.1',
  '::1',
  '1.2.3',
  'default',
];
const WORDS = [
  ...[
    'ip',
    'link',
    'addr',
    'route',
    'neigh',
    'netns',
    'add',
    'del',
    'set',
    'show',
    'exec',
    'flush',
    'get',
    'rule',
  ],
  ...[
    'dev',
    'name',
    'type',
    'veth',
    'bridge',
    'macvlan',
    'peer',
    'master',
    'nomaster',
    'up',
    'down',
    'mtu',
    'via',
  ],
  ...[
    'address',
    'table',
    'metric',
    'scope',
    'link',
    'onlink',
    'lladdr',
    'nud',
    'permanent',
    'brd',
    'label',
    'src',
  ],
  ...[
    'iptables',
    '-t',
    'nat',
    '-A',
    '-I',
    '-D',
    '-R',
    '-N',
    '-X',
    '-P',
    '-F',
    '-S',
    '-L',
    '-j',
    '-g',
    '-m',
    '-p',
  ],
  ...[
    'tcp',
    'udp',
    'icmp',
    '--dport',
    '--sport',
    '-s',
    '-d',
    '-i',
    '-o',
    'comment',
    '--comment',
    'ACCEPT',
    'DROP',
  ],
  ...[
    'MASQUERADE',
    'DNAT',
    'SNAT',
    '--to-destination',
    'LOG',
    '--log-prefix',
    'conntrack',
    '--ctstate',
    'RETURN',
  ],
  ...[
    'sysctl',
    '-w',
    'net.ipv4.ip_forward=1',
    'ping',
    '-c',
    '1',
    'sleep',
    'brctl',
    'addbr',
    'addif',
    'fdb',
    'nc',
  ],
  ...['-l', '-u', 'ss', '-tan', 'conntrack', '-L', 'tcpdump', 'docker', 'run', 'ip netns exec a'],
];

/** One mutated script, the same for the same seed. */
export function mutatedScript(seed: number, scripts: string[][]): string[] {
  const rng = new Rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length)];
  const lines = [...pick(scripts)];
  const mutations = rng.int(1, 9);
  for (let m = 0; m < mutations; m++) {
    const i = rng.int(0, Math.max(lines.length, 1));
    const line = lines[i] ?? '';
    const words = line.split(' ');
    const w = rng.int(0, Math.max(words.length, 1));
    switch (rng.int(0, 10)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, line);
        break;
      case 2: {
        const j = rng.int(0, Math.max(lines.length, 1));
        [lines[i], lines[j]] = [lines[j] ?? '', line];
        break;
      }
      case 3:
        lines.splice(i, 0, pick(pick(scripts)));
        break;
      case 4:
        words[w] = pick(HOSTILE);
        lines[i] = words.join(' ');
        break;
      case 5:
        words[w] = pick(NUMBERS);
        lines[i] = words.join(' ');
        break;
      case 6:
        words[w] = pick(ADDRESSES);
        lines[i] = words.join(' ');
        break;
      case 7:
        words.splice(w, rng.int(0, 2), pick(WORDS));
        lines[i] = words.join(' ');
        break;
      case 8: {
        const at = rng.int(0, line.length + 1);
        lines[i] = line.slice(0, at) + pick(['"', "'", '\\', ' ', '!', '#', '-', '$']) + line.slice(at);
        break;
      }
      default:
        lines[i] = line.slice(0, rng.int(0, line.length + 1));
    }
  }
  return lines;
}

export interface FuzzOutcome {
  crash?: string;
  internal?: string;
  exportFail?: string;
  /** Wall time of the whole case (run, export, replay), ms. */
  ms: number;
  /** Heap growth while the script ran (before any collection), bytes. */
  heap: number;
}

/** Runs one script, exports its world and replays the export; `compareViews` also diffs the worlds. */
export function fuzzScript(script: string, compareViews = false): FuzzOutcome {
  // With --expose-gc the heap is collected first, so the growth is this script's own.
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const h0 = process.memoryUsage().heapUsed;
  const out: FuzzOutcome = { ms: 0, heap: 0 };
  try {
    const a = new Session({ seed: 1 });
    const lines = a.runLines(script);
    out.heap = process.memoryUsage().heapUsed - h0;
    const bad = lines.find((l) => l.status === 70 || l.output.includes('netns-lab: internal error'));
    if (bad) out.internal = `${bad.command}\n  ${bad.output.trim()}`;
    const x = exportWorld(a.world);
    const b = new Session({ seed: 2 });
    const failed = b.runLines(x.script).find((l) => l.status !== 0);
    if (x.refused.length) out.exportFail = `refused while exporting: ${x.refused[0]}`;
    else if (failed)
      out.exportFail = `replay: ${failed.command}\n  ${failed.output.trim()} [exit ${failed.status}]`;
    else if (compareViews && worldView(a, { learned: false }) !== worldView(b, { learned: false }))
      out.exportFail = 'the rebuilt world looks different';
  } catch (e) {
    out.crash = (e as Error).stack ?? String(e);
  }
  out.ms = performance.now() - t0;
  return out;
}
