import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from './session.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(f) && !f.endsWith('.test.ts') ? [p] : [];
  });
}

describe('unsupported', () => {
  it('is written in one place: no source spells the prefix itself', () => {
    const offenders = sources('src').flatMap((p) =>
      p.endsWith(join('shell', 'unsupported.ts')) || p.endsWith(join('shell', 'mark.ts'))
        ? []
        : readFileSync(p, 'utf8')
            .split('\n')
            .flatMap((l, i) =>
              /netns-lab: unsupported[:'`"]/.test(l) && !/^\s*(\/\/|\*|\/\*\*)/.test(l)
                ? [`${p}:${i + 1}`]
                : [],
            ),
    );
    expect(offenders, 'use unsupported()/reportUnsupported() (src/shell/unsupported.ts)').toEqual([]);
  });

  it('marks the line whether the command stops, goes on, or the shell refuses it first', () => {
    const s = new Session();
    const cases: [string, string, number, boolean][] = [
      ['ip -6 addr', 'netns-lab: unsupported: IPv6 (netns-lab models IPv4)\n', 2, true],
      ['sysctl net.core.somaxconn', 'netns-lab: unsupported: sysctl net.core.somaxconn\n', 2, true],
      ['true && false', 'netns-lab: unsupported: "&&" lists\n', 2, true],
      ['ip link show nosuch', 'Device "nosuch" does not exist.\n', 1, false],
      ['brctl -x', '', 1, false],
    ];
    for (const [line, starts, status, unsupported] of cases) {
      const r = s.exec(line);
      expect(r.output.startsWith(starts), `${line}: ${r.output}`).toBe(true);
      expect(r.status, line).toBe(status);
      expect(!!r.unsupported, line).toBe(unsupported);
    }
    // Said after other output, the line is still marked (no reading of the output).
    const late = s.exec('sysctl net.ipv4.ip_forward net.core.somaxconn');
    expect(late.output).toBe('net.ipv4.ip_forward = 0\nnetns-lab: unsupported: sysctl net.core.somaxconn\n');
    expect(late.unsupported).toBe(true);
  });
});
