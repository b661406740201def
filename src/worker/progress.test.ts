import { describe, expect, it } from 'vitest';
import type { Progress } from './api.ts';
import { createLab } from './lab.ts';
import { PROGRESS_AFTER_MS } from './progress.ts';

/** A wall clock that moves `step` ms each time it is read, so any work looks long. */
const ticking = (step: number) => {
  let t = 0;
  return () => (t += step);
};

describe('progress of long engine work', () => {
  it('a replay reports the line it is on, of how many, with the command', async () => {
    const seen: Progress[] = [];
    const lab = createLab(1, { onProgress: (p) => seen.push(p), now: ticking(120) });
    const script = Array.from({ length: 40 }, (_, i) => `ip netns add n${i}`).join('\n');
    const r = await lab.replay(script, 1);
    expect(r.lines).toHaveLength(40);
    expect(seen.length).toBeGreaterThan(5);
    expect(seen.every((p) => p.lines === 40)).toBe(true);
    for (const p of seen) expect(p.command).toBe(`ip netns add n${p.line - 1}`);
    const lines = seen.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.at(-1)).toBeGreaterThan(30);
    // Wall time since the call began grows with the reports.
    expect(seen.at(-1)!.elapsedMs).toBeGreaterThan(seen[0].elapsedMs);
  });

  it('one long command reports simulation events and virtual time as they grow', async () => {
    const seen: Progress[] = [];
    const lab = createLab(1, { onProgress: (p) => seen.push(p), now: ticking(400) });
    await lab.replay('ip link set lo up', 1);
    seen.length = 0;
    const r = await lab.run('ping -c 3000 -i 0.001 -q 127.0.0.1');
    expect(r.transcript).toContain('3000 packets transmitted, 3000 received');
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((p) => p.line === 1 && p.lines === 1)).toBe(true);
    expect(seen[0].command).toBe('ping -c 3000 -i 0.001 -q 127.0.0.1');
    const events = seen.map((p) => p.events);
    const virtual = seen.map((p) => p.virtualUs);
    expect(events).toEqual([...events].sort((a, b) => a - b));
    expect(events.at(-1)).toBeGreaterThan(events[0]);
    expect(virtual.at(-1)).toBeGreaterThan(virtual[0]);
    // The engine's heartbeat is unhooked once the call ends: a later read reports nothing.
    const before = seen.length;
    await lab.exportScript();
    expect(seen.length).toBe(before);
  });

  it('work that ends within PROGRESS_AFTER_MS of real time reports nothing', async () => {
    const seen: Progress[] = [];
    const lab = createLab(1, { onProgress: (p) => seen.push(p) });
    const t0 = performance.now();
    await lab.replay('ip netns add a\nip link add v0 type veth peer name v1 netns a', 1);
    if (performance.now() - t0 < PROGRESS_AFTER_MS) expect(seen).toEqual([]);
  });

  it('a command expanded into many (kubectl apply of many objects) beats once per command it runs', async () => {
    const seen: Progress[] = [];
    const lab = createLab(1, { onProgress: (p) => seen.push(p), now: ticking(60) });
    const yaml = Array.from(
      { length: 30 },
      (_, i) =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n  - name: c\n    image: nginx\n`,
    ).join('---\n');
    const r = await lab.replay(`kubectl apply -f - <<'EOF'\n${yaml}EOF`, 1);
    expect(r.lines[0].output).toContain('pod/p29 created');
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((p) => p.line === 1 && p.lines === 1 && p.command.startsWith('kubectl apply'))).toBe(
      true,
    );
  });
});
