// Random labs for the export property test, the kernel export check and the fuzz bench. A lab is a
// script a person could type: namespaces, bridges, veth pairs and macvlans (names that are iproute2
// keywords or shell metacharacters included), addresses, routes through gateways, neighbours, FDB
// entries, sysctls and iptables rules, with moves, renames, MTU changes and deletions in between.
// Some lines fail (a name taken, a gateway not on-link): the engine refuses them as the kernel does,
// which is part of the point. `worldView` prints what a world looks like through the tools.

import { DEVCONF_KEYS } from '../src/engine/ipv4/devconf.ts';
import { Bridge } from '../src/engine/link/bridge.ts';
import { Macvlan } from '../src/engine/link/macvlan.ts';
import { Veth } from '../src/engine/link/veth.ts';
import { Rng } from '../src/engine/sim/rng.ts';
import { shellQuote as q } from '../src/shell/lexer.ts';
import type { Session } from '../src/shell/session.ts';

const NS_NAMES = ['a', 'b', 'c', 'up', 'dev', 'netns', 'x$y', "q'r"];
/** Device names: ordinary ones, iproute2 keywords and their prefixes, and shell metacharacters. */
const DEV_NAMES = [
  ...['eth0', 'eth1', 'v0', 'v1', 'br0', 'br1', 'mv0', 'h-1'],
  ...['up', 'down', 'dev', 'name', 'address', 'type', 'netns', 'link', 'mtu', 'master', 'a', 't', 'm', 'br'],
  ...['x$y', 'a;b', 'q"r', "it's", 'p|q', '*'],
];
const SUBNETS = ['10.0.0', '10.0.1', '10.0.2', '169.254.1', '172.16.0', '192.168.7'];
const MTUS = [1280, 1400, 1450, 1500, 9000];
const COMMENTS = ['web', 'a"b', 'ends\\', 'note" -j ACCEPT -m comment --comment "x', "it's $(id)", ''];

