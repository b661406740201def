// net-tools 2.10 as people still type them: route, arp, ifconfig and netstat. They read the kernel's
// /proc/net files and make the old ioctls (SIOCADDRT, SIOCSARP, SIOCSIFADDR…), which reach the same
// routes, neighbours and addresses `ip` changes. Only numeric output (-n) is modelled: without it they
// look names up, which a lab has no resolver for.

import { NetError, STRERROR } from '../engine/errors.ts';
import type { SockOwner } from '../engine/ipv4/udp.ts';
import type { Device } from '../engine/link/device.ts';
import { type Route, RT_TABLE_MAIN } from '../engine/route/fib.ts';
import { type Ip4, ip4ToString, parseIp4, prefixMask } from '../engine/wire/addr.ts';
import { type Ctx, writeErr } from './context.ts';
import { EXIT } from './exit.ts';
import { reportUnsupported, unsupportedText } from './unsupported.ts';

const unsupported = (ctx: Ctx, what: string): number => {
  reportUnsupported(ctx, what);
  return EXIT.UNSUPPORTED;
};

function padEnd(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}
function padStart(s: string | number, n: number): string {
  const t = String(s);
  return t.length >= n ? t : ' '.repeat(n - t.length) + t;
}
function maskOf(len: number): string {
  return ip4ToString(prefixMask(len) >>> 0);
}
function maskLen(mask: Ip4): number | undefined {
  for (let len = 0; len <= 32; len++) if (prefixMask(len) >>> 0 === mask >>> 0) return len;
  return undefined;
}

// --- /proc/net/route: the main table, as route -n and netstat -rn print it ----------------------

/** fib_route_seq_show walks the main table's trie in key order (its broadcast routes live in local). */
function procRoutes(ctx: Ctx): Route[] {
  return ctx.ns.fib
    .table(RT_TABLE_MAIN)
    .sort((a, b) => a.dst - b.dst || b.len - a.len || a.metric - b.metric);
}

/** fib_flag_trans, then net-tools' letters (a reject route prints "!" in place of "U"). */
function routeFlags(r: Route): string {
  let f = 'U';
  if (r.gw !== undefined) f += 'G';
  if (r.type === 'unreachable' || r.type === 'prohibit') f = '!';
  if (r.len === 32) f += 'H';
  return f;
}

function routeTable(ctx: Ctx, netstat: boolean): void {
  ctx.write('Kernel IP routing table\n');
  ctx.write(
    netstat
      ? 'Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n'
      : 'Destination     Gateway         Genmask         Flags Metric Ref    Use Iface\n',
  );
  for (const r of procRoutes(ctx)) {
    // A reject route has no gateway, reference count or interface to speak of: "-".
    const reject = r.type === 'unreachable' || r.type === 'prohibit';
    const gw = reject ? '-' : ip4ToString(r.gw ?? 0);
    const head = `${padEnd(ip4ToString(r.dst), 15)} ${padEnd(gw, 15)} ${padEnd(maskOf(r.len), 15)} ${padEnd(routeFlags(r), 6)}`;
    const dev = reject ? '-' : (r.dev?.name ?? '*');
    ctx.write(
      netstat
        ? `${head}${padStart(0, 5)} ${padEnd('0', 6)} ${padStart(0, 5)} ${dev}\n`
        : `${head}${padEnd(String(r.metric), 6)} ${padEnd(reject ? '-' : '0', 2)} ${padStart(0, 7)} ${dev}\n`,
    );
  }
}

// --- route ----------------------------------------------------------------------------------------

