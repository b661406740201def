// What the docker CLI prints about containers and networks: `docker ps`, `docker network ls`,
// `docker port`, and `docker inspect` / `docker network inspect` (JSON, or a Go template with -f).

import { ip4ToString } from '../../engine/wire/addr.ts';
import { Unsupported } from '../lexer.ts';
import { subnetText } from './daemon.ts';
import {
  type ApiPort,
  displayablePorts,
  ellipsis,
  GoMap,
  goJson,
  goQuote,
  goTime,
  humanDuration,
  naturalLess,
  tabwrite,
} from './format.ts';
import type { Container, DockerState, Network } from './state.ts';

// --- docker ps -----------------------------------------------------------------------------------

/** The daemon's State.String() (container/state.go). */
function statusText(st: DockerState, c: Container): string {
  const now = st.world.clock.now;
  if (c.state === 'running') return `Up ${humanDuration(now - c.startedAt!)}`;
  if (c.startedAt === undefined) return 'Created';
  return `Exited (${c.exitCode}) ${humanDuration(now - c.finishedAt!)} ago`;
}

/** The Ports of the container list: exposed ports, and the published ones with their host side. */
function apiPorts(c: Container): ApiPort[] {
  // NetworkSettings.Ports is cleared when the network is released (releaseNetwork).
  if (c.state !== 'running' || c.networkMode === 'host') return [];
  const out: ApiPort[] = [];
  const published = new Set<string>();
  for (const ep of c.endpoints) {
    for (const b of ep.bindings) {
      out.push({ IP: ip4ToString(b.hostIp), PrivatePort: b.port, PublicPort: b.hostPort, Type: b.proto });
      published.add(`${b.port}/${b.proto}`);
    }
  }
  const exposed = new Set([...c.image.expose, ...c.ports.map((p) => `${p.port}/${p.proto}`)]);
  for (const e of exposed) {
    if (published.has(e)) continue;
    const [port, proto] = e.split('/');
    out.push({ PrivatePort: Number(port), Type: proto });
  }
  return out;
}

export function psTable(st: DockerState, o: { all: boolean; quiet: boolean; noTrunc: boolean }): string {
  // The daemon lists the newest first.
  const list = st.containers.filter((c) => o.all || c.state === 'running').reverse();
  if (o.quiet) return list.map((c) => `${o.noTrunc ? c.id : c.id.slice(0, 12)}\n`).join('');
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  const now = st.world.clock.now;
  for (const c of list) {
    const command = [c.path, ...c.args].join(' ');
    rows.push([
      o.noTrunc ? c.id : c.id.slice(0, 12),
      c.imageRef,
      goQuote(o.noTrunc ? command : ellipsis(command, 20)),
      `${humanDuration(now - c.created)} ago`,
      statusText(st, c),
      displayablePorts(apiPorts(c)),
      c.name,
    ]);
  }
  return tabwrite(rows);
}

// --- docker network ls ---------------------------------------------------------------------------

export function networkLs(st: DockerState, quiet: boolean, noTrunc: boolean): string {
  const list = [...st.networks].sort((a, b) => naturalLess(a.name, b.name));
  const id = (n: Network) => (noTrunc ? n.id : n.id.slice(0, 12));
  if (quiet) return list.map((n) => `${id(n)}\n`).join('');
  return tabwrite([
    ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
    ...list.map((n) => [id(n), n.name, n.driver, 'local']),
  ]);
}

// --- docker port ---------------------------------------------------------------------------------

/** NetworkSettings.Ports: every exposed port, with its host bindings (none when not published). */
function portMap(c: Container): Map<string, { HostIp: string; HostPort: string }[] | null> {
  const m = new Map<string, { HostIp: string; HostPort: string }[] | null>();
  if (c.state !== 'running' || c.networkMode === 'host' || c.networkMode === 'none') return m;
  for (const p of apiPorts(c)) {
    const key = `${p.PrivatePort}/${p.Type}`;
    if (p.IP === undefined) {
      if (!m.has(key)) m.set(key, null);
      continue;
    }
    const list = m.get(key) ?? [];
    list.push({ HostIp: p.IP, HostPort: `${p.PublicPort}` });
    m.set(key, list);
  }
  return m;
}

