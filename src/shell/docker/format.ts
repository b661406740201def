// The docker CLI's output formats (docker/cli v28.2.2): Go's text/tabwriter tables, go-units'
// HumanDuration, the daemon's status strings, DisplayablePorts, Go's JSON encoding.

import { MS, SEC } from '../../engine/sim/clock.ts';

/** text/tabwriter as cli/command/formatter sets it up: minwidth 10, tabwidth 1, padding 3, spaces. */
export function tabwrite(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) {
    // The last cell of a line is not part of a column (it has no terminating tab).
    for (let i = 0; i < r.length - 1; i++)
      widths[i] = Math.max(widths[i] ?? 0, Math.max(10, [...r[i]].length + 3));
  }
  return rows
    .map((r) => r.map((c, i) => (i < r.length - 1 ? c + ' '.repeat(widths[i] - [...c].length) : c)).join(''))
    .map((l) => `${l}\n`)
    .join('');
}

/** go-units HumanDuration (duration.go), for a span in µs. */
export function humanDuration(us: number): string {
  const seconds = Math.floor(us / SEC);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(us / (60 * SEC));
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(us / (3600 * SEC) + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(us / (3600 * SEC)) / 24 / 365)} years`;
}

/** stringid.TruncateID / formatter.Ellipsis. */
export function ellipsis(s: string, max: number): string {
  const r = [...s];
  return r.length <= max ? s : `${r.slice(0, max - 1).join('')}…`;
}

/** strconv.Quote for the printable ASCII a command line holds. */
export function goQuote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Go's time.Time JSON form (RFC 3339 with nanoseconds, trailing zeros dropped). netns-lab's wall
 * clock is its virtual clock, which starts at the Unix epoch.
 */
export function goTime(us: number): string {
  const d = new Date(Math.floor(us / MS));
  const base = d.toISOString().slice(0, 19);
  const frac = String(us % SEC)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${base}${frac ? `.${frac}` : ''}Z`;
}

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const ra = a.match(/\d+|\D+/g) ?? [];
  const rb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) {
    const x = ra[i];
    const y = rb[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return ra.length - rb.length;
}

export interface ApiPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** formatter.DisplayablePorts (cli/command/formatter/container.go). */
export function displayablePorts(ports: ApiPort[]): string {
  const sorted = [...ports].sort((i, j) => {
    if (i.PrivatePort !== j.PrivatePort) return i.PrivatePort - j.PrivatePort;
    if ((i.IP ?? '') !== (j.IP ?? '')) return (i.IP ?? '') < (j.IP ?? '') ? -1 : 1;
    if ((i.PublicPort ?? 0) !== (j.PublicPort ?? 0)) return (i.PublicPort ?? 0) - (j.PublicPort ?? 0);
    return i.Type < j.Type ? -1 : i.Type > j.Type ? 1 : 0;
  });
  const groups = new Map<string, { first: number; last: number }>();
  const keys: string[] = [];
  const result: string[] = [];
  const hostMappings: string[] = [];
  const form = (key: string, g: { first: number; last: number }) => {
    const [a, b] = key.split('/');
    const ip = b === undefined ? '' : a;
    const type = b === undefined ? a : b;
    let group = `${g.first}`;
    if (g.first !== g.last) group += `-${g.last}`;
    if (ip) group = `${ip}:${group}->${group}`;
    return `${group}/${type}`;
  };
  for (const p of sorted) {
    let key = p.Type;
    if (p.IP) {
      if (p.PublicPort !== p.PrivatePort) {
        hostMappings.push(`${p.IP}:${p.PublicPort}->${p.PrivatePort}/${p.Type}`);
        continue;
      }
      key = `${p.IP}/${p.Type}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: p.PrivatePort, last: p.PrivatePort });
      keys.push(key);
      continue;
    }
    if (p.PrivatePort === g.last + 1) {
      g.last = p.PrivatePort;
      continue;
    }
    result.push(form(key, g));
    groups.set(key, { first: p.PrivatePort, last: p.PrivatePort });
  }
  for (const k of keys) result.push(form(k, groups.get(k)!));
  result.push(...hostMappings);
  return result.join(', ');
}

/** encoding/json MarshalIndent with 4 spaces, maps with sorted keys (what `docker inspect` prints). */
export function goJson(v: unknown, indent = ''): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string')
    return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[\n${v.map((x) => inner + goJson(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v instanceof GoMap) {
    const keys = [...v.entries.keys()].sort();
    if (!keys.length) return '{}';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${goJson(v.entries.get(k), inner)}`).join(',\n')}\n${indent}}`;
  }
  const entries = Object.entries(v as Record<string, unknown>);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${goJson(x, inner)}`).join(',\n')}\n${indent}}`;
}

/** A Go map: encoding/json writes its keys sorted (a struct keeps its field order). */
export class GoMap {
  readonly entries: Map<string, unknown>;
  constructor(entries: Record<string, unknown> | Map<string, unknown> = {}) {
    this.entries = entries instanceof Map ? entries : new Map(Object.entries(entries));
  }
}
