// How source NAT picks within a range (net/netfilter/nf_nat_core.c get_unique_tuple,
// find_best_ips_proto, nf_nat_l4proto_unique_tuple). The address comes from a hash of the
// connection's source and destination, so one client always gets the same address of the range
// (jhash2 of the source, seeded with the destination, scaled into the range); the port is kept when
// it is already in the range and unused, else the first free one in it.

import type { Ip4 } from '../wire/addr.ts';

const rol = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** include/linux/jhash.h __jhash_mix / __jhash_final, on 32-bit words. */
function jhash2(k: readonly number[], initval: number): number {
  let a = (0xdeadbeef + (k.length << 2) + initval) >>> 0;
  let b = a;
  let c = a;
  let i = 0;
  let len = k.length;
  const mix = () => {
    a = (a - c) >>> 0;
    a = (a ^ rol(c, 4)) >>> 0;
    c = (c + b) >>> 0;
    b = (b - a) >>> 0;
    b = (b ^ rol(a, 6)) >>> 0;
    a = (a + c) >>> 0;
    c = (c - b) >>> 0;
    c = (c ^ rol(b, 8)) >>> 0;
    b = (b + a) >>> 0;
    a = (a - c) >>> 0;
    a = (a ^ rol(c, 16)) >>> 0;
    c = (c + b) >>> 0;
    b = (b - a) >>> 0;
    b = (b ^ rol(a, 19)) >>> 0;
    a = (a + c) >>> 0;
    c = (c - b) >>> 0;
    c = (c ^ rol(b, 4)) >>> 0;
    b = (b + a) >>> 0;
  };
  while (len > 3) {
    a = (a + k[i]) >>> 0;
    b = (b + k[i + 1]) >>> 0;
    c = (c + k[i + 2]) >>> 0;
    mix();
    len -= 3;
    i += 3;
  }
  if (len === 0) return c;
  if (len >= 3) c = (c + k[i + 2]) >>> 0;
  if (len >= 2) b = (b + k[i + 1]) >>> 0;
  a = (a + k[i]) >>> 0;
  c = ((c ^ b) - rol(b, 14)) >>> 0;
  a = ((a ^ c) - rol(c, 11)) >>> 0;
  b = ((b ^ a) - rol(a, 25)) >>> 0;
  c = ((c ^ b) - rol(b, 16)) >>> 0;
  a = ((a ^ c) - rol(c, 4)) >>> 0;
  b = ((b ^ a) - rol(a, 14)) >>> 0;
  c = ((c ^ b) - rol(b, 24)) >>> 0;
  return c;
}

/** An address as the kernel keeps it in a u32 (network byte order), read on a little-endian CPU. */
function raw(ip: Ip4): number {
  return (
    (((ip & 0xff) << 24) | (((ip >>> 8) & 0xff) << 16) | (((ip >>> 16) & 0xff) << 8) | (ip >>> 24)) >>> 0
  );
}

/**
 * find_best_ips_proto for IPv4: jhash2 over the 16-byte source address (the address, then zeros),
 * seeded with the destination, scaled into [lo, hi] by reciprocal_scale.
 */
export function pickNatAddr(src: Ip4, dst: Ip4, lo: Ip4, hi: Ip4): Ip4 {
  if (lo === hi) return lo;
  const j = jhash2([raw(src), 0, 0, 0], raw(dst));
  const dist = (hi - lo + 1) >>> 0;
  return (lo + Number((BigInt(j) * BigInt(dist)) >> 32n)) >>> 0;
}

/** The source port: kept when in [lo, hi] and free, else the first free port of the range. */
export function pickNatPort(
  port: number,
  lo: number,
  hi: number,
  used: (p: number) => boolean,
): number | undefined {
  if (port >= lo && port <= hi && (lo === hi || !used(port))) return port;
  for (let p = lo; p <= hi; p++) if (!used(p)) return p;
  return undefined;
}