/** cli/command/container/port.go runPort. */
export function portLines(
  c: Container,
  ref: string,
  which?: string,
): { lines: string[] } | { error: string } {
  const ports = portMap(c);
  const out: string[] = [];
  if (which !== undefined) {
    const [port, proto = 'tcp'] = which.split('/', 2);
    if (!/^\d+$/.test(port) || Number(port) > 65535)
      return {
        error: `Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${/^\d+$/.test(port) ? 'value out of range' : 'invalid syntax'}`,
      };
    const fronts = ports.get(`${port}/${proto}`);
    if (!fronts?.length) return { error: `Error: No public port '${which}' published for ${ref}` };
    for (const f of fronts) out.push(`${f.HostIp}:${f.HostPort}`);
  } else {
    for (const [from, fronts] of ports)
      for (const f of fronts ?? []) out.push(`${from} -> ${f.HostIp}:${f.HostPort}`);
  }
  return { lines: out.sort(naturalLess) };
}

// --- docker inspect ------------------------------------------------------------------------------

function containerObject(st: DockerState, c: Container): Record<string, unknown> {
  const ports = portMap(c);
  const networks = new GoMap();
  const running = c.state === 'running';
  const primary = c.endpoints[0];
  const onDefault = primary?.net.isDefault === true;
  for (const name of c.networks) {
    const ep = c.endpoints.find((e) => e.net.name === name);
    const net = st.network(name);
    networks.entries.set(name, {
      IPAMConfig: null,
      Links: null,
      Aliases: null,
      MacAddress: ep?.mac ?? '',
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: net?.id ?? '',
      EndpointID: ep?.id ?? '',
      Gateway: ep ? ip4ToString(ep.net.gateway!) : '',
      IPAddress: ep ? ip4ToString(ep.ip) : '',
      IPPrefixLen: ep ? ep.net.subnet!.len : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: ep && !ep.net.isDefault ? [c.name, c.id.slice(0, 12)] : null,
    });
  }
  const portsObj = new GoMap();
  for (const [k, v] of ports) portsObj.entries.set(k, v);
  return {
    Id: c.id,
    Created: goTime(c.created),
    Path: c.path,
    Args: c.args,
    State: {
      Status: c.state,
      Running: running,
      ExitCode: c.exitCode,
      StartedAt: c.startedAt === undefined ? '0001-01-01T00:00:00Z' : goTime(c.startedAt),
      FinishedAt: c.finishedAt === undefined ? '0001-01-01T00:00:00Z' : goTime(c.finishedAt),
    },
    Name: `/${c.name}`,
    NetworkSettings: {
      Bridge: '',
      SandboxID: running && c.ns === c.name ? c.id : '',
      SandboxKey: running && c.ns === c.name ? `/var/run/docker/netns/${c.id.slice(0, 12)}` : '',
      Ports: portsObj,
      HairpinMode: false,
      LinkLocalIPv6Address: '',
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: onDefault ? primary.id : '',
      Gateway: onDefault ? ip4ToString(primary.net.gateway!) : '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      IPAddress: onDefault ? ip4ToString(primary.ip) : '',
      IPPrefixLen: onDefault ? primary.net.subnet!.len : 0,
      IPv6Gateway: '',
      MacAddress: onDefault ? primary.mac : '',
      Networks: networks,
    },
  };
}

function networkObject(st: DockerState, n: Network): Record<string, unknown> {
  const containers = new GoMap();
  for (const c of st.containers) {
    for (const ep of c.endpoints) {
      if (ep.net !== n) continue;
      containers.entries.set(c.id, {
        Name: c.name,
        EndpointID: ep.id,
        MacAddress: ep.mac,
        IPv4Address: `${ip4ToString(ep.ip)}/${n.subnet!.len}`,
        IPv6Address: '',
      });
    }
  }
  return {
    Name: n.name,
    Id: n.id,
    Created: goTime(n.created),
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: n.driver !== 'host' && n.driver !== 'null',
    EnableIPv6: false,
    IPAM: {
      Driver: 'default',
      Options: n.isDefault || n.subnet ? (n.isDefault ? null : new GoMap()) : null,
      Config: n.subnet ? [{ Subnet: subnetText(n.subnet), Gateway: ip4ToString(n.gateway!) }] : null,
    },
    Internal: false,
    Attachable: false,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: new GoMap(n.options),
    Labels: new GoMap(),
  };
}

export function inspectContainer(
  st: DockerState,
  list: Container[],
  format?: string,
): { text: string; partial?: string } | { error: string } {
  const objs = list.map((c) => containerObject(st, c));
  if (format === undefined) {
    return {
      partial:
        'docker inspect shows the network part only (Id, Created, Path, Args, State, Name, NetworkSettings)',
      text: `${goJson(objs)}\n`,
    };
  }
  return template(format, objs);
}

export function inspectNetwork(
  st: DockerState,
  list: Network[],
  format?: string,
): { text: string } | { error: string } {
  const objs = list.map((n) => networkObject(st, n));
  if (format === undefined) return { text: `${goJson(objs)}\n` };
  return template(format, objs);
}

// --- a small part of Go's text/template ------------------------------------------------------------