export function route(ctx: Ctx, argv: string[]): number {
  let numeric = false;
  let i = 0;
  for (; i < argv.length && argv[i].startsWith('-'); i++) {
    const o = argv[i];
    if (o === '-n') numeric = true;
    else if (o === '-A' && argv[i + 1] === 'inet') i++;
    else if (o === '-4' || o === '--inet') {
      /* IPv4 is all there is */
    } else return unsupported(ctx, `route option ${o}`);
  }
  const cmd = argv[i];
  if (cmd === undefined) {
    if (!numeric) return unsupported(ctx, 'route without -n (it looks names up)');
    routeTable(ctx, false);
    return 0;
  }
  if (cmd !== 'add' && cmd !== 'del') return unsupported(ctx, `route ${cmd}`);
  // route add|del [-net|-host] TARGET [netmask M] [gw G] [metric N] [dev D]
  const args = argv.slice(i + 1);
  let kind: 'net' | 'host' | undefined;
  let target: string | undefined;
  let mask: Ip4 | undefined;
  let gw: Ip4 | undefined;
  let metric: number | undefined;
  let dev: Device | undefined;
  for (let j = 0; j < args.length; j++) {
    const a = args[j];
    const next = () => args[++j];
    if (a === '-net' || a === '-host') kind = a === '-net' ? 'net' : 'host';
    else if (a === 'netmask') {
      const m = parseIp4(next() ?? '');
      if (m === undefined || maskLen(m) === undefined)
        return unsupported(ctx, 'route netmask that is not a prefix');
      mask = m;
    } else if (a === 'gw') {
      gw = parseIp4(next() ?? '');
      if (gw === undefined) return unsupported(ctx, 'route gw by name');
    } else if (a === 'metric') {
      const m = Number(next());
      if (!Number.isInteger(m) || m < 0) return unsupported(ctx, 'route metric out of range');
      metric = m;
    } else if (a === 'dev') {
      const name = next() ?? '';
      dev = ctx.ns.dev(name);
      if (!dev) {
        writeErr(ctx, `SIOC${cmd === 'add' ? 'ADD' : 'DEL'}RT: No such device\n`);
        return 7;
      }
    } else if (target === undefined) target = a;
    else return unsupported(ctx, `route argument "${a}"`);
  }
  if (target === undefined) return unsupported(ctx, 'route without a target');
  let dst: Ip4 | undefined;
  let len: number;
  if (target === 'default') {
    dst = 0;
    len = 0;
  } else {
    dst = parseIp4(target);
    if (dst === undefined) return unsupported(ctx, `route target by name "${target}"`);
    if (kind === 'host' || (kind === undefined && mask === undefined)) len = 32;
    else if (mask !== undefined) len = maskLen(mask)!;
    else return unsupported(ctx, 'route -net without a netmask');
  }
  try {
    // rtentry_to_fib_config: route(8) sends metric + 1 and the kernel takes one off; a delete without a
    // metric matches any.
    if (cmd === 'add') ctx.world.rtnl.addRoute(ctx.ns, { dst, len, gw, dev, metric: metric ?? 0 }, 'prepend');
    else ctx.world.rtnl.delRoute(ctx.ns, { dst, len, gw, dev, metric, type: 'unicast' });
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    writeErr(ctx, `SIOC${cmd === 'add' ? 'ADD' : 'DEL'}RT: ${STRERROR[e.errno]}\n`);
    return 7;
  }
  return 0;
}

// --- arp ------------------------------------------------------------------------------------------

