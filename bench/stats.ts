// Small helpers the benches share: medians, the machine's load, formatting.

import { readFileSync } from 'node:fs';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 1-minute load average (/proc/loadavg), or NaN where there is none. */
export function load1(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return Number.NaN;
  }
}

/** "load 1.2" — the load a figure was measured under (2 cores: above 2, other work was waiting). */
export function loadNote(loads: readonly number[]): string {
  return `load ${median(loads).toFixed(1)}`;
}

/**
 * CPU seconds used so far by this process's finished children (and theirs, when each waited for its
 * own): cutime + cstime of /proc/self/stat, in clock ticks of 10 ms. NaN where there is no /proc.
 */
export function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

export const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
