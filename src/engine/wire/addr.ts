// IPv4 addresses are uint32 numbers inside the engine; MACs are lowercase "aa:bb:cc:dd:ee:ff" strings.

export type Ip4 = number;
export type Mac = string;

export const BROADCAST_MAC: Mac = 'ff:ff:ff:ff:ff:ff';
export const ZERO_MAC: Mac = '00:00:00:00:00:00';

// A direct-mapped cache of recent dotted quads: trace sentences name the same few addresses on every
// packet, and sharing one string per address saves the five strings a formatting allocates (and the
// memory of every kept trace event that names it). Same answer as formatting, whatever is cached.
const QUAD_SLOTS = 4096;
const quadKeys = new Float64Array(QUAD_SLOTS).fill(Number.NaN);
const quadStrings: string[] = new Array(QUAD_SLOTS).fill('');

export function ip4ToString(a: Ip4): string {
  const i = Math.imul(a, 0x9e3779b1) >>> 20;
  if (quadKeys[i] === a) return quadStrings[i];
  const s = `${a >>> 24}.${(a >>> 16) & 255}.${(a >>> 8) & 255}.${a & 255}`;
  quadKeys[i] = a;
  quadStrings[i] = s;
  return s;
}

/** Strict dotted quad ("10.0.0.1"); returns undefined when malformed. */
export function parseIp4(s: string): Ip4 | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const p = m.slice(1).map(Number);
  if (p.some((x) => x > 255)) return undefined;
  return ((p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3]) >>> 0;
}

export function prefixMask(len: number): number {
  return len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
}

export function inPrefix(a: Ip4, net: Ip4, len: number): boolean {
  return (a & prefixMask(len)) >>> 0 === (net & prefixMask(len)) >>> 0;
}

export function networkOf(a: Ip4, len: number): Ip4 {
  return (a & prefixMask(len)) >>> 0;
}

export function broadcastOf(a: Ip4, len: number): Ip4 {
  return (a | ~prefixMask(len)) >>> 0;
}

export function isMulticastIp(a: Ip4): boolean {
  return a >>> 28 === 0xe;
}

export function isLoopbackIp(a: Ip4): boolean {
  return a >>> 24 === 127;
}

/**
 * The group bit: the low bit of the first octet, which is its second hex digit's (a Mac is always
 * "xx:xx:xx:xx:xx:xx"). '0'–'9' have the parity of their value, 'a'–'f' the opposite. Read from the
 * character code, as every frame asks it: no substring.
 */
export function isMulticastMac(m: Mac): boolean {
  const c = m.charCodeAt(1);
  return ((c & 1) ^ (c > 57 ? 1 : 0)) === 1;
}

export function macToBytes(m: Mac): number[] {
  return m.split(':').map((x) => Number.parseInt(x, 16));
}

export function bytesToMac(b: ArrayLike<number>, off = 0): Mac {
  const out: string[] = [];
  for (let i = 0; i < 6; i++) out.push(b[off + i].toString(16).padStart(2, '0'));
  return out.join(':');
}

/** Compares MACs numerically, as the bridge does when it picks the lowest port address. */
export function compareMac(a: Mac, b: Mac): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