/** One random lab as script lines, the same for the same seed. */
export function randomLab(seed: number, steps = 40): string[] {
  const rng = new Rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length)];
  const chance = (p: number) => rng.next() < p;
  const out: string[] = [];
  // What the script has made so far (approximately: lines that fail still leave their names here).
  const namespaces = [''];
  const devs: { ns: string; name: string; kind: 'bridge' | 'veth' | 'macvlan' }[] = [];
  const ip = (ns: string) => (ns === '' ? 'ip' : `ip -n ${q(ns)}`);
  const exec = (ns: string, cmd: string) => (ns === '' ? cmd : `ip netns exec ${q(ns)} ${cmd}`);
  const nsArg = (ns: string) => (ns === '' ? '1' : q(ns));
  const anyNs = () => pick(namespaces);
  const anyDev = () => (devs.length ? pick(devs) : undefined);
  const host = (sub: string) => `${sub}.${pick([1, 2, 3, 254])}`;
  const mac = () =>
    `02:00:00:00:${rng.int(0, 4).toString(16).padStart(2, '0')}:${rng.int(1, 200).toString(16).padStart(2, '0')}`;

  const ops: [number, () => void][] = [
    [
      3,
      () => {
        const n = pick(NS_NAMES);
        out.push(`ip netns add ${q(n)}`);
        if (!namespaces.includes(n)) namespaces.push(n);
        if (chance(0.8)) out.push(`${ip(n)} link set dev lo up`);
      },
    ],
    [
      3,
      () => {
        const ns = anyNs();
        const name = pick(DEV_NAMES);
        let cmd = `${ip(ns)} link add name ${q(name)}`;
        if (chance(0.2)) cmd += ` address ${mac()}`;
        if (chance(0.2)) cmd += ` mtu ${pick(MTUS)}`;
        cmd += ' type bridge';
        if (chance(0.2)) cmd += ` ageing_time ${pick([0, 1000, 30000])}`;
        if (chance(0.2)) cmd += ' mcast_snooping 0';
        out.push(cmd);
        devs.push({ ns, name, kind: 'bridge' });
      },
    ],
    [
      6,
      () => {
        const ns = anyNs();
        const [a, b] = [pick(DEV_NAMES), pick(DEV_NAMES)];
        const [na, nb] = [chance(0.5) ? anyNs() : ns, chance(0.7) ? anyNs() : ns];
        const end = (n: string, where: string) =>
          `name ${q(n)}${chance(0.2) ? ` address ${mac()}` : ''}${chance(0.15) ? ` mtu ${pick(MTUS)}` : ''}${where !== ns ? ` netns ${nsArg(where)}` : ''}`;
        out.push(`${ip(ns)} link add ${end(a, na)} type veth peer ${end(b, nb)}`);
        devs.push({ ns: na, name: a, kind: 'veth' }, { ns: nb, name: b, kind: 'veth' });
      },
    ],
    [
      2,
      () => {
        const parent = anyDev();
        if (!parent) return;
        const name = pick(DEV_NAMES);
        const where = chance(0.5) ? anyNs() : parent.ns;
        out.push(
          `${ip(parent.ns)} link add name ${q(name)} link ${q(parent.name)}${where !== parent.ns ? ` netns ${nsArg(where)}` : ''} type macvlan mode bridge`,
        );
        devs.push({ ns: where, name, kind: 'macvlan' });
      },
    ],
    [
      5,
      () => {
        const d = anyDev();
        const br = devs.filter((x) => x.kind === 'bridge' && x.ns === d?.ns);
        if (!d || !br.length) return;
        out.push(`${ip(d.ns)} link set dev ${q(d.name)} master ${q(pick(br).name)}`);
        if (chance(0.2)) out.push(exec(d.ns, `bridge link set dev ${q(d.name)} hairpin on`));
        if (chance(0.1)) out.push(exec(d.ns, `bridge link set dev ${q(d.name)} learning off`));
      },
    ],
    [
      8,
      () => {
        const d = anyDev();
        if (d) out.push(`${ip(d.ns)} link set dev ${q(d.name)} ${chance(0.85) ? 'up' : 'down'}`);
      },
    ],
    [
      2,
      () => {
        const d = anyDev();
        if (d) out.push(`${ip(d.ns)} link set dev ${q(d.name)} mtu ${pick(MTUS)}`);
      },
    ],
    [
      1,
      () => {
        const d = anyDev();
        if (!d) return;
        const to = anyNs();
        out.push(`${ip(d.ns)} link set dev ${q(d.name)} netns ${nsArg(to)}`);
        d.ns = to;
      },
    ],
    [
      1,
      () => {
        const d = anyDev();
        if (!d) return;
        const name = pick(DEV_NAMES);
        out.push(`${ip(d.ns)} link set dev ${q(d.name)} name ${q(name)}`);
        d.name = name;
      },
    ],
    [
      1,
      () => {
        const d = anyDev();
        if (d) out.push(`${ip(d.ns)} link set dev ${q(d.name)} address ${mac()}`);
      },
    ],
    [
      10,
      () => {
        const d = anyDev();
        if (!d) return;
        const sub = pick(SUBNETS);
        let cmd = `${ip(d.ns)} addr add ${host(sub)}/${pick([24, 24, 16, 32])}`;
        if (chance(0.1)) cmd += ' scope link';
        if (chance(0.1)) cmd += ` label ${q(`${d.name.slice(0, 10)}:1`)}`;
        out.push(`${cmd} dev ${q(d.name)}`);
      },
    ],
    [
      2,
      () => {
        const d = anyDev();
        if (d) out.push(`${ip(d.ns)} addr del ${host(pick(SUBNETS))}/24 dev ${q(d.name)}`);
      },
    ],
    [
      10,
      () => {
        const d = anyDev();
        if (!d) return;
        const kind = rng.int(0, 4);
        const dst = pick(['default', '192.0.2.0/24', '198.51.100.0/24', '10.9.0.0/16', host(pick(SUBNETS))]);
        let cmd = `${ip(d.ns)} route add`;
        if (kind === 0) cmd += ` ${host(pick(SUBNETS))} dev ${q(d.name)} scope link`;
        else if (kind === 1)
          cmd += ` ${dst} via ${host(pick(SUBNETS))}${chance(0.5) ? ` dev ${q(d.name)}` : ''}`;
        else if (kind === 2) cmd += ` ${dst} dev ${q(d.name)}`;
        else cmd += ` ${pick(['blackhole', 'unreachable', 'prohibit'])} ${dst}`;
        if (chance(0.3)) cmd += ` metric ${pick([1, 10, 100])}`;
        if (chance(0.15)) cmd += ' table 100';
        if (chance(0.1)) cmd += ' proto static';
        if (kind === 1 && chance(0.1)) cmd += ' onlink';
        if (kind !== 3 && chance(0.1)) cmd += ` mtu ${chance(0.5) ? 'lock ' : ''}${pick([1280, 1400])}`;
        out.push(cmd);
      },
    ],
    [
      2,
      () => {
        const ns = anyNs();
        const d = anyDev();
        const sel = pick([
          'from 10.0.0.0/24',
          'to 192.0.2.0/24',
          'fwmark 0x1',
          'not from 10.0.1.0/24',
          'tos 0x10',
          '',
        ]);
        const iif = d && chance(0.2) ? ` iif ${q(d.name)}` : '';
        const pref = pick(['pref 100', 'pref 32000', 'priority 5', '']);
        const action = pick(['lookup 100', 'table main', 'unreachable', 'prohibit', 'blackhole']);
        out.push(
          `${ip(ns)} rule ${chance(0.8) ? 'add' : 'del'} ${sel}${iif} ${pref} ${action}`.replace(/ +/g, ' '),
        );
      },
    ],
    [
      2,
      () => {
        const d = anyDev();
        if (d)
          out.push(`${ip(d.ns)} route del ${pick(['default', '192.0.2.0/24', `${pick(SUBNETS)}.0/24`])}`);
      },
    ],
    [
      2,
      () => {
        const d = anyDev();
        if (d)
          out.push(
            `${ip(d.ns)} neigh add ${host(pick(SUBNETS))} lladdr ${mac()} dev ${q(d.name)} nud permanent`,
          );
      },
    ],
    [
      1,
      () => {
        const d = anyDev();
        if (d?.kind === 'veth')
          out.push(
            exec(d.ns, `bridge fdb add ${mac()} dev ${q(d.name)} master${chance(0.5) ? ' static' : ''}`),
          );
      },
    ],
    [
      3,
      () => {
        const ns = anyNs();
        const d = anyDev();
        const key = chance(0.5)
          ? 'net.ipv4.ip_forward'
          : `net.ipv4.conf.${chance(0.5) || !d ? pick(['all', 'default']) : d.name.replace(/\./g, '/')}.${pick(DEVCONF_KEYS)}`;
        out.push(exec(ns, `sysctl -qw ${q(`${key}=${pick([0, 1, 2])}`)}`));
      },
    ],
    [
      5,
      () => {
        const ns = anyNs();
        const d = anyDev();
        const table = pick(['filter', 'filter', 'nat', 'mangle', 'raw']);
        const t = table === 'filter' ? '' : ` -t ${table}`;
        const chain = pick(
          table === 'nat'
            ? ['PREROUTING', 'POSTROUTING', 'OUTPUT', 'C1']
            : ['INPUT', 'FORWARD', 'OUTPUT', 'C1'],
        );
        if (chain === 'C1' && chance(0.5)) out.push(exec(ns, `iptables${t} -N C1`));
        const words: string[] = [];
        if (chance(0.3)) words.push('-s', `${pick(SUBNETS)}.0/24`);
        if (d && chance(0.3)) words.push(chain === 'POSTROUTING' || chain === 'OUTPUT' ? '-o' : '-i', d.name);
        if (chance(0.3)) words.push('-p', 'tcp', '--dport', `${pick([22, 80, 8080])}`);
        if (chance(0.3)) words.push('-m', 'comment', '--comment', pick(COMMENTS));
        const targets =
          table === 'nat'
            ? ['MASQUERADE', 'ACCEPT', 'RETURN', 'C1']
            : ['ACCEPT', 'DROP', 'LOG', 'REJECT', 'C1', 'RETURN', ''];
        const target = pick(targets);
        if (target !== '') words.push(chance(0.1) && target === 'C1' ? '-g' : '-j', target);
        if (target === 'LOG' && chance(0.5)) words.push('--log-prefix', pick(COMMENTS));
        out.push(exec(ns, `iptables${t} ${chance(0.2) ? '-I' : '-A'} ${chain} ${words.map(q).join(' ')}`));
        if (chance(0.1)) out.push(exec(ns, `iptables${t} -P ${pick(['INPUT', 'FORWARD'])} DROP`));
      },
    ],
    [
      1,
      () => {
        const i = rng.int(0, Math.max(devs.length, 1));
        const d = devs[i];
        if (!d) return;
        out.push(`${ip(d.ns)} link del dev ${q(d.name)}`);
        devs.splice(i, 1);
      },
    ],
    [
      0.5,
      () => {
        const ns = anyNs();
        if (ns === '') return;
        out.push(`ip netns del ${q(ns)}`);
        namespaces.splice(namespaces.indexOf(ns), 1);
        for (let i = devs.length - 1; i >= 0; i--) if (devs[i].ns === ns) devs.splice(i, 1);
      },
    ],
  ];
  const total = ops.reduce((s, [w]) => s + w, 0);
  for (let i = 0; i < steps; i++) {
    let x = rng.next() * total;
    for (const [w, op] of ops) {
      x -= w;
      if (x < 0) {
        op();
        break;
      }
    }
  }
  return out;
}