export function arp(ctx: Ctx, argv: string[]): number {
  let numeric = false;
  let iface: string | undefined;
  let set: [string, string] | undefined;
  let del: string | undefined;
  let host: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n') numeric = true;
    else if (a === '-i') iface = argv[++i];
    else if (a === '-s') set = [argv[++i] ?? '', argv[++i] ?? ''];
    else if (a === '-d') del = argv[++i];
    else if (a === '-a' || a === '-e') return unsupported(ctx, `arp ${a} (netns-lab prints arp -n)`);
    else if (a.startsWith('-')) return unsupported(ctx, `arp option ${a}`);
    else if (host === undefined) host = a;
    else return unsupported(ctx, `arp argument "${a}"`);
  }
  if (set) {
    const ip = parseIp4(set[0]);
    const mac = set[1].toLowerCase();
    if (ip === undefined || !/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(mac))
      return unsupported(ctx, 'arp -s with a name or an unusual address');
    // arp_req_set: the device is the one the route to the address leaves by.
    const r = ctx.ns.fib.lookup(ip);
    if (!r?.dev) return unsupported(ctx, 'arp -s for an address no route leads to');
    ctx.world.rtnl.neighAdd(r.dev, ip, mac, 'PERMANENT', 'replace');
    return 0;
  }
  if (del !== undefined) {
    const ip = parseIp4(del);
    const n = ip === undefined ? undefined : ctx.ns.stack.neigh.all().find((x) => x.ip === ip);
    if (!n) return unsupported(ctx, 'arp -d of an address without an entry');
    ctx.world.rtnl.neighDel(n.dev, n.ip);
    return 0;
  }
  if (!numeric) return unsupported(ctx, 'arp without -n (it looks names up)');
  const hostIp = host === undefined ? undefined : parseIp4(host);
  if (host !== undefined && hostIp === undefined) return unsupported(ctx, `arp host by name "${host}"`);
  // /proc/net/arp: every entry but NOARP ones; "C" for a valid entry, "M" for a permanent one.
  const all = ctx.ns.stack.neigh.all().filter((n) => n.state !== 'NONE' && n.state !== 'NOARP');
  const shown = all.filter(
    (n) => (iface === undefined || n.dev.name === iface) && (hostIp === undefined || n.ip === hostIp),
  );
  if (shown.length === 0) {
    if (hostIp !== undefined) {
      ctx.write(`${host} (${ip4ToString(hostIp)}) -- no entry\n`);
      return 0;
    }
    if (iface !== undefined) return unsupported(ctx, 'arp -i for a device without entries');
    return 0;
  }
  ctx.write('Address                  HWtype  HWaddress           Flags Mask            Iface\n');
  for (const n of shown) {
    const valid = n.state !== 'INCOMPLETE' && n.state !== 'FAILED';
    const flags = (valid ? 'C' : '') + (n.state === 'PERMANENT' ? 'M' : '');
    const hw = valid
      ? `${padEnd('ether', 8)}${padEnd(n.lladdr ?? '', 20)}`
      : `${padEnd('', 8)}${padEnd('(incomplete)', 20)}`;
    ctx.write(`${padEnd(ip4ToString(n.ip), 23)}  ${hw}${padEnd(flags, 6)}${padEnd('', 16)}${n.dev.name}\n`);
  }
  return 0;
}

// --- ifconfig -------------------------------------------------------------------------------------

/** net-tools' byte counts: one decimal of B, KiB, MiB… (each step past 1024). */
function human(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let u = 0;
  let tenths = bytes * 10;
  let limit = 1024;
  while (u < units.length - 1 && bytes > limit) {
    u++;
    limit *= 1024;
  }
  tenths = Math.floor((bytes * 10) / 1024 ** u);
  return `${bytes} (${Math.floor(tenths / 10)}.${tenths % 10} ${units[u]})`;
}

/** net-tools' nstrcmp: byte order, but where both names differ inside a number, by its value. */
function nstrcmp(a: string, b: string): number {
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let i = 0;
  let start = 0;
  while (a[i] === b[i]) {
    if (i === a.length) return 0;
    if (!digit(a[i]) && digit(a[i + 1])) start = i + 1;
    i++;
  }
  if (digit(a[i]) && digit(b[i]))
    return Number.parseInt(a.slice(start), 10) > Number.parseInt(b.slice(start), 10) ? 1 : -1;
  return (a.charCodeAt(i) || 0) - (b.charCodeAt(i) || 0);
}

