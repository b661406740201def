// SO_REUSEPORT groups (net/core/sock_reuseport.c): sockets bound to the same address and port, each
// with SO_REUSEPORT set (netcat sets it on its listening sockets), share the port, and each new flow
// goes to one of them: reuseport_select_sock scales the flow's hash to the group (reciprocal_scale).
// The kernel hashes with a secret drawn at boot (inet_ehashfn), so which one is chance; here the
// secret comes from the seeded RNG, drawn the first time a group has to choose.

import type { Ip4 } from '../wire/addr.ts';

/** A 32-bit mix of the flow (the role of jhash_3words in inet_ehashfn). */
function flowHash(secret: number, saddr: Ip4, sport: number, daddr: Ip4, dport: number): number {
  let h = secret >>> 0;
  for (const v of [saddr, daddr, ((sport << 16) | dport) >>> 0]) {
    h = Math.imul(h ^ v, 0x9e3779b1) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
  }
  return h;
}

/** The member of `group` a flow goes to (group.length ≥ 1). */
export function reuseportSelect<T>(
  group: readonly T[],
  secret: number,
  saddr: Ip4,
  sport: number,
  daddr: Ip4,
  dport: number,
): T {
  const h = flowHash(secret, saddr, sport, daddr, dport);
  return group[Math.floor((h * group.length) / 2 ** 32)];
}
