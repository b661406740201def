// `docker …`: the CLI (docker/cli v28.2.2) in front of the modelled daemon (moby v28.2.2). Each
// command prints what the docker client prints; the kernel-facing work is expanded under it (./ops).

import { parseIp4 } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { shellQuote, Unsupported as UnsupportedLine } from '../lexer.ts';
import { execArgv } from '../session.ts';
import { reportUnsupported } from '../unsupported.ts';
import {
  containerExited,
  createNetwork,
  DaemonError,
  ensureDaemon,
  joinNetwork,
  leaveNetwork,
  removeNetwork,
  StartError,
  startContainer,
  stopContainer,
  Unsupported,
} from './daemon.ts';
import { bool, CliError, parseFlags, requireArgs, value, values } from './flags.ts';
import { lookupImage } from './images.ts';
import { inspectContainer, inspectNetwork, networkLs, portLines, psTable } from './inspect.ts';
import { generateName } from './names.ts';
import { OpFailed, Ops, showWord } from './ops.ts';
import { MAX_PUBLISHED_PORTS, PortSpecError, parsePortSpec } from './ports.ts';
import { RUN_MODELLED, SPECS } from './specs.ts';
import { type Container, type DockerState, dockerState, type Network, type PortSpec } from './state.ts';

/** Sub-commands of the real CLI that netns-lab does not model. */
const KNOWN = new Set([
  'attach',
  'build',
  'builder',
  'buildx',
  'checkpoint',
  'commit',
  'compose',
  'config',
  'container',
  'context',
  'cp',
  'create',
  'diff',
  'events',
  'export',
  'history',
  'image',
  'images',
  'import',
  'info',
  'kill',
  'load',
  'login',
  'logout',
  'logs',
  'manifest',
  'node',
  'pause',
  'plugin',
  'pull',
  'push',
  'rename',
  'restart',
  'rmi',
  'save',
  'search',
  'secret',
  'service',
  'stack',
  'stats',
  'swarm',
  'system',
  'tag',
  'top',
  'trust',
  'unpause',
  'update',
  'version',
  'volume',
  'wait',
]);

function unsupported(what: string): never {
  throw new UnsupportedLine(`docker: ${what}`);
}

/** "docker: …" plus the run help hint, status 125 (withHelp / toStatusError in run.go). */
function runError(msg: string): CliError {
  return new CliError(`docker: ${msg}\n\nRun 'docker run --help' for more information\n`, 125);
}

export function docker(ctx: Ctx, argv: string[]): number {
  const st = dockerState(ctx.world);
  const ops = new Ops(ctx, (l) => st.expansion.push(l));
  const sub = argv[0];
  if (sub === undefined || sub.startsWith('-')) unsupported("the CLI's global options and help");
  try {
    if (sub === 'network') return network(ctx, st, ops, argv.slice(1));
    if (sub in SPECS && sub !== 'network') {
      const spec = SPECS[sub as keyof typeof SPECS];
      const p = parseFlags(spec, argv.slice(1));
      if (bool(p, 'help')) unsupported(`${spec.path} --help`);
      ensureDaemon(ops, st);
      switch (sub) {
        case 'run':
          return run(ctx, st, ops, p);
        case 'exec':
          return exec(ctx, st, ops, p);
        case 'ps':
          return ps(ctx, st, p);
        case 'stop':
          return stopStart(ctx, st, ops, p, 'stop');
        case 'start':
          return stopStart(ctx, st, ops, p, 'start');
        case 'rm':
          return rm(ctx, st, ops, p);
        case 'port':
          return port(ctx, st, p);
        case 'inspect':
          return inspect(ctx, st, p);
      }
    }
    if (KNOWN.has(sub))
      unsupported(`docker ${sub} (netns-lab models network, run, exec, ps, port, inspect, stop, start, rm)`);
    throw new CliError(
      `docker: unknown command: docker ${sub}\n\nRun 'docker --help' for more information\n`,
      1,
    );
  } catch (e) {
    if (e instanceof CliError) {
      ctx.write(e.message);
      return e.status;
    }
    if (e instanceof Unsupported) unsupported(e.message);
    if (e instanceof OpFailed)
      throw new UnsupportedLine(
        `docker: a step of the expansion failed: ${e.argv.map(shellQuote).join(' ')}`,
      );
    throw e;
  }
}

// --- docker run ----------------------------------------------------------------------------------