type Tok = { text: string } | { action: string };

function lex(tpl: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < tpl.length) {
    const j = tpl.indexOf('{{', i);
    if (j < 0) {
      out.push({ text: tpl.slice(i) });
      break;
    }
    if (j > i) out.push({ text: tpl.slice(i, j) });
    const k = tpl.indexOf('}}', j);
    if (k < 0) throw new Unsupported('docker: an unterminated template action');
    out.push({ action: tpl.slice(j + 2, k).trim() });
    i = k + 2;
  }
  return out;
}

function field(v: unknown, path: string): unknown {
  let cur = v;
  for (const part of path.split('.').filter(Boolean)) {
    if (cur instanceof GoMap) cur = cur.entries.get(part);
    else if (cur && typeof cur === 'object' && part in (cur as object))
      cur = (cur as Record<string, unknown>)[part];
    else throw new Unsupported(`docker: template field .${path}`);
  }
  return cur;
}

/** A value as {{.X}} prints it (fmt's %v for the shapes inspect has). */
function show(v: unknown): string {
  if (v === null || v === undefined) return '<no value>';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
  if (v instanceof GoMap)
    return `map[${[...v.entries.keys()]
      .sort()
      .map((k) => `${k}:${show(v.entries.get(k))}`)
      .join(' ')}]`;
  return `{${Object.values(v as object)
    .map(show)
    .join(' ')}}`;
}

/** The result of the template function `json`: printed as is. */
class JsonOut {
  constructor(readonly text: string) {}
}

function evalExpr(expr: string, dot: unknown, vars: Map<string, unknown>): unknown {
  const words = expr.match(/"[^"]*"|\S+/g) ?? [];
  const arg = (w: string): unknown => {
    if (w.startsWith('"')) return w.slice(1, -1);
    if (w === '.') return dot;
    if (w.startsWith('.')) return field(dot, w.slice(1));
    if (w.startsWith('$')) {
      const [name, ...rest] = w.split('.');
      if (!vars.has(name)) throw new Unsupported(`docker: template variable ${name}`);
      return rest.length ? field(vars.get(name), rest.join('.')) : vars.get(name);
    }
    throw new Unsupported(`docker: template word ${w}`);
  };
  if (words[0] === 'json') return new JsonOut(goJsonCompact(arg(words[1])));
  if (words[0] === 'index') {
    const m = arg(words[1]);
    const key = arg(words[2]) as string;
    return m instanceof GoMap ? m.entries.get(key) : (m as Record<string, unknown>)[key];
  }
  if (words.length !== 1) throw new Unsupported(`docker: template action {{${expr}}}`);
  return arg(words[0]);
}

/** json.Marshal (no indentation), as the template function `json` writes. */
function goJsonCompact(v: unknown): string {
  return goJson(v).replace(/\n\s*/g, '').replace(/":\s/g, '":').replace(/,\s/g, ',');
}

function template(tpl: string, objs: unknown[]): { text: string } {
  const toks = lex(tpl);
  const run = (from: number, to: number, dot: unknown, vars: Map<string, unknown>, out: string[]): void => {
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if ('text' in t) {
        out.push(t.text);
        continue;
      }
      const a = t.action;
      if (a.startsWith('range ')) {
        let depth = 1;
        let j = i + 1;
        for (; j < to; j++) {
          const x = toks[j];
          if ('action' in x) {
            if (/^(range|if|with) /.test(x.action)) depth++;
            else if (x.action === 'end' && --depth === 0) break;
          }
        }
        const m = /^range\s+(?:(\$\w+)\s*,\s*(\$\w+)\s*:=\s*)?(.+)$/.exec(a)!;
        const coll = evalExpr(m[3], dot, vars);
        const items: [string, unknown][] =
          coll instanceof GoMap
            ? [...coll.entries.keys()].sort().map((k) => [k, coll.entries.get(k)])
            : Array.isArray(coll)
              ? coll.map((x, k) => [String(k), x])
              : [];
        for (const [k, v] of items) {
          const vs = new Map(vars);
          if (m[1]) vs.set(m[1], k);
          if (m[2]) vs.set(m[2], v);
          run(i + 1, j, v, vs, out);
        }
        i = j;
        continue;
      }
      if (a === 'end' || /^(if|with|else)\b/.test(a))
        throw new Unsupported(`docker: template action {{${a}}}`);
      const v = evalExpr(a, dot, vars);
      out.push(v instanceof JsonOut ? v.text : show(v));
    }
  };
  const lines = objs.map((o) => {
    const out: string[] = [];
    run(0, toks.length, o, new Map(), out);
    return `${out.join('')}\n`;
  });
  return { text: lines.join('') };
}