/** The commands that show a world: every namespace's links (device by device, sorted by name),
 *  addresses, routes, neighbours, bridge state, iptables tables and sysctls, as a person would
 *  inspect them. */
export function viewCommands(
  namespaces: string[],
  devices: Map<string, string[]>,
  opts: { details?: boolean } = {},
): string[] {
  const d = opts.details === false ? '' : ' -d';
  const out: string[] = ['ip netns list'];
  for (const ns of namespaces) {
    const ip = ns === '' ? 'ip' : `ip -n ${q(ns)}`;
    const exec = (cmd: string) => (ns === '' ? cmd : `ip netns exec ${q(ns)} ${cmd}`);
    const devs = [...(devices.get(ns) ?? [])].sort();
    for (const dev of devs) out.push(`${ip}${d} addr show dev ${q(dev)}`);
    out.push(`${ip} route show table all`, `${ip} neigh show`);
    out.push(exec('bridge link show'), exec('bridge fdb show'));
    for (const t of ['filter', 'nat', 'mangle', 'raw']) out.push(exec(`iptables -t ${t} -S`));
    const keys = ['net.ipv4.ip_forward'];
    for (const where of ['all', 'default', ...devs])
      for (const k of DEVCONF_KEYS) keys.push(`net.ipv4.conf.${where.replace(/\./g, '/')}.${k}`);
    out.push(exec(`sysctl ${keys.map(q).join(' ')}`));
  }
  return out;
}

