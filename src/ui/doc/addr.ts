// IPv4 address arithmetic for the editor (ip-num): checking `a.b.c.d/len` input, refusing an
// address another interface already has, and suggesting the next free one on a subnet.

import { IPv4, IPv4CidrRange } from 'ip-num';
import type { TopologySnapshot } from '../../engine/snapshot.ts';
import { FieldError } from './names.ts';

export interface Assigned {
  netns: string;
  dev: string;
  /** "10.0.0.1/24" */
  cidr: string;
}

export function allAddrs(snap: TopologySnapshot): Assigned[] {
  return snap.namespaces.flatMap((ns) =>
    ns.links.flatMap((l) =>
      l.kind === 'loopback' ? [] : l.addrs.map((cidr) => ({ netns: ns.name, dev: l.name, cidr })),
    ),
  );
}

export { checkCidr, checkIp } from './cidr.ts';

import { checkCidr } from './cidr.ts';

export function subnetOf(cidr: string): IPv4CidrRange {
  const [ip, len] = cidr.split('/');
  const mask = Number(len) === 0 ? 0n : ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - Number(len))) - 1n);
  return IPv4CidrRange.fromCidr(`${new IPv4(new IPv4(ip).getValue() & mask).toString()}/${len}`);
}

const ipOf = (cidr: string) => cidr.split('/')[0];

/**
 * Refuses an address already on another interface anywhere in the lab, or a subnet that overlaps a
 * different subnet on another interface of the same namespace (the kernel would route ambiguously).
 */
export function checkNewAddr(
  snap: TopologySnapshot,
  where: { netns: string; dev: string },
  cidr: string,
  field = 'addr',
): string {
  const { ip, text } = checkCidr(cidr, field);
  for (const a of allAddrs(snap)) {
    if (ipOf(a.cidr) === ip) {
      const at = `${a.netns || 'host'} ${a.dev}`;
      throw new FieldError(
        field,
        a.netns === where.netns && a.dev === where.dev ? 'err.addr.here' : 'err.addr.used',
        {
          addr: ip,
          at,
        },
      );
    }
    if (a.netns === where.netns && a.dev !== where.dev) {
      const mine = subnetOf(text);
      const theirs = subnetOf(a.cidr);
      if (mine.isOverlapping(theirs) && mine.toCidrString() !== theirs.toCidrString()) {
        throw new FieldError(field, 'err.addr.overlap', { subnet: theirs.toCidrString(), at: a.dev });
      }
    }
  }
  return text;
}

/** The lowest host address of `subnet` (e.g. "172.17.0.0/16") no interface uses, with its prefix. */
export function nextFree(snap: TopologySnapshot, subnet: string, skip: string[] = []): string | undefined {
  const range = subnetOf(subnet);
  const len = Number(subnet.split('/')[1]);
  const used = new Set([...allAddrs(snap).map((a) => ipOf(a.cidr)), ...skip.map(ipOf)]);
  let ip = range.getFirst().getValue() + (len < 31 ? 1n : 0n);
  const last = range.getLast().getValue() - (len < 31 ? 1n : 0n);
  for (let n = 0; ip <= last && n < 65536; ip++, n++) {
    const s = new IPv4(ip).toString();
    if (!used.has(s)) return `${s}/${len}`;
  }
  return undefined;
}

/** A 10.N.0.0/24 that overlaps nothing in the lab, for a new point-to-point link or bridge. */
export function freshSubnet(snap: TopologySnapshot): string {
  const taken = allAddrs(snap).map((a) => subnetOf(a.cidr));
  for (let n = 0; n < 256; n++) {
    for (let m = 0; m < 256; m++) {
      const c = IPv4CidrRange.fromCidr(`10.${n}.${m}.0/24`);
      if (!taken.some((t) => t.isOverlapping(c))) return c.toCidrString();
    }
  }
  return '192.168.0.0/24';
}
