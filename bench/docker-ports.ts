// `docker run -p A-B:A-B` publishes each port of the range as Docker Engine v28.2.2 does: its own
// DNAT and ACCEPT rules (each written after an `iptables -C`) and its own docker-proxy. The figure:
// the time per published port of `docker run` then `docker rm -f`, through the CLI as a user runs
// it, at 1,000 and 4,000 ports (netns-lab publishes at most 4,096 per container); the CPU ratio
// shows the cost is linear in the ports (it was quadratic: each -C compared the rule with the whole
// chain, each rule added copied the chain and validated the table, each stopped proxy copied the
// listener list). Alone: npx tsx bench/docker-ports.ts

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { childCpuMs, load1, loadNote, median } from './stats.ts';

const root = join(import.meta.dirname, '..');

export function dockerPortsFigures(sizes: readonly [number, number] = [1000, 4000], repeats = 3): void {
  const dir = mkdtempSync(join(tmpdir(), 'netns-lab-ports-'));
  const run = (ports: number) => {
    const last = 10000 + ports - 1;
    const file = join(dir, `p${ports}.sh`);
    writeFileSync(file, `docker run -d --name web -p 10000-${last}:10000-${last} nginx\ndocker rm -f web\n`);
    const cpu0 = childCpuMs();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/netns-lab.mjs'), 'run', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wallMs = performance.now() - t0;
    if (r.status !== 0 || !r.stdout.includes('\nweb\n')) throw new Error(`docker -p (${ports} ports) failed`);
    return { wallMs, cpuMs: childCpuMs() - cpu0 };
  };
  run(1); // builds dist-cli/ first if it is missing or stale
  const loads = [load1()];
  const med = (n: number) => {
    const runs = Array.from({ length: repeats }, () => run(n));
    return { wall: median(runs.map((r) => r.wallMs)), cpu: median(runs.map((r) => r.cpuMs)) };
  };
  const base = med(1);
  const [a, b] = sizes.map((n) => {
    const m = med(n);
    return { wall: (m.wall - base.wall) / n, cpu: (m.cpu - base.cpu) / n };
  });
  loads.push(load1());
  rmSync(dir, { recursive: true, force: true });
  const us = (ms: number) => `${Math.round(ms * 1000)} µs`;
  console.log(
    `docker run -p A-B:A-B then docker rm -f (netns-lab run, start-up taken off), per published port: ${us(a.wall)} (CPU ${us(a.cpu)}) at ${sizes[0]} ports, ` +
      `${us(b.wall)} (CPU ${us(b.cpu)}) at ${sizes[1]}; CPU per port ×${(b.cpu / a.cpu).toFixed(2)} at ${sizes[1] / sizes[0]}× the ports (1 = linear); ${repeats} runs each, ${loadNote(loads)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) dockerPortsFigures();
