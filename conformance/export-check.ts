// The kernel half of the export property test (run by export-check.sh, as root, in CI's kernel
// step): random labs are exported, and each exported script, followed by commands that show the
// world, runs on the real kernel in record.sh's sandbox and in the engine. Every exported line must
// succeed on the kernel, and the kernel must show what the engine shows.
//   tsx conformance/export-check.ts [COUNT] [FIRST_SEED] [STEPS]   (default 12 labs of 40 steps from seed 1)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bridge } from '../src/engine/link/bridge.ts';
import { exportWorld } from '../src/shell/export.ts';
import { shellQuote as q } from '../src/shell/lexer.ts';
import { Session } from '../src/shell/session.ts';
import { randomLab, viewCommands } from './labs.ts';
import { type BlockDiff, diffTranscripts, parseTranscript, shownOutput } from './transcript.ts';

const count = Number(process.argv[2] ?? 12);
const first = Number(process.argv[3] ?? 1);
const steps = Number(process.argv[4] ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'export-check-'));
const record = join(import.meta.dirname, 'record.sh');

/**
 * What the kernel prints that the engine does not model, removed before comparing: IPv6 (record.sh
 * disables it only in namespaces whose names need no quoting), the MAC a new bridge draws at random
 * (netns-lab draws its own from the seed), and `-d` detail lines.
 */
function kernelOnly(text: string, randomBridges: string[]): string {
  const out: string[] = [];
  const lines = text.split('\n');
  let cmd = '';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('$ ')) cmd = l;
    // IPv6: addresses, routes (every IPv6 route names a "pref"), multicast FDB entries.
    if (/^\s+inet6 /.test(l)) {
      if (/^\s+valid_lft/.test(lines[i + 1] ?? '')) i++;
      continue;
    }
    if (cmd.includes(' route show') && /\bpref (medium|low|high)\b/.test(l)) continue;
    if (/^33:33:(ff:|00:00:00:fb )/.test(l)) continue;
    const bridge = randomBridges.find((b) => l.startsWith(`$ ip `) && l.endsWith(` addr show dev ${q(b)}`));
    if (bridge !== undefined) {
      // Its link/ether line: a random MAC on the kernel, none in netns-lab.
      out.push(l, lines[i + 1] ?? '', (lines[i + 2] ?? '').replace(/link\/ether \S+/, 'link/ether <random>'));
      i += 2;
      continue;
    }
    if (
      randomBridges.some((b) =>
        new RegExp(`^\\S+ dev ${reEscape(b)} master ${reEscape(b)} permanent$`).test(l),
      )
    )
      continue;
    out.push(l);
  }
  return out.join('\n');
}

function reEscape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|'"]/g, '\\$&');
}

/** A differing block: its command and the first lines where kernel and engine part. */
function briefDiff(d: BlockDiff): string {
  const k = shownOutput(d.expected, d.expectedStatus);
  const e = shownOutput(d.actual, d.actualStatus);
  const i = k.findIndex((l, j) => l !== e[j]);
  const at = i < 0 ? k.length : i;
  return `  $ ${d.command}\n    kernel | ${k[at] ?? '(end)'}\n    engine | ${e[at] ?? '(end)'}`;
}

let failed = 0;
for (let seed = first; seed < first + count; seed++) {
  const a = new Session({ seed: 1 });
  a.run(randomLab(seed, steps).join('\n'));
  const { script, refused } = exportWorld(a.world, { header: false });
  const b = new Session({ seed: 1 });
  b.run(script);
  const snap = b.snapshot();
  const view = viewCommands(
    snap.namespaces.map((n) => n.name),
    new Map(snap.namespaces.map((n) => [n.name, n.links.map((l) => l.name)])),
    { details: false },
  );
  const full = `${script}${view.join('\n')}\n`;
  const file = join(dir, `lab-${seed}.sh`);
  writeFileSync(file, full);
  const kernel = execFileSync('bash', [record, '--run', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const engine = new Session({ seed: 1 }).run(full);
  const randomBridges = b.world
    .namespaces()
    .flatMap((ns) => ns.devices())
    .filter((d) => d instanceof Bridge && !d.macSet && d.ports.length === 0)
    .map((d) => d.name);
  const exportLines = script.trim().split('\n').length;
  const errors = parseTranscript(kernel)
    .slice(0, exportLines)
    .filter((blk) => blk.status !== 0)
    .map((blk) => `  kernel refused: ${blk.command}\n    ${blk.output.join('\n    ')} [exit ${blk.status}]`);
  const diffs = diffTranscripts(kernelOnly(kernel, randomBridges), kernelOnly(engine, randomBridges)).diffs;
  const problems = [...refused.map((r) => `  engine refused: ${r}`), ...errors, ...diffs.map(briefDiff)];
  if (problems.length) {
    failed++;
    console.log(`FAIL lab ${seed} (${exportLines} export lines; script ${file})\n${problems.join('\n')}`);
  } else console.log(`ok   lab ${seed} (${exportLines} export lines, ${view.length} views agree)`);
}
console.log(`export check: ${count} labs, ${count - failed} replay on the kernel as in the engine`);
process.exitCode = failed ? 1 : 0;