function run(ctx: Ctx, st: DockerState, ops: Ops, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.run, p.args, 1, Number.POSITIVE_INFINITY);
  for (const k of p.flags.keys()) if (!RUN_MODELLED.has(k)) unsupported(`docker run --${k}`);
  const ports: PortSpec[] = [];
  try {
    for (const v of values(p, 'publish')) {
      for (const spec of parsePortSpec(v)) ports.push(spec);
      if (ports.length > MAX_PUBLISHED_PORTS)
        unsupported(
          `publishing more than ${MAX_PUBLISHED_PORTS} ports in one container (Docker writes iptables rules and starts a docker-proxy for each published port; netns-lab stops at ${MAX_PUBLISHED_PORTS})`,
        );
    }
  } catch (e) {
    if (e instanceof PortSpecError) {
      if (e.message.startsWith('netns-lab:')) unsupported(e.message.slice(10));
      throw runError(e.message);
    }
    throw e;
  }
  const [ref, ...cmd] = p.args;
  const found = lookupImage(ref);
  if (!found) unsupported(`image ${ref} (netns-lab models nginx, httpd, redis, busybox and alpine)`);
  const given = value(p, 'name');
  const nets = [...values(p, 'network'), ...values(p, 'net')];
  if (nets.length > 1) unsupported('more than one --network');
  const mode = nets[0] === undefined || nets[0] === 'default' ? 'bridge' : nets[0];
  const detach = bool(p, 'detach');
  const interactive = bool(p, 'interactive');
  const tty = bool(p, 'tty');
  if (!detach && tty) unsupported('an attached docker run with -t (an interactive terminal)');
  const ipText = value(p, 'ip');

  // ContainerCreate (daemon/create.go:92-131): the host config, the endpoint settings, then the
  // container with its name; the network is looked up last.
  const daemonErr = (msg: string) => runError(`Error response from daemon: ${msg}`);
  const publishAll = bool(p, 'publish-all');
  if (mode.startsWith('container:') && (ports.length || publishAll))
    throw daemonErr('conflicting options: port publishing and the container type network mode');
  const named = st.network(mode);
  if (ipText !== undefined) {
    const err = ipConfigError(named, mode, ipText);
    if (err) throw daemonErr(`invalid config for network ${mode}: invalid endpoint settings:\n${err}`);
  }
  if (given !== undefined && !/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(given))
    throw daemonErr(`Invalid container name (${given}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const clash =
    given === undefined ? undefined : st.containers.find((c) => c.name === given.replace(/^\//, ''));
  if (clash)
    throw daemonErr(
      `Conflict. The container name "/${clash.name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  let net: Network | undefined;
  if (mode.startsWith('container:')) {
    // The other container is looked up when this one starts (getNetworkedContainer).
  } else if (mode !== 'host' && mode !== 'none') {
    net = named;
    if (!net) throw daemonErr(`network ${mode} not found`);
  }
  const requestedIp = ipText === undefined ? undefined : parseIp4(ipText);
  if (mode === 'host' && (ports.length || publishAll))
    ctx.write('WARNING: Published ports are discarded when using host network mode\n');
  const img = found.image;
  const command = cmd.length ? cmd : img.cmd;
  const full = [...img.entrypoint, ...command];
  if (cmd.length && cmd[0] !== 'sleep' && detach)
    unsupported(
      `a detached container running ${cmd.join(' ')} (netns-lab runs sleep or the image's command in the background)`,
    );
  const allPorts = [...ports];
  if (publishAll && mode !== 'host')
    for (const e of img.expose) {
      const [port, proto] = e.split('/');
      if (!allPorts.some((x) => x.port === Number(port) && x.proto === proto))
        allPorts.push({ proto: proto as 'tcp' | 'udp', port: Number(port), hostPort: 0, hostPortEnd: 0 });
    }
  // generateIDAndName: the ID first, then (without --name) a generated name. The container's
  // network namespace is named after it here, so a name a namespace already has counts as taken.
  const id = st.newId();
  const name =
    given?.replace(/^\//, '') ??
    generateName(st.rng, id, (n) => st.containers.some((c) => c.name === n) || !!ctx.world.netns(n));
  const c: Container = {
    id,
    name,
    image: img,
    imageRef: found.ref,
    path: full[0],
    args: full.slice(1),
    defaultCmd: cmd.length === 0,
    created: st.world.clock.now,
    state: 'created',
    exitCode: 0,
    networkMode: mode,
    networks: net ? [net.name] : mode === 'none' ? ['none'] : mode === 'host' ? ['host'] : [],
    requestedIp,
    ports: mode === 'host' || mode === 'none' ? [] : allPorts,
    publishAll,
    autoRemove: bool(p, 'rm'),
    tty,
    interactive,
    endpoints: [],
  };
  st.containers.push(c);

  // ContainerStart.
  try {
    startContainer(ops, st, c);
  } catch (e) {
    if (e instanceof DaemonError) {
      rollbackStart(ops, st, c);
      throw daemonErr(
        e instanceof StartError ? e.message : `failed to set up container networking: ${e.message}`,
      );
    }
    throw e;
  }
  runProcess(ctx, st, ops, c, cmd, detach);
  return detach ? 0 : c.exitCode;
}

/** The checks of validateEndpointSettings (daemon/container_operations.go:534) for --ip. */
function ipConfigError(net: Network | undefined, mode: string, ip: string): string | undefined {
  const a = parseIp4(ip);
  // NetworkMode.IsUserDefined: anything but default, bridge, host, none and container:.
  if (['default', 'bridge', 'host', 'none'].includes(mode) || mode.startsWith('container:'))
    return 'user specified IP address is supported on user defined networks only';
  if (a === undefined || a === 0) return `invalid IPv4 address: ${ip}`;
  // The network may not exist yet: then only the address itself is checked.
  if (!net) return undefined;
  if (!net.ipamConfigured)
    return 'user specified IP address is supported only when connecting to networks with user configured subnets';
  const s = net.subnet!;
  if ((a ^ s.addr) >>> (32 - s.len) !== 0 && s.len > 0)
    return `no configured subnet or ip-range contain the IP address ${ip}`;
  return undefined;
}

/** A failed start: Docker's rollback takes the endpoints and the namespace away again. */
function rollbackStart(ops: Ops, st: DockerState, c: Container): void {
  c.stopProcess?.();
  c.stopProcess = undefined;
  if (c.ns === c.name) {
    for (const ep of [...c.endpoints]) leaveNetwork(ops, st, c, ep, true);
    ops.run(['ip', 'netns', 'del', c.name]);
  }
  c.ns = undefined;
  c.state = 'created';
  c.startedAt = undefined;
}

/** What the container's process does: a server or sleep keeps running; a command runs and exits. */
function runProcess(
  ctx: Ctx,
  st: DockerState,
  ops: Ops,
  c: Container,
  cmd: string[],
  detach: boolean,
  quiet = false,
): void {
  if (detach && !quiet) ctx.write(`${c.id}\n`);
  if (quiet) detach = true;
  const shell = c.defaultCmd && c.image.listeners.length === 0;
  if (c.defaultCmd && !shell) return;
  if (shell) {
    // sh with its stdin closed reads end-of-file and exits at once (unless -i or -t keep it open).
    if (c.interactive || c.tty) {
      if (!detach) unsupported('an attached interactive shell');
      return;
    }
    finish(ops, st, c, 0);
    return;
  }
  if (cmd[0] === 'sleep') {
    const secs = Number(cmd[1]);
    if (!(secs >= 0)) unsupported(`sleep ${cmd.slice(1).join(' ')}`);
    if (!detach) {
      st.world.advance(Math.round(secs * 1e6));
      finish(ops, st, c, 0);
      return;
    }
    c.exitTimer = st.world.clock.schedule(Math.round(secs * 1e6), () => {
      const bg = ctx.jobWrite ? new Ops({ ...ctx, write: ctx.jobWrite }, (l) => st.expansion.push(l)) : ops;
      finish(bg, st, c, 0);
    });
    return;
  }
  // An attached command: it runs in the container's namespace and its status is docker run's.
  const ns = c.ns === undefined ? undefined : c.ns === '' ? st.world.host : st.world.netns(c.ns);
  if (!ns) unsupported('a command in a container without a network namespace');
  ops.note(`the container's process: ${cmd.map(shellQuote).join(' ')}`);
  const status = execArgv({ ...ctx, ns, background: false }, cmd);
  finish(ops, st, c, status);
}

/** The main process ended: network released, and with --rm the container goes too. */
function finish(ops: Ops, st: DockerState, c: Container, code: number): void {
  ops.note(`${c.name}'s process exits with status ${code}`);
  containerExited(ops, st, c, code);
  if (c.autoRemove) st.containers = st.containers.filter((x) => x !== c);
}

// --- docker exec / stop / start / rm ---------------------------------------------------------------

function exec(ctx: Ctx, st: DockerState, ops: Ops, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.exec, p.args, 2, Number.POSITIVE_INFINITY);
  for (const k of p.flags.keys())
    if (k !== 'interactive' && k !== 'tty' && k !== 'detach') unsupported(`docker exec --${k}`);
  const [ref, ...cmd] = p.args;
  const c = st.container(ref);
  if (!c) throw new CliError(`Error response from daemon: No such container: ${ref}\n`, 1);
  if (c.state !== 'running')
    throw new CliError(`Error response from daemon: container ${c.id} is not running\n`, 1);
  const ns = c.ns === '' ? st.world.host : st.world.netns(c.ns!);
  if (!ns) unsupported('a container without a network namespace');
  const shown = c.ns === '' ? cmd : ['ip', 'netns', 'exec', c.ns!, ...cmd];
  if (bool(p, 'detach')) {
    // The process runs on in the container; its output goes to the container's log, not here.
    if (cmd[0] !== 'nc') unsupported(`docker exec -d ${cmd[0]} (netns-lab runs nc in the background)`);
    ops.spawn(shown);
    return 0;
  }
  ctx.write(`  + ${shown.map(showWord).join(' ')}\n`);
  return execArgv({ ...ctx, ns }, cmd);
}

