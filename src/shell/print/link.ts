// `ip link` / `ip addr` / `ip -br` output, as iproute2 6.1 prints it (ip/ipaddress.c print_linkinfo,
// print_addrinfo, lib/utils.c print_name_and_link).

import type { InAddr } from '../../engine/ipv4/devinet.ts';
import type { Device } from '../../engine/link/device.ts';
import { Macvlan } from '../../engine/link/macvlan.ts';
import { Veth } from '../../engine/link/veth.ts';
import { Vxlan } from '../../engine/link/vxlan.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';

/** The device at the other end of IFLA_LINK, and whether it lives in another namespace. */
function linkOf(dev: Device): { other: Device; remote: boolean } | undefined {
  if (dev instanceof Veth) return { other: dev.peer, remote: dev.peer.netns !== dev.netns };
  if (dev instanceof Macvlan) return { other: dev.parent, remote: dev.parent.netns !== dev.netns };
  return undefined;
}

/** "name@peer" / "name@ifN" and the M-DOWN flag (print_name_and_link). */
export function nameAndLink(dev: Device): { name: string; mdown: boolean } {
  // rtnl_fill_ifinfo always puts IFLA_LINK beside IFLA_LINK_NETNSID: a VXLAN device away from its
  // underlay shows its own index after "@if".
  if (dev instanceof Vxlan && dev.underlay !== dev.netns)
    return { name: `${dev.name}@if${dev.ifindex}`, mdown: false };
  const l = linkOf(dev);
  if (!l) return { name: dev.name, mdown: false };
  if (l.remote) return { name: `${dev.name}@if${l.other.ifindex}`, mdown: false };
  const local = dev.netns.devByIndex(l.other.ifindex);
  return {
    name: `${dev.name}@${local ? local.name : `if${l.other.ifindex}`}`,
    mdown: local ? !local.up : false,
  };
}

export function linkFlags(dev: Device, mdown: boolean): string {
  const f: string[] = [];
  if (dev.up && !dev.carrier) f.push('NO-CARRIER');
  if (dev.kind === 'loopback') f.push('LOOPBACK');
  else f.push('BROADCAST', 'MULTICAST');
  if (dev.promiscFlag) f.push('PROMISC');
  if (dev.up) f.push('UP');
  if (dev.up && dev.carrier) f.push('LOWER_UP');
  return `<${f.join(',')}${mdown ? ',M-DOWN' : ''}>`;
}

/** " link-netns NAME" or " link-netnsid N" for a device whose link lives elsewhere. */
export function linkNetns(dev: Device, viewer: Netns): string {
  // A VXLAN device moved away from its underlay reports that namespace (vxlan_get_link_net).
  if (dev instanceof Vxlan && dev.underlay !== dev.netns) {
    const u = dev.underlay;
    return u.name !== '' ? ` link-netns ${u.name}` : ` link-netnsid ${viewer.nsidOf(u)}`;
  }
  const l = linkOf(dev);
  if (!l?.remote) return '';
  const other = l.other.netns;
  const id = viewer.nsidOf(other);
  return other.name !== '' ? ` link-netns ${other.name}` : ` link-netnsid ${id}`;
}

export function linkHeader(dev: Device, opts: { mode: boolean }): string {
  const { name, mdown } = nameAndLink(dev);
  const qdisc = dev.everUp ? 'noqueue' : 'noop';
  const master = dev.master ? `master ${dev.master.name} ` : '';
  const mode = opts.mode ? 'mode DEFAULT ' : '';
  return `${dev.ifindex}: ${name}: ${linkFlags(dev, mdown)} mtu ${dev.mtu} qdisc ${qdisc} ${master}state ${dev.operstate()} ${mode}group default ${dev.txQueueLen ? `qlen ${dev.txQueueLen}` : ''}\n`;
}

export function linkLine(dev: Device, viewer: Netns): string {
  if (dev.kind === 'loopback') return `    link/loopback ${dev.mac} brd 00:00:00:00:00:00\n`;
  return `    link/ether ${dev.mac} brd ff:ff:ff:ff:ff:ff${linkNetns(dev, viewer)}\n`;
}

export function addrLines(a: InAddr): string {
  const brd = a.broadcast !== undefined ? `brd ${ip4ToString(a.broadcast)} ` : '';
  const sec = a.secondary ? 'secondary ' : '';
  return `    inet ${ip4ToString(a.local)}/${a.prefixLen} ${brd}scope ${a.scope} ${sec}${a.label}\n       valid_lft forever preferred_lft forever\n`;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function briefLink(dev: Device): string {
  const { name, mdown } = nameAndLink(dev);
  return `${pad(name, 16)} ${pad(dev.operstate(), 14)} ${dev.mac} ${linkFlags(dev, mdown)} \n`;
}

export function briefAddr(dev: Device, shown: readonly InAddr[] = dev.addrs): string {
  const { name } = nameAndLink(dev);
  const addrs = shown.map((a) => `${ip4ToString(a.local)}/${a.prefixLen} `).join('');
  return `${pad(name, 16)} ${pad(dev.operstate(), 14)} ${addrs}\n`;
}