function ifconfigEntry(dev: Device): string {
  // SIOCGIFFLAGS: IFF_UP 0x1, BROADCAST 0x2, LOOPBACK 0x8, RUNNING 0x40 (operstate up), MULTICAST 0x1000.
  const lo = dev.kind === 'loopback';
  const running = dev.up && (dev.operstate() === 'UP' || dev.operstate() === 'UNKNOWN');
  const bits: [number, string, boolean][] = [
    [0x1, 'UP', dev.up],
    [0x2, 'BROADCAST', !lo],
    [0x8, 'LOOPBACK', lo],
    [0x40, 'RUNNING', running],
    [0x100, 'PROMISC', dev.promiscFlag],
    [0x1000, 'MULTICAST', !lo],
  ];
  const on = bits.filter((b) => b[2]);
  const value = on.reduce((s, b) => s + b[0], 0);
  let out = `${dev.name}: flags=${value}<${on.map((b) => b[1]).join(',')}>  mtu ${dev.mtu}\n`;
  // SIOCGIFADDR: the first address labelled with the device's name.
  const a = dev.addrs.find((x) => x.label === dev.name);
  if (a) {
    out += `        inet ${ip4ToString(a.local)}  netmask ${maskOf(a.prefixLen)}`;
    out += lo ? '\n' : `  broadcast ${ip4ToString(a.broadcast ?? 0)}\n`;
  }
  out += lo
    ? `        loop  txqueuelen ${dev.txQueueLen}  (Local Loopback)\n`
    : `        ether ${dev.mac}  txqueuelen ${dev.txQueueLen}  (Ethernet)\n`;
  const s = dev.stats;
  out += `        RX packets ${s.rxPackets}  bytes ${human(s.rxBytes)}\n`;
  out += `        RX errors 0  dropped ${s.rxDropped}  overruns 0  frame 0\n`;
  out += `        TX packets ${s.txPackets}  bytes ${human(s.txBytes)}\n`;
  out += `        TX errors 0  dropped ${s.txDropped} overruns 0  carrier 0  collisions 0\n\n`;
  return out;
}

export function ifconfig(ctx: Ctx, argv: string[]): number {
  const all = argv[0] === '-a';
  const args = all ? argv.slice(1) : argv;
  // Labelled aliases (dev:N) are interfaces of their own to ifconfig; netns-lab does not list them.
  const aliased = (d: Device) => d.addrs.some((x) => x.label !== d.name);
  if (args.length === 0) {
    // if_readlist keeps the interfaces sorted by name, digits compared as numbers (nstrcmp).
    const devs = ctx.ns
      .devices()
      .filter((d) => all || d.up)
      .sort((x, y) => nstrcmp(x.name, y.name));
    if (devs.some(aliased)) return unsupported(ctx, 'ifconfig with labelled address aliases (dev:N)');
    for (const d of devs) ctx.write(ifconfigEntry(d));
    return 0;
  }
  const dev = ctx.ns.dev(args[0]);
  if (!dev) {
    writeErr(ctx, `${args[0]}: error fetching interface information: Device not found\n`);
    return 1;
  }
  if (args.length === 1) {
    if (aliased(dev)) return unsupported(ctx, 'ifconfig with labelled address aliases (dev:N)');
    ctx.write(ifconfigEntry(dev));
    return 0;
  }
  const rtnl = ctx.world.rtnl;
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (a === 'up' || a === 'down') rtnl.setUp(dev, a === 'up');
    else if (a === 'mtu') {
      const mtu = Number(args[++i]);
      if (!Number.isInteger(mtu)) return unsupported(ctx, `ifconfig mtu "${args[i]}"`);
      rtnl.setMtu(dev, mtu);
    } else if (a === 'netmask') {
      const m = parseIp4(args[++i] ?? '');
      const len = m === undefined ? undefined : maskLen(m);
      const cur = dev.addrs.find((x) => x.label === dev.name);
      if (len === undefined || !cur)
        return unsupported(ctx, 'ifconfig netmask without an address or a prefix mask');
      if (len === cur.prefixLen) continue;
      // SIOCSIFNETMASK: the address again with the new mask; a broadcast that was the old one's follows.
      const autoBrd = cur.broadcast === (cur.local | ~prefixMask(cur.prefixLen)) >>> 0;
      rtnl.delAddr(dev, cur.local, cur.prefixLen);
      rtnl.addAddr(dev, cur.local, len, { broadcast: autoBrd && len < 31 ? 'auto' : cur.broadcast });
    } else if (parseIp4(a) !== undefined && i === 1) {
      // SIOCSIFADDR: the device's first address is replaced, with its class's mask and broadcast.
      const ip = parseIp4(a)!;
      const first = ip >>> 24;
      const len = first < 128 ? 8 : first < 192 ? 16 : first < 224 ? 24 : 32;
      const cur = dev.addrs.find((x) => x.label === dev.name);
      if (cur?.local === ip) continue;
      if (cur) rtnl.delAddr(dev, cur.local, cur.prefixLen);
      rtnl.addAddr(dev, ip, len, { broadcast: len < 31 ? 'auto' : undefined });
    } else return unsupported(ctx, `ifconfig argument "${a}"`);
  }
  return 0;
}