function stopStart(
  ctx: Ctx,
  st: DockerState,
  ops: Ops,
  p: ReturnType<typeof parseFlags>,
  what: 'stop' | 'start',
): number {
  const spec = SPECS[what];
  requireArgs(spec, p.args, 1, Number.POSITIVE_INFINITY);
  for (const k of p.flags.keys()) unsupported(`docker ${what} --${k}`);
  // stop (stop.go) collects the errors and prints them last; start (start.go) prints each at once.
  const errs: string[] = [];
  const failed: string[] = [];
  for (const ref of p.args) {
    const c = st.container(ref);
    let err: string | undefined;
    if (!c) err = `Error response from daemon: No such container: ${ref}`;
    else if (what === 'stop') {
      stopContainer(ops, st, c);
      if (c.autoRemove) st.containers = st.containers.filter((x) => x !== c);
    } else if (c.state !== 'running') {
      try {
        startContainer(ops, st, c);
        runProcess(ctx, st, ops, c, c.defaultCmd ? [] : [c.path, ...c.args], false, true);
      } catch (e) {
        if (!(e instanceof DaemonError)) throw e;
        rollbackStart(ops, st, c);
        err = `Error response from daemon: ${e instanceof StartError ? '' : 'failed to set up container networking: '}${e.message}`;
      }
    }
    if (err === undefined) ctx.write(`${ref}\n`);
    else if (what === 'stop') errs.push(err);
    else {
      ctx.write(`${err}\n`);
      failed.push(ref);
    }
  }
  if (failed.length) {
    ctx.write(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  if (errs.length) {
    ctx.write(`${errs.join('\n')}\n`);
    return 1;
  }
  return 0;
}

function rm(ctx: Ctx, st: DockerState, ops: Ops, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.rm, p.args, 1, Number.POSITIVE_INFINITY);
  for (const k of p.flags.keys()) if (k !== 'force') unsupported(`docker rm --${k}`);
  const force = bool(p, 'force');
  const errs: string[] = [];
  for (const ref of p.args) {
    const c = st.container(ref.replace(/^\/+|\/+$/g, ''));
    if (!c) {
      const msg = `Error response from daemon: No such container: ${ref}`;
      if (force) ctx.write(`${msg}\n`);
      else errs.push(msg);
      continue;
    }
    if (c.state === 'running') {
      if (!force) {
        errs.push(
          `Error response from daemon: cannot remove container "${ref}": container is running: stop the container before removing or force remove`,
        );
        continue;
      }
      ops.note(`SIGKILL to ${c.name}'s process (docker rm -f)`);
      containerExited(ops, st, c, 137);
    }
    st.containers = st.containers.filter((x) => x !== c);
    ctx.write(`${ref}\n`);
  }
  if (errs.length) {
    ctx.write(`${errs.join('\n')}\n`);
    return 1;
  }
  return 0;
}

// --- docker ps / port / inspect -------------------------------------------------------------------

function ps(ctx: Ctx, st: DockerState, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.ps, p.args, 0, 0);
  for (const k of p.flags.keys())
    if (k !== 'all' && k !== 'quiet' && k !== 'no-trunc') unsupported(`docker ps --${k}`);
  ctx.write(psTable(st, { all: bool(p, 'all'), quiet: bool(p, 'quiet'), noTrunc: bool(p, 'no-trunc') }));
  return 0;
}

