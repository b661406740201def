// The live tables of a namespace as a learner would print them (`ip -br addr`, `ip route`, `ip neigh`,
// `bridge fdb show`, `iptables -L -n -v`, `conntrack -L`), made by the shell's own printers so they
// read exactly like the terminal, plus the timers the printers do not show (neighbour state timer,
// FDB ageing). Diffing two captures tells which rows a step created, changed or removed.

import { Bridge } from '../engine/link/bridge.ts';
import type { TableName as IptTable } from '../engine/netfilter/table.ts';
import type { Netns } from '../engine/netns/netns.ts';
import { ip4ToString } from '../engine/wire/addr.ts';
import type { World } from '../engine/world.ts';
import { runArgv } from '../shell/session.ts';
import type { NsTables, TableName, TableRow } from './step-api.ts';

export const TABLE_NAMES: readonly TableName[] = [
  'addr',
  'route',
  'local',
  'neigh',
  'fdb',
  'iptables',
  'conntrack',
];

/** Runs a read-only command through the shell's printer without touching the session (no settle). */
function print(world: World, ns: Netns, argv: string[]): string[] {
  let out = '';
  try {
    runArgv({ world, ns, write: (t) => (out += t) }, argv);
  } catch {
    // An error exit leaves what was printed; tables are best effort.
  }
  return out.split('\n').filter((l) => l.trim() !== '');
}

const rows = (lines: string[], key: (l: string) => string = (l) => l): TableRow[] =>
  lines.map((l) => ({ key: key(l), text: l.trimEnd() }));

function neighRows(world: World, ns: Netns): TableRow[] {
  const now = world.clock.now;
  const timers = new Map<string, number>();
  for (const n of ns.stack.neigh.all())
    if (n.timer && n.timer.at > now) timers.set(`${ip4ToString(n.ip)} ${n.dev.name}`, n.timer.at - now);
  return print(world, ns, ['ip', 'neigh', 'show']).map((l) => {
    const [ip, , dev] = l.split(' ');
    const key = `${ip} ${dev}`;
    const row: TableRow = { key, text: l.trimEnd() };
    const left = timers.get(key);
    if (left !== undefined) row.timerUs = left;
    return row;
  });
}

function fdbRows(world: World, ns: Netns): TableRow[] {
  const now = world.clock.now;
  return print(world, ns, ['bridge', 'fdb', 'show']).map((l) => {
    const words = l.trim().split(/\s+/);
    const m = words.indexOf('master');
    // Identity: MAC, device and master; the flags after it may change (e.g. a learned entry made static).
    const key = words.slice(0, m >= 0 ? m + 2 : 3).join(' ');
    const row: TableRow = { key, text: l.trimEnd() };
    const br = m >= 0 ? ns.dev(words[m + 1]) : undefined;
    const e = br instanceof Bridge ? br.fdb.get(words[0]) : undefined;
    if (br instanceof Bridge && e && !e.isStatic && !e.local && !e.addedByUser && e.port?.name === words[2])
      row.timerUs = Math.max(0, e.updated + br.ageingMicros - now);
    return row;
  });
}

/**
 * Whether iptables has instantiated `table` here. Listing a table creates it (as the kernel loads
 * iptable_nat), after which its chains run and trace, so a read-only view must not list it first.
 */
function instantiated(ns: Netns, table: IptTable): boolean {
  return ns.nf.has(table);
}

/** The iptables tables that exist, each under a heading row naming its listing command. */
function iptablesRows(world: World, ns: Netns): TableRow[] {
  const out: TableRow[] = [];
  for (const table of ['filter', 'nat', 'mangle', 'raw'] as const) {
    if (!instantiated(ns, table)) continue;
    const lines = print(world, ns, ['iptables', '-t', table, '-L', '-n', '-v']);
    out.push({ key: table, text: `# iptables -t ${table} -L -n -v` });
    let chain = '';
    let n = 0;
    for (const l of lines) {
      if (/^\s*pkts bytes target/.test(l)) continue;
      const c = /^Chain (\S+)/.exec(l);
      if (c) {
        chain = c[1];
        n = 0;
        out.push({ key: `${table}/${chain}`, text: l.trimEnd() });
      } else out.push({ key: `${table}/${chain}/${++n}`, text: l.trimEnd() });
    }
  }
  return out;
}