// --- netstat --------------------------------------------------------------------------------------

const TCP_STATE: Record<string, string> = {
  SYN_RECV: 'SYN_RECV',
  FIN_WAIT1: 'FIN_WAIT1',
  FIN_WAIT2: 'FIN_WAIT2',
  CLOSED: 'CLOSE',
};

export function netstat(ctx: Ctx, argv: string[]): number {
  const flags = new Set<string>();
  for (const a of argv) {
    if (a === '--numeric') flags.add('n');
    else if (/^-[a-z]+$/.test(a)) for (const c of a.slice(1)) flags.add(c);
    else return unsupported(ctx, `netstat argument "${a}"`);
  }
  for (const c of flags)
    if (!'rntuape l'.includes(c) || c === ' ') return unsupported(ctx, `netstat option -${c}`);
  if (!flags.has('n')) return unsupported(ctx, 'netstat without -n (it looks names up)');
  if (flags.has('r')) {
    routeTable(ctx, true);
    return 0;
  }
  if (flags.has('e')) return unsupported(ctx, 'netstat -e');
  const tcp = flags.has('t') || !flags.has('u');
  const udp = flags.has('u') || !flags.has('t');
  if (!flags.has('t') && !flags.has('u'))
    return unsupported(ctx, 'netstat without -t or -u (it lists UNIX sockets too)');
  const listening = flags.has('l');
  const everything = flags.has('a');
  ctx.write(
    `Active Internet connections (${everything ? 'servers and established' : listening ? 'only servers' : 'w/o servers'})\n`,
  );
  const procs = flags.has('p');
  ctx.write(
    `Proto Recv-Q Send-Q Local Address           Foreign Address         State      ${procs ? ' PID/Program name    ' : ''}\n`,
  );
  // -p: "PID/name" of the process holding the socket, "-" for none (a time-wait socket).
  const who = (o: SockOwner | undefined): string =>
    !procs
      ? ''
      : ` ${padEnd(!o ? '-' : o.fd === undefined ? unsupportedText(`the process of this socket (${o.comm})`) : `${o.pid}/${o.comm}`, 20)}`;
  const row = (proto: string, local: string, foreign: string, state: string, o?: SockOwner) =>
    `${padEnd(proto, 5)} ${padStart(0, 6)} ${padStart(0, 6)} ${padEnd(local, 23)} ${padEnd(foreign, 23)} ${padEnd(state, 11)}${who(o)}\n`;
  const { tcp: t, udp: u } = ctx.ns.stack;
  if (tcp) {
    if (listening || everything)
      for (const l of t.listListeners())
        ctx.write(row('tcp', `${ip4ToString(l.local.addr)}:${l.local.port}`, '0.0.0.0:*', 'LISTEN', l.owner));
    if (!listening || everything)
      for (const s of t.listSocks())
        ctx.write(
          row(
            'tcp',
            `${ip4ToString(s.local.addr)}:${s.local.port}`,
            `${ip4ToString(s.remote.addr)}:${s.remote.port}`,
            TCP_STATE[s.state] ?? s.state,
            s.orphan || s.state === 'TIME_WAIT' ? undefined : s.owner,
          ),
        );
  }
  if (udp)
    for (const s of u.list()) {
      const connected = s.remote !== undefined;
      if (connected ? listening && !everything : !listening && !everything) continue;
      const foreign = s.remote ? `${ip4ToString(s.remote.addr)}:${s.remote.port}` : '0.0.0.0:*';
      ctx.write(
        row(
          'udp',
          `${ip4ToString(s.local.addr)}:${s.local.port}`,
          foreign,
          connected ? 'ESTABLISHED' : '',
          s.owner,
        ),
      );
    }
  return 0;
}
