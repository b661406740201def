// The only place the editor writes shell: every edit becomes the command lines a person would type
// on a real host, checked like the kernel checks them and quoted with the exporter's shellQuote, so
// the document, the engine and the exported script can never disagree (see docs/architecture.md).

import { LexError, parseCommand, shellQuote as q } from '../../shell/lexer.ts';
import { checkCidr, checkIp } from './cidr.ts';
import { checkDevName, checkInt, checkMac, checkNetnsName, FieldError } from './names.ts';

/** An interface: its namespace ("" is the host) and its name. */
export interface Dev {
  netns: string;
  name: string;
}

/** `ip` or `ip -n NS`. */
function ipIn(netns: string): string {
  return netns === '' ? 'ip' : `ip -n ${q(netns)}`;
}

/** A tool without -n, run inside NS. */
function inNs(netns: string, cmd: string): string {
  return netns === '' ? cmd : `ip netns exec ${q(netns)} ${cmd}`;
}

export const IPT_TABLES = ['filter', 'nat', 'mangle', 'raw'];

const dev = (d: Dev, field = 'name') => q(checkDevName(d.name, field));

export const cmd = {
  addNetns: (name: string) => [`ip netns add ${q(checkNetnsName(name))}`, `ip -n ${q(name)} link set lo up`],
  delNetns: (name: string) => [`ip netns del ${q(checkNetnsName(name))}`],
  /** A container on Docker's default bridge (the first docker command also starts the daemon). */
  dockerRun: (name: string) => [`docker run -d --name ${q(checkNetnsName(name))} busybox sleep 3600`],
  dockerRm: (name: string) => [`docker rm -f ${q(checkNetnsName(name))}`],

  addBridge: (d: Dev) => [
    `${ipIn(d.netns)} link add ${dev(d)} type bridge`,
    `${ipIn(d.netns)} link set ${dev(d)} up`,
  ],

  /** A veth pair with each end in its own namespace, both brought up. */
  addVeth(a: Dev, b: Dev): string[] {
    const where = (d: Dev) => (d.netns === '' ? '' : ` netns ${q(d.netns)}`);
    return [
      `ip link add ${dev(a, 'a')}${where(a)} type veth peer name ${dev(b, 'b')}${where(b)}`,
      `${ipIn(a.netns)} link set ${q(a.name)} up`,
      `${ipIn(b.netns)} link set ${q(b.name)} up`,
    ];
  },

  /** A macvlan child of `parent`, created next to it and then moved to `netns` if that differs. */
  addMacvlan(parent: Dev, name: string, netns: string): string[] {
    const child = q(checkDevName(name));
    const out = [
      `${ipIn(parent.netns)} link add ${child} link ${dev(parent, 'parent')} type macvlan mode bridge`,
    ];
    if (netns !== parent.netns)
      out.push(`${ipIn(parent.netns)} link set ${child} netns ${netns === '' ? '1' : q(netns)}`);
    out.push(`${ipIn(netns)} link set ${child} up`);
    return out;
  },

  delLink: (d: Dev) => [`${ipIn(d.netns)} link del ${dev(d)}`],
  setUp: (d: Dev, up: boolean) => [`${ipIn(d.netns)} link set ${dev(d)} ${up ? 'up' : 'down'}`],

  /** Renaming needs the device down on a real kernel (EBUSY otherwise), so down, rename, up. */
  rename(d: Dev, to: string, up: boolean): string[] {
    const next = q(checkDevName(to));
    const set = `${ipIn(d.netns)} link set`;
    if (!up) return [`${set} ${dev(d)} name ${next}`];
    return [`${set} ${dev(d)} down`, `${set} ${dev(d)} name ${next}`, `${set} ${next} up`];
  },

  setMac: (d: Dev, mac: string) => [`${ipIn(d.netns)} link set ${dev(d)} address ${checkMac(mac)}`],
  setMaster: (d: Dev, bridge: string | null) => [
    bridge === null
      ? `${ipIn(d.netns)} link set ${dev(d)} nomaster`
      : `${ipIn(d.netns)} link set ${dev(d)} master ${q(checkDevName(bridge, 'master'))}`,
  ],
  moveTo: (d: Dev, netns: string) => [
    `${ipIn(d.netns)} link set ${dev(d)} netns ${netns === '' ? '1' : q(checkNetnsName(netns, 'netns'))}`,
  ],

  addAddr: (d: Dev, cidr: string) => [`${ipIn(d.netns)} addr add ${checkCidr(cidr).text} dev ${dev(d)}`],
  delAddr: (d: Dev, cidr: string) => [`${ipIn(d.netns)} addr del ${checkCidr(cidr).text} dev ${dev(d)}`],

  /** `default` or a CIDR, via a gateway and/or out of a device. */
  addRoute(netns: string, dst: string, via: string, out?: string): string[] {
    const to = dst.trim() === 'default' ? 'default' : checkCidr(dst, 'dst').text;
    if (!via.trim() && !out) throw new FieldError('via', 'err.route.via');
    let line = `${ipIn(netns)} route ${to === 'default' ? 'replace' : 'add'} ${to}`;
    if (via.trim()) line += ` via ${checkIp(via, 'via')}`;
    if (out) line += ` dev ${q(checkDevName(out, 'dev'))}`;
    return [line];
  },
  /** `route` is a line as the snapshot lists it: "default via 10.0.0.1 dev eth0". */
  delRoute(netns: string, route: string): string[] {
    const [dst, ...rest] = route.split(' ');
    const words = [dst === 'default' || dst.includes('/') ? dst : `${checkIp(dst, 'dst')}/32`];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      if (rest[i] === 'via') words.push('via', checkIp(rest[i + 1], 'via'));
      if (rest[i] === 'dev') words.push('dev', q(checkDevName(rest[i + 1], 'dev')));
    }
    return [`${ipIn(netns)} route del ${words.join(' ')}`];
  },

  ipForward: (netns: string, on: boolean) => [inNs(netns, `sysctl -qw net.ipv4.ip_forward=${on ? 1 : 0}`)],
  /** net.ipv4.conf.DEV.proxy_arp (dots in a device name are written as "/" in the sysctl key). */
  proxyArp: (d: Dev, on: boolean) => [
    inNs(
      d.netns,
      `sysctl -qw ${q(`net.ipv4.conf.${checkDevName(d.name).replace(/\./g, '/')}.proxy_arp=${on ? 1 : 0}`)}`,
    ),
  ],
  /** Bridge FDB ageing time in centiseconds, as `ip link … type bridge ageing_time` takes it. */
  ageing: (d: Dev, centis: string) => [
    `${ipIn(d.netns)} link set ${dev(d)} type bridge ageing_time ${checkInt(centis, 0, 100_000_000, 'ageing')}`,
  ],

  addNeigh: (d: Dev, ip: string, mac: string) => [
    `${ipIn(d.netns)} neigh add ${checkIp(ip)} lladdr ${checkMac(mac)} dev ${dev(d)}`,
  ],
  delNeigh: (d: Dev, ip: string) => [`${ipIn(d.netns)} neigh del ${checkIp(ip)} dev ${dev(d)}`],

  /** A static FDB entry on a bridge port (`port`), as `bridge fdb add … master static`. */
  addFdb: (port: Dev, mac: string) => [
    inNs(port.netns, `bridge fdb add ${checkMac(mac)} dev ${dev(port)} master static`),
  ],
  delFdb: (port: Dev, mac: string) => [
    inNs(port.netns, `bridge fdb del ${checkMac(mac)} dev ${dev(port)} master`),
  ],

  /**
   * An iptables rule: `spec` is what follows the chain, as `iptables -S` prints it. It is split
   * like the shell splits it and every word requoted, so it can only ever be iptables' arguments.
   */
  iptables(netns: string, table: string, op: '-A' | '-I' | '-D', chain: string, spec: string): string[] {
    if (!IPT_TABLES.includes(table)) throw new FieldError('table', 'err.ipt.table');
    if (!/^[A-Za-z0-9_.-]{1,28}$/.test(chain)) throw new FieldError('chain', 'err.ipt.chain');
    let words: string[];
    try {
      const c = parseCommand(spec);
      if (c.redirect !== undefined || c.background) throw new LexError('redirect');
      words = c.argv;
    } catch {
      throw new FieldError('spec', 'err.ipt.spec');
    }
    if (!words.length) throw new FieldError('spec', 'err.ipt.spec');
    const t = table === 'filter' ? '' : ` -t ${table}`;
    return [inNs(netns, `iptables${t} ${op} ${chain} ${words.map(q).join(' ')}`)];
  },

  ping: (netns: string, ip: string, count = 1) => [inNs(netns, `ping -c ${count} ${checkIp(ip)}`)],
};
