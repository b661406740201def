// The simulator against the real kernel on the same generated script (topology.ts, 500 namespaces):
// the kernel runs it in record.sh's sandbox with one process per command (RECORD_SETTLE=0: no
// extra link-state passes between commands), the simulator as `netns-lab run FILE`. Prints the speed
// ratio and whether every ping printed the same (after the conformance normaliser). Root only.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { diffTranscripts, normaliseBlock, parseTranscript } from '../conformance/transcript.ts';
import { childCpuMs, load1, loadNote, median, secs } from './stats.ts';
import { topology } from './topology.ts';

function timed(cmd: string, args: string[], env?: NodeJS.ProcessEnv) {
  const load = load1();
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  return { ms: performance.now() - t0, cpuMs: childCpuMs() - c0, load, ...r };
}

export function kernelComparison(root: string, n: number, repeats: number): void {
  const what = `kernel vs simulator, ${n} namespaces + ${n} pings`;
  if (process.getuid?.() !== 0) {
    console.log(`${what}: skipped (not root; record.sh needs root for its network namespace sandbox)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'netns-lab-bench-'));
  try {
    const { setup, pings } = topology(n);
    const file = join(dir, `lab-${n}.sh`);
    writeFileSync(file, `${[...setup, ...pings].join('\n')}\n`);
    const bin = join(root, 'bin/netns-lab.cjs');
    const sims = Array.from({ length: repeats }, () => timed(process.execPath, [bin, 'run', file]));
    const kernel = timed('bash', [join(root, 'conformance/record.sh'), '--run', file], {
      RECORD_SETTLE: '0',
      RECORD_TIMEOUT: '3600',
    });
    if (kernel.status !== 0) {
      console.log(`${what}: the kernel run failed (exit ${kernel.status}): ${kernel.stderr.trim()}`);
      return;
    }
    const sim = sims[0];
    if (sim.status !== 0) throw new Error(`netns-lab run failed: ${sim.stderr}`);
    const simMs = median(sims.map((r) => r.ms));
    const simCpu = median(sims.map((r) => r.cpuMs));
    const { total, diffs } = diffTranscripts(kernel.stdout, sim.stdout);
    const pingOf = (text: string) =>
      parseTranscript(text)
        .filter((b) => b.command.includes(' ping '))
        .map((b) => normaliseBlock(b).output.join('\n'));
    const [kp, sp] = [pingOf(kernel.stdout), pingOf(sim.stdout)];
    const agree = kp.filter((k, i) => k === sp[i]).length;
    const reached = kp.filter((k) => k.includes(' 1 received')).length;
    console.log(
      `${what} (${setup.length + pings.length} commands): kernel ${secs(kernel.ms)} (CPU ${secs(kernel.cpuMs)}; record.sh --run, one process per command; load ${kernel.load.toFixed(1)}), simulator ${secs(simMs)} (CPU ${secs(simCpu)}; netns-lab run, median of ${repeats}; ${loadNote(sims.map((r) => r.load))}): ${(kernel.ms / simMs).toFixed(0)}× faster (target ≥ 40×), ${(kernel.cpuMs / simCpu).toFixed(0)}× in CPU time`,
    );
    console.log(
      `  pings agreeing after normalisation: ${agree} of ${kp.length} (${reached} answered on the kernel); blocks agreeing: ${total - diffs.length} of ${total}`,
    );
    const d = diffs[0];
    if (d)
      console.log(
        `  first difference, block ${d.index + 1} \`${d.command}\`:\n    kernel:    ${d.expected.join('\n               ')}\n    simulator: ${d.actual.join('\n               ')}`,
      );
    if (agree !== kp.length || kp.length !== n) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