/**
 * What the session's world looks like through the tools (see viewCommands), with what an export
 * cannot choose normalised: ifindexes (a namespace numbers devices in creation order, a deleted
 * device leaves a gap, a moved one keeps its number), namespace ids (handed out as links first cross
 * namespaces), the random MAC of a bridge with no ports and no MAC of its own, and the operstate
 * history of a device without carrier. Routes with the
 * same key on two devices (one address on both) list in the order the addresses were added, which
 * the export does not keep: route lines are sorted. What the numbers stood for is checked instead:
 * each veth's peer by name, and which end of a veth pair in one namespace came first.
 */
export function worldView(s: Session, opts: { learned?: boolean } = {}): string {
  const snap = s.snapshot();
  const names = snap.namespaces.map((n) => n.name);
  const devices = new Map(snap.namespaces.map((n) => [n.name, n.links.map((l) => l.name)]));
  const blocks = s.run(viewCommands(names, devices).join('\n')).split(/^(?=\$ )/m);
  const randomMacs = s.world
    .namespaces()
    .flatMap((ns) => ns.devices())
    .filter((d) => d instanceof Bridge && !d.macSet && d.ports.length === 0)
    .map((d) => d.mac);
  // A device whose peer or parent is in another namespace is shown "@" the device that has the
  // peer's ifindex in its own namespace, if any, and is LOWERLAYERDOWN or M-DOWN by that device's
  // state (default_operstate, iproute2's ll_index_to_name): artefacts of numbering.
  const elsewhere = s.world
    .namespaces()
    .flatMap((ns) => ns.devices())
    .filter(
      (d) =>
        (d instanceof Veth && d.peer.netns !== d.netns) ||
        (d instanceof Macvlan && d.parent.netns !== d.netns),
    )
    .map((d) => d.name);
  const out: string[] = [];
  for (const block of blocks) {
    const [cmd, ...lines] = block.split('\n');
    let body = lines.map((l) => {
      let x = l
        .replace(/^\d+: /, '?: ')
        .replace(/@if\d+/g, '@if?')
        .replace(/ link-netnsid \d+/g, ' link-netnsid ?')
        .replace(/ \(id: \d+\)$/, '')
        // A port's number and a bridge's TSO limit (set once it had a port) are history too, and a
        // capture still running (a process, not configuration) adds to a device's promiscuity.
        .replace(/ promiscuity \d+ /, ' promiscuity ? ')
        .replace(
          / port_id 0x[0-9a-f]+ port_no 0x[0-9a-f]+ designated_port \d+ /,
          ' port_id ? port_no ? designated_port ? ',
        )
        .replace(/ tso_max_size \d+ /, ' tso_max_size ? ');
      const cross = elsewhere.find((n) => x.startsWith(`?: ${n}@`) || x.startsWith(`?: ${n}: `));
      if (cross !== undefined)
        x = `?: ${cross}@if?: ${x.slice(x.indexOf(': ', cross.length + 3) + 2)}`
          .replace(',M-DOWN>', '>')
          .replace(' state LOWERLAYERDOWN ', ' state DOWN ');
      // An operstate is what linkwatch computed when it last ran for the device: an UP device without
      // carrier is DOWN or LOWERLAYERDOWN by what its peer or parent was doing then, one with carrier
      // is UP, or UNKNOWN if linkwatch never ran for it (history, not configuration).
      if (x.includes('<NO-CARRIER,')) x = x.replace(' state LOWERLAYERDOWN ', ' state DOWN ');
      if (x.includes(',UP,LOWER_UP')) x = x.replace(' state UNKNOWN ', ' state UP ');
      for (const mac of randomMacs) x = x.replaceAll(mac, '<random mac>');
      return x;
    });
    if (/ (route show table all|fdb show|link show)$/.test(cmd)) body = body.sort();
    // What traffic taught the world (neighbours, FDB entries it learned) is not configuration: an
    // export does not carry it. Without `learned`, only what the user set is compared.
    if (opts.learned === false && / neigh show$/.test(cmd))
      body = body.filter((l) => /\b(PERMANENT|NOARP)$/.test(l.trim()));
    if (opts.learned === false && / fdb show$/.test(cmd))
      body = body.filter((l) => /\b(permanent|static)$/.test(l.trim()));
    out.push(cmd, ...body);
  }
  const veths: string[] = [];
  for (const ns of s.world.namespaces()) {
    for (const d of ns.devices()) {
      if (!(d instanceof Veth)) continue;
      const p = d.peer;
      const order = p.netns === ns ? (d.ifindex < p.ifindex ? ' (first)' : ' (second)') : '';
      veths.push(`veth ${q(ns.name)}/${q(d.name)}${order} peer ${q(p.netns.name)}/${q(p.name)}`);
    }
  }
  return [...out, ...veths.sort()].join('\n');
}
