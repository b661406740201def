// Local port choice (net/ipv4/inet_hashtables.c __inet_hash_connect, udp_lib_get_port): a random
// start in net.ipv4.ip_local_port_range (32768–60999); connect() prefers even ports, leaving odd
// ones for bind(). The start comes from the seeded RNG, so a run is reproducible.

import type { Rng } from '../sim/rng.ts';

export const LOCAL_PORT_LOW = 32768;
export const LOCAL_PORT_HIGH = 60999;

/** A free port in the range; `inUse` says whether a candidate is taken. Undefined when all are. */
export function pickLocalPort(rng: Rng, inUse: (port: number) => boolean, even: boolean): number | undefined {
  const span = LOCAL_PORT_HIGH - LOCAL_PORT_LOW + 1;
  let offset = rng.int(0, span);
  if (even) offset &= ~1;
  for (let i = 0; i < span; i++) {
    // Even candidates first (connect), then the odd ones, as __inet_hash_connect walks them.
    const step = even ? (i < span / 2 ? 2 * i : 2 * (i - Math.floor(span / 2)) + 1) : i;
    const port = LOCAL_PORT_LOW + ((offset + step) % span);
    if (!inUse(port)) return port;
  }
  return undefined;
}
