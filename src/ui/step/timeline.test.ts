// The timeline and canvas logic over a real trace (docker0's ping, serialised by the worker code).

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { Stepping } from '../../worker/replay.ts';
import { farView } from '../farView.ts';
import { layoutTopology } from '../layout.ts';
import { loadDagre } from '../rows.ts';
import { highlightFor, NO_HIGHLIGHT } from './canvas.ts';
import { useStep } from './store.ts';
import { ALL_ON, groupEvents, nextAt, packetNumbers, prevAt, timelineRows, visible } from './timeline.ts';

// Routers on two bridges are placed by dagre, loaded on demand as in the browser.
beforeAll(() => loadDagre());

const DOCKER0 = readFileSync(new URL('../../examples/docker0.sh', import.meta.url), 'utf8');

function trace() {
  const session = new Session({ seed: 1 });
  const steps = new Stepping(session, 1);
  steps.run(DOCKER0);
  return { ...steps.trace(), snapshot: session.snapshot() };
}

describe('timeline', () => {
  const { events, commands, snapshot } = trace();

  it('groups the ping under its command, one group per packet and direction', () => {
    const groups = groupEvents(commands, events);
    expect(groups.map((g) => g.command.command)).toEqual(['ip netns exec c1 ping -c 1 172.17.0.3']);
    expect(groups[0].packets.map((p) => p.summary)).toEqual(
      [
        'ARP, Request who-has 172.17.0.3 tell 172.17.0.2',
        'ARP, Reply 172.17.0.3 is-at 02:42:ac:11:00:03',
        'IP 172.17.0.2 > 172.17.0.3: ICMP echo request, id 1, seq 1, length 64',
        'IP 172.17.0.3 > 172.17.0.2: ICMP echo reply, id 1, seq 1, length 64',
      ].map((s) =>
        expect.stringMatching(
          new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('id 1', 'id \\d+')}$`),
        ),
      ),
    );
    expect(groups[0].packets.flatMap((p) => p.events)).toEqual(events);
  });

  it('numbers packets as they first appear: the ARP the echo request waits for is #1', () => {
    const groups = groupEvents(commands, events);
    const numbers = packetNumbers(events);
    const shown = groups[0].packets.map((p) => numbers.get(p.packetId ?? -1));
    // A reply carries its request's id: ARP request and reply, then the echo and its reply.
    expect(shown).toEqual([1, 1, 2, 2]);
    // The engine made the echo request first (it waited in the neighbour queue behind the ARP).
    const [arp, , echo] = groups[0].packets;
    expect(echo.packetId).toBeLessThan(arp.packetId!);
  });

  it('steps over what the filters hide, and back', () => {
    const onlyFdb = visible(events, { ...ALL_ON, arp: false, icmp: false, routing: false, other: false });
    expect(onlyFdb.every((e) => e.category === 'fdb')).toBe(true);
    const first = nextAt(onlyFdb, undefined)!;
    const second = nextAt(onlyFdb, first)!;
    const third = nextAt(onlyFdb, second)!;
    expect(third).toBeGreaterThan(second + 1); // the ARP steps in between are skipped
    expect(prevAt(onlyFdb, second)).toBe(first);
    expect(prevAt(onlyFdb, first)).toBeUndefined();
    expect(prevAt(onlyFdb, 'live')).toBe(onlyFdb.at(-1)!.seq);
    expect(nextAt(onlyFdb, 'live')).toBeUndefined();
  });

  it('flattens the groups into one-line rows for the windowed list, each knowing its command', () => {
    const groups = groupEvents(commands, events);
    const { rows, indexOf, commandRow } = timelineRows(groups);
    const packets = groups.flatMap((g) => g.packets);
    expect(rows).toHaveLength(groups.length + packets.length + events.length);
    expect(rows[0]).toEqual({
      kind: 'cmd',
      key: expect.any(String),
      command: 'ip netns exec c1 ping -c 1 172.17.0.3',
    });
    expect(rows[1]).toMatchObject({
      kind: 'packet',
      summary: 'ARP, Request who-has 172.17.0.3 tell 172.17.0.2',
    });
    for (const e of events) expect(rows[indexOf.get(e.seq)!]).toMatchObject({ kind: 'event', event: e });
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(commandRow.every((i) => rows[i].kind === 'cmd')).toBe(true);
  });

  it('puts the step on the canvas: the veth hop, the flood fanning out, the bridge in and out', () => {
    const at = (pred: (i: number) => boolean) => events.findIndex((_, i) => pred(i));
    const tx = at((i) => events[i].kind === 'frame-tx');
    expect(highlightFor(events, tx, snapshot)).toMatchObject({
      nodes: { 'link:c1:eth0': 'act' },
      acting: { node: 'link:c1:eth0', ns: 'c1' },
      event: events[tx],
      frame: events[tx].frame,
      edges: {
        'veth:link:c1:eth0->link::veth1': 'fwd',
        'veth:link::veth1->link:c1:eth0': 'rev',
        // The far view's spellings: c1 → docker0 (veth1's master), or from the host's side.
        'far:netns:c1->link::docker0': 'fwd',
        'far:host->netns:c1': 'rev',
      },
      flood: false,
    });
    const flood = highlightFor(
      events,
      at((i) => events[i].kind === 'flood'),
      snapshot,
    );
    expect(flood.flood).toBe(true);
    expect(flood.nodes).toEqual({ 'link::docker0': 'act' });
    expect(flood.edges).toEqual({
      'master:link::veth1->link::docker0': 'fwd',
      'master:link::veth2->link::docker0': 'rev',
      'far:netns:c1->link::docker0': 'fwd',
      'far:netns:c2->link::docker0': 'rev',
    });
    // The copy leaves after the frame came in, and carries the label (the only copy out).
    expect(flood.late).toEqual(['master:link::veth2->link::docker0', 'far:netns:c2->link::docker0']);
    expect(flood.quiet).toBeUndefined();
    // Every far spelling that the far view draws is one of its edges: zoomed out, the packet still moves.
    const far = new Set(farView(layoutTopology(snapshot)).edges.map((e) => e.id));
    expect(Object.keys(flood.edges).filter((id) => id.startsWith('far:'))).toEqual(
      expect.arrayContaining([...far].filter((id) => id in flood.edges)),
    );
    expect([...far].filter((id) => id in flood.edges)).toHaveLength(2);
    expect([...far].filter((id) => id in highlightFor(events, tx, snapshot).edges)).toEqual([
      'far:netns:c1->link::docker0',
    ]);
    const fwd = highlightFor(
      events,
      at((i) => events[i].kind === 'bridge-forward'),
      snapshot,
    );
    expect(fwd.edges).toEqual({
      'master:link::veth2->link::docker0': 'fwd',
      'master:link::veth1->link::docker0': 'rev',
      'far:netns:c2->link::docker0': 'fwd',
      'far:netns:c1->link::docker0': 'rev',
    });
    // An FDB update shows the frame that just arrived over the veth pair; the ARP decision, the
    // request it sends; a route lookup before the packet exists, no frame.
    const learn = at((i) => events[i].kind === 'fdb-learn');
    expect(highlightFor(events, learn, snapshot).frame?.summary).toMatch(
      /^ARP, Request who-has 172\.17\.0\.3/,
    );
    const asks = at((i) => events[i].kind === 'arp-request');
    expect(highlightFor(events, asks, snapshot).frame?.summary).toMatch(/^ARP, Request/);
    expect(
      highlightFor(
        events,
        at((i) => events[i].kind === 'route'),
        snapshot,
      ).frame,
    ).toBeUndefined();
    // A step with no device marks its namespace.
    expect(
      highlightFor(
        events,
        at((i) => events[i].kind === 'route' && !events[i].dev),
        snapshot,
      ).nodes,
    ).toEqual(expect.any(Object));
  });
});

it('the step store starts with nothing highlighted and every category shown', () => {
  expect(useStep.getState().highlight).toEqual(NO_HIGHLIGHT);
  expect(useStep.getState().filters).toEqual(ALL_ON);
});

it('a long live table is drawn as a window around the row the step changed', async () => {
  const { tableWindow, TABLE_WINDOW } = await import('./LiveTables.tsx');
  const rows = Array.from({ length: 1000 }, (_, i) => ({ key: String(i), changed: i === 700 }));
  const w = tableWindow(rows);
  expect(w.shown).toHaveLength(TABLE_WINDOW);
  expect(w.shown.some((r) => r.changed)).toBe(true);
  expect(w.above + w.shown.length + w.below).toBe(1000);
  // Nothing changed: the top of the table; short tables whole.
  expect(tableWindow(rows.map((r) => ({ ...r, changed: false }))).above).toBe(0);
  expect(tableWindow(rows.slice(0, 10)).shown).toHaveLength(10);
  // The last row changed: the window ends at the table's end.
  const last = tableWindow(rows.map((r, i) => ({ ...r, changed: i === 999 })));
  expect(last.below).toBe(0);
});
