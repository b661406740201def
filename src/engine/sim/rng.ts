// Seeded PRNG (mulberry32). Everything random in the engine (MACs not given explicitly, neighbour
// reachable time, proxy ARP delay) draws from one of these, so a seed fixes the whole run.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Uniform integer in [lo, hi). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo));
  }
  /** A random locally administered unicast MAC, as eth_random_addr() makes. */
  mac(): string {
    const b = [];
    for (let i = 0; i < 6; i++) b.push(this.int(0, 256));
    b[0] = (b[0] & 0xfe) | 0x02;
    return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
  }
}