/** The connection tuples; the timeout column (third) counts down and is not part of the identity. */
function conntrackRows(world: World, ns: Netns): TableRow[] {
  return print(world, ns, ['conntrack', '-L'])
    .filter((l) => !l.startsWith('conntrack v'))
    .map((l) => {
      const w = l.trim().split(/\s+/);
      const row: TableRow = { key: [w[0], ...w.slice(3)].join(' '), text: l.trimEnd() };
      const secs = Number(w[2]);
      if (Number.isFinite(secs)) row.timerUs = secs * 1_000_000;
      return row;
    });
}

/** The tables of each named namespace that exists right now ("" is the host). */
export function captureTables(world: World, names: readonly string[]): NsTables[] {
  const out: NsTables[] = [];
  for (const name of names) {
    const ns = world.netns(name);
    if (!ns) continue;
    out.push({ ns: name, removed: {}, tables: captureNs(world, ns) });
  }
  return out;
}

function captureNs(world: World, ns: Netns): NsTables['tables'] {
  return {
    addr: rows(print(world, ns, ['ip', '-br', 'addr']), (l) => l.split(/\s+/)[0]),
    route: rows(print(world, ns, ['ip', 'route', 'show'])),
    local: rows(print(world, ns, ['ip', 'route', 'show', 'table', 'local'])),
    neigh: neighRows(world, ns),
    fdb: fdbRows(world, ns),
    iptables: iptablesRows(world, ns),
    conntrack: conntrackRows(world, ns),
  };
}

/**
 * The captures of one replay, each namespace printed again only when it may have changed: after an
 * event in it (`emitted`) or when a command line starts (`reset`: a line may change any namespace
 * before it emits anything). In between, its rows are those of its last capture, the FDB's ageing
 * counted down by the time gone. The neighbours (a timer is armed after the event that says so) and
 * conntrack (its text counts down) are printed every time. A frame put on a link (`frame-tx`) changes
 * no table, so a bridge's flood through 1,000 ports prints the host's tables a few times, not 1,000.
 * That the engine changes a namespace's tables only in steps that emit some other event there is
 * checked at every event of every conformance scenario (`tables.test.ts`).
 */
export class TableMemo {
  private readonly kept = new Map<string, { t: number; tables: NsTables['tables'] }>();

  constructor(private readonly world: World) {}

  /** A command line starts. */
  reset(): void {
    this.kept.clear();
  }

  /** An event was emitted. */
  emitted(e: { kind: string; ns: string }): void {
    if (e.kind !== 'frame-tx') this.kept.delete(e.ns);
  }

  capture(names: readonly string[]): NsTables[] {
    const world = this.world;
    const now = world.clock.now;
    const out: NsTables[] = [];
    for (const name of names) {
      const ns = world.netns(name);
      if (!ns) continue;
      const old = this.kept.get(name);
      let tables: NsTables['tables'];
      if (old) {
        const gone = now - old.t;
        tables = { ...old.tables, neigh: neighRows(world, ns), conntrack: conntrackRows(world, ns) };
        if (gone > 0) tables.fdb = countDown(old.tables.fdb, gone);
      } else tables = captureNs(world, ns);
      this.kept.set(name, { t: now, tables });
      out.push({ ns: name, removed: {}, tables });
    }
    return out;
  }
}

/** FDB rows `gone` µs later: an entry's time left to age stops at 0 (fdbRows). */
function countDown(rows: TableRow[], gone: number): TableRow[] {
  if (!rows.some((r) => r.timerUs !== undefined)) return rows;
  return rows.map((r) => (r.timerUs === undefined ? r : { ...r, timerUs: Math.max(0, r.timerUs - gone) }));
}

/** What identifies a row's content: conntrack's countdown alone is not a change. */
const signature = (table: TableName, r: TableRow) => (table === 'conntrack' ? r.key : r.text);

/**
 * Marks the rows of `after` that are new or changed since `before`, and lists the keys that went.
 * A namespace missing from `before` is new: every row of it changed.
 */
export function diffTables(before: NsTables[] | undefined, after: NsTables[]): NsTables[] {
  return after.map((a) => {
    const b = before?.find((x) => x.ns === a.ns);
    const tables = {} as NsTables['tables'];
    const removed: NsTables['removed'] = {};
    for (const name of TABLE_NAMES) {
      const old = new Map((b?.tables[name] ?? []).map((r) => [r.key, signature(name, r)]));
      tables[name] = a.tables[name].map((r) =>
        old.get(r.key) === signature(name, r) ? { ...r } : { ...r, changed: true },
      );
      if (b) {
        const keys = new Set(a.tables[name].map((r) => r.key));
        const gone = b.tables[name].filter((r) => !keys.has(r.key)).map((r) => r.text);
        if (gone.length) removed[name] = gone;
      }
    }
    return { ns: a.ns, tables, removed };
  });
}