function port(ctx: Ctx, st: DockerState, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.port, p.args, 1, 2);
  const [ref, which] = p.args;
  const c = st.container(ref);
  if (!c) throw new CliError(`Error response from daemon: No such container: ${ref}\n`, 1);
  const r = portLines(c, ref, which);
  if ('error' in r) throw new CliError(`${r.error}\n`, 1);
  if (r.lines.length) ctx.write(`${r.lines.join('\n')}\n`);
  return 0;
}

function inspect(ctx: Ctx, st: DockerState, p: ReturnType<typeof parseFlags>): number {
  requireArgs(SPECS.inspect, p.args, 1, Number.POSITIVE_INFINITY);
  for (const k of p.flags.keys()) if (k !== 'format') unsupported(`docker inspect --${k}`);
  const format = value(p, 'format');
  const found: Container[] = [];
  const missing: string[] = [];
  for (const ref of p.args) {
    const c = st.container(ref);
    if (c) found.push(c);
    else missing.push(ref);
  }
  const out = inspectContainer(st, found, format);
  if ('error' in out) throw new CliError(`${out.error}\n`, 1);
  if (out.partial) reportUnsupported(ctx, out.partial);
  ctx.write(out.text);
  if (missing.length) {
    ctx.write(`${missing.map((m) => `Error: No such object: ${m}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

// --- docker network ------------------------------------------------------------------------------

const NETWORK_HELP = `Usage:  docker network COMMAND

Manage networks

Commands:
  connect     Connect a container to a network
  create      Create a network
  disconnect  Disconnect a container from a network
  inspect     Display detailed information on one or more networks
  ls          List networks
  prune       Remove all unused networks
  rm          Remove one or more networks

Run 'docker network COMMAND --help' for more information on a command.
`;

function network(ctx: Ctx, st: DockerState, ops: Ops, argv: string[]): number {
  const aliases: Record<string, string> = { list: 'ls', remove: 'rm' };
  const sub = aliases[argv[0]] ?? argv[0];
  if (sub === undefined) {
    ctx.write(NETWORK_HELP);
    return 0;
  }
  const key = `network ${sub}`;
  if (!(key in SPECS)) {
    if (sub === 'prune') unsupported('docker network prune');
    throw new CliError(
      `docker: unknown command: docker network ${sub}\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n`,
      1,
    );
  }
  const spec = SPECS[key as keyof typeof SPECS];
  const p = parseFlags(spec, argv.slice(1));
  if (bool(p, 'help')) unsupported(`${spec.path} --help`);
  ensureDaemon(ops, st);
  const daemonErr = (msg: string) => new CliError(`Error response from daemon: ${msg}\n`, 1);
  switch (sub) {
    case 'create': {
      requireArgs(spec, p.args, 1, 1);
      for (const k of p.flags.keys())
        if (!['driver', 'subnet', 'gateway', 'opt'].includes(k)) unsupported(`docker network create --${k}`);
      const subnets = values(p, 'subnet');
      const gateways = values(p, 'gateway');
      // createIPAMConfig (cli/command/network/create.go): checked by the client.
      if (subnets.length < gateways.length)
        throw new CliError('every ip-range or gateway must have a corresponding subnet\n', 1);
      if (subnets.length > 1) unsupported('more than one --subnet');
      let subnet: { addr: number; len: number } | undefined;
      if (subnets.length) {
        const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(subnets[0]);
        const a = m ? parseIp4(m[1]) : undefined;
        if (!m || a === undefined || Number(m[2]) > 32)
          unsupported(`--subnet ${subnets[0]} (not an IPv4 CIDR)`);
        const len = Number(m[2]);
        subnet = { addr: len === 0 ? 0 : ((a >>> (32 - len)) << (32 - len)) >>> 0, len };
      }
      let gateway: number | undefined;
      if (gateways.length) {
        const g = parseIp4(gateways[0]);
        const s = subnet!;
        if (g === undefined || (g ^ s.addr) >>> (32 - s.len) !== 0)
          throw new CliError(`no matching subnet for gateway ${gateways[0]}\n`, 1);
        gateway = g;
      }
      const driver = value(p, 'driver') ?? 'bridge';
      if (driver !== 'bridge' && driver !== 'macvlan') {
        if (['ipvlan', 'overlay', 'host', 'null', 'none'].includes(driver))
          unsupported(`the ${driver} network driver`);
        throw daemonErr(`plugin "${driver}" not found`);
      }
      const options: Record<string, string> = {};
      for (const o of values(p, 'opt')) {
        const eq = o.indexOf('=');
        options[eq < 0 ? o : o.slice(0, eq)] = eq < 0 ? '' : o.slice(eq + 1);
      }
      const name = p.args[0];
      if (['bridge', 'host', 'none', 'default'].includes(name))
        throw daemonErr(`operation is not permitted on predefined ${name} network `);
      try {
        const n = createNetwork(ops, st, { name, driver, subnet, gateway, options });
        ctx.write(`${n.id}\n`);
      } catch (e) {
        if (e instanceof DaemonError) throw daemonErr(e.message);
        throw e;
      }
      return 0;
    }
    case 'ls': {
      requireArgs(spec, p.args, 0, 0);
      for (const k of p.flags.keys())
        if (k !== 'quiet' && k !== 'no-trunc') unsupported(`docker network ls --${k}`);
      ctx.write(networkLs(st, bool(p, 'quiet'), bool(p, 'no-trunc')));
      return 0;
    }
    case 'inspect': {
      requireArgs(spec, p.args, 1, Number.POSITIVE_INFINITY);
      for (const k of p.flags.keys()) if (k !== 'format') unsupported(`docker network inspect --${k}`);
      const nets: Network[] = [];
      const missing: string[] = [];
      for (const ref of p.args) {
        const n = st.network(ref);
        if (n) nets.push(n);
        else missing.push(ref);
      }
      const out = inspectNetwork(st, nets, value(p, 'format'));
      if ('error' in out) throw new CliError(`${out.error}\n`, 1);
      ctx.write(out.text);
      if (missing.length) {
        ctx.write(`${missing.map((m) => `Error response from daemon: network ${m} not found`).join('\n')}\n`);
        return 1;
      }
      return 0;
    }
    case 'rm': {
      requireArgs(spec, p.args, 1, Number.POSITIVE_INFINITY);
      let status = 0;
      for (const ref of p.args) {
        const n = st.network(ref);
        if (!n) {
          if (bool(p, 'force')) continue;
          ctx.write(`Error response from daemon: network ${ref} not found\n`);
          status = 1;
          continue;
        }
        try {
          removeNetwork(ops, st, n);
          ctx.write(`${ref}\n`);
        } catch (e) {
          if (!(e instanceof DaemonError)) throw e;
          ctx.write(`Error response from daemon: ${e.message}\n`);
          status = 1;
        }
      }
      // cli.StatusError{Status: "exit status 1"} is printed by main (network/remove.go).
      if (status) ctx.write('exit status 1\n');
      return status;
    }
    case 'connect':
    case 'disconnect': {
      requireArgs(spec, p.args, 2, 2);
      for (const k of p.flags.keys()) if (k !== 'ip') unsupported(`docker network ${sub} --${k}`);
      const [nref, cref] = p.args;
      const n = st.network(nref);
      if (!n) throw daemonErr(`network ${nref} not found`);
      const c = st.container(cref);
      if (!c) throw daemonErr(`No such container: ${cref}`);
      if (n.driver !== 'bridge' && n.driver !== 'macvlan')
        unsupported(`docker network ${sub} with the ${n.name} network`);
      if (c.networkMode === 'host' || c.networkMode.startsWith('container:'))
        throw daemonErr(
          'container sharing network namespace with another container or host cannot be connected to any other network',
        );
      if (c.state !== 'running') unsupported(`docker network ${sub} of a container that is not running`);
      try {
        if (sub === 'connect') {
          if (c.endpoints.some((e) => e.net === n))
            throw daemonErr(`endpoint with name ${c.name} already exists in network ${n.name}`);
          const ipText = value(p, 'ip');
          let pref: number | undefined;
          if (ipText !== undefined) {
            const err = ipConfigError(n, n.name, ipText);
            if (err) throw daemonErr(`invalid endpoint settings:\n${err}`);
            pref = parseIp4(ipText);
          }
          joinNetwork(ops, st, c, n, pref);
          if (!c.networks.includes(n.name)) c.networks.push(n.name);
        } else {
          const ep = c.endpoints.find((e) => e.net === n);
          if (!ep) throw daemonErr(`container ${c.id} is not connected to network ${n.name}`);
          leaveNetwork(ops, st, c, ep, false);
          c.networks = c.networks.filter((x) => x !== n.name);
        }
      } catch (e) {
        if (e instanceof DaemonError) throw daemonErr(e.message);
        throw e;
      }
      return 0;
    }
  }
  return 0;
}
