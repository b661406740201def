/** The Internet checksum (RFC 1071) over bytes [start, end). */
export function internetChecksum(b: Uint8Array, start = 0, end = b.length): number {
  let sum = 0;
  for (let i = start; i + 1 < end; i += 2) sum += (b[i] << 8) | b[i + 1];
  if ((end - start) % 2 === 1) sum += b[end - 1] << 8;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

/** The checksum of a TCP or UDP segment over the IPv4 pseudo-header (src, dst, zero, proto, length). */
export function pseudoHeaderSum(b: Uint8Array, src: number, dst: number, proto: number): number {
  const ph = new Uint8Array(12 + b.length);
  for (let i = 0; i < 4; i++) {
    ph[i] = (src >>> (24 - 8 * i)) & 255;
    ph[4 + i] = (dst >>> (24 - 8 * i)) & 255;
  }
  ph[9] = proto;
  ph[10] = b.length >> 8;
  ph[11] = b.length & 255;
  ph.set(b, 12);
  return internetChecksum(ph);
}

/**
 * What a socket leaves in a TCP or UDP checksum field for checksum offload (CHECKSUM_PARTIAL,
 * `~tcp_v4_check(len, saddr, daddr, 0)`): the folded pseudo-header sum only, for the NIC to complete.
 */
export function offloadChecksum(src: number, dst: number, proto: number, len: number): number {
  let sum = (src >>> 16) + (src & 0xffff) + (dst >>> 16) + (dst & 0xffff) + proto + len;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return sum;
}
