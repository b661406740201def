// The classic libpcap savefile format (pcap-savefile(5)): a 24-byte file header, then per packet a
// 16-byte record header (seconds, microseconds, captured length, original length) and the bytes.
// Written little-endian with microsecond timestamps, as tcpdump on x86 writes it; read in either
// byte order. Link types: EN10MB (Ethernet) and LINUX_SLL2 (the "any" device's cooked header).

export const PCAP_MAGIC = 0xa1b2c3d4;
export const LINKTYPE_ETHERNET = 1;
/** Linux cooked v1: what libpcap gives "any" when tcpdump picked it itself (no -i). */
export const LINKTYPE_LINUX_SLL = 113;
export const LINKTYPE_LINUX_SLL2 = 276;
/** tcpdump's default snapshot length (MAXIMUM_SNAPLEN). */
export const SNAPLEN = 262144;

export const PCAP_FILE_HEADER_LEN = 24;
export const PCAP_RECORD_HEADER_LEN = 16;

export interface PcapRecord {
  /** Capture time in microseconds since the epoch (netns-lab: of the virtual clock). */
  t: number;
  /** The captured bytes: the frame, or its first snaplen bytes. */
  data: Uint8Array;
  /** The frame's length on the wire (the record's len; more than data's when cut by the snaplen). */
  len?: number;
  /**
   * A record read from a file: its seconds and microseconds as stored (a damaged file can hold
   * 10^6 or more microseconds, which tcpdump prints as they are).
   */
  ts?: { sec: number; usec: number };
}

export function pcapFileHeader(linktype: number, snaplen = SNAPLEN): Uint8Array {
  const b = new Uint8Array(PCAP_FILE_HEADER_LEN);
  const v = new DataView(b.buffer);
  v.setUint32(0, PCAP_MAGIC, true);
  v.setUint16(4, 2, true);
  v.setUint16(6, 4, true);
  // thiszone and sigfigs stay 0
  v.setUint32(16, snaplen, true);
  v.setUint32(20, linktype, true);
  return b;
}

export function pcapRecord(r: PcapRecord, snaplen = SNAPLEN): Uint8Array {
  const caplen = Math.min(r.data.length, snaplen);
  const b = new Uint8Array(PCAP_RECORD_HEADER_LEN + caplen);
  const v = new DataView(b.buffer);
  v.setUint32(0, Math.floor(r.t / 1_000_000), true);
  v.setUint32(4, r.t % 1_000_000, true);
  v.setUint32(8, caplen, true);
  v.setUint32(12, r.len ?? r.data.length, true);
  b.set(r.data.subarray(0, caplen), PCAP_RECORD_HEADER_LEN);
  return b;
}

export interface PcapFile {
  linktype: number;
  /** The snapshot length libpcap uses: the header's, or 262144 when that is 0 or over 2^31 - 1. */
  snaplen: number;
  records: PcapRecord[];
  /**
   * Why reading stopped before the end of the file, in libpcap's words ("truncated dump file; …",
   * "invalid packet capture length …"): pcap_next_ex reports it after the packets before it.
   */
  truncated?: string;
}

export class PcapFormatError extends Error {}

/** max_snaplen_for_dlt: libpcap's MAXIMUM_SNAPLEN for every link type netns-lab writes. */
export const MAXIMUM_SNAPLEN = 262144;

/**
 * Parses a savefile as libpcap 1.10's sf-pcap.c reads it. Throws PcapFormatError with libpcap's own
 * words ("unknown file format", "truncated dump file; …") for what pcap_open_offline refuses. A
 * record is read as pcap_next_packet reads it: a capture length over MAXIMUM_SNAPLEN ends the file
 * ("invalid packet capture length"), one over the file's snapshot length keeps only that many
 * bytes, and a file cut inside a record parses up to there; either is said in `truncated`. What the
 * record headers claim is otherwise kept as written (tcpdump checks lengths itself as it prints).
 */
export function parsePcap(b: Uint8Array): PcapFile {
  if (b.length < 4)
    throw new PcapFormatError(`truncated dump file; tried to read 4 file header bytes, only got ${b.length}`);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const magic = v.getUint32(0, true);
  let le: boolean;
  if (magic === PCAP_MAGIC || magic === 0xa1b23c4d) le = true;
  else if (v.getUint32(0, false) === PCAP_MAGIC || v.getUint32(0, false) === 0xa1b23c4d) le = false;
  else throw new PcapFormatError('unknown file format');
  const nanos = v.getUint32(0, le) === 0xa1b23c4d;
  if (b.length < PCAP_FILE_HEADER_LEN)
    throw new PcapFormatError(
      `truncated dump file; tried to read ${PCAP_FILE_HEADER_LEN} file header bytes, only got ${b.length - 4}`,
    );
  const header = v.getUint32(16, le);
  // p->snapshot is an int: 0 or a "negative" length falls back to the link type's maximum.
  const snaplen = header === 0 || header > 0x7fffffff ? MAXIMUM_SNAPLEN : header;
  const linktype = v.getUint32(20, le) & 0x03ffffff;
  const records: PcapRecord[] = [];
  let at = PCAP_FILE_HEADER_LEN;
  let truncated: string | undefined;
  while (at < b.length) {
    if (b.length - at < PCAP_RECORD_HEADER_LEN) {
      truncated = `truncated dump file; tried to read ${PCAP_RECORD_HEADER_LEN} header bytes, only got ${b.length - at}`;
      break;
    }
    const sec = v.getUint32(at, le);
    const frac = v.getUint32(at + 4, le);
    const caplen = v.getUint32(at + 8, le);
    const len = v.getUint32(at + 12, le);
    at += PCAP_RECORD_HEADER_LEN;
    if (caplen > MAXIMUM_SNAPLEN) {
      truncated =
        caplen > snaplen
          ? `invalid packet capture length ${caplen}, bigger than snaplen of ${snaplen}`
          : `invalid packet capture length ${caplen}, bigger than maximum of ${MAXIMUM_SNAPLEN}`;
      break;
    }
    // A record longer than the snapshot length: its first snaplen bytes are kept, the rest skipped.
    const kept = Math.min(caplen, snaplen);
    const left = b.length - at;
    if (left < caplen) {
      truncated = `truncated dump file; tried to read ${left < kept ? kept : caplen} captured bytes, only got ${left}`;
      break;
    }
    const usec = nanos ? Math.floor(frac / 1000) : frac;
    records.push({ t: sec * 1_000_000 + usec, data: b.slice(at, at + kept), len, ts: { sec, usec } });
    at += caplen;
  }
  return { linktype, snaplen, records, truncated };
}

/** The LINUX_SLL2 header (20 bytes) libpcap puts before each packet captured on "any". */
export interface Sll2Header {
  protocol: number;
  ifindex: number;
  /** ARPHRD_ETHER (1) or ARPHRD_LOOPBACK (772). */
  hatype: number;
  /** PACKET_HOST 0, BROADCAST 1, MULTICAST 2, OTHERHOST 3, OUTGOING 4. */
  pktType: number;
  /** The link-layer source address (6 bytes for Ethernet). */
  addr: Uint8Array;
}

export const SLL2_HEADER_LEN = 20;

export function emitSll2(h: Sll2Header, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(SLL2_HEADER_LEN + payload.length);
  const v = new DataView(b.buffer);
  v.setUint16(0, h.protocol);
  v.setUint32(4, h.ifindex);
  v.setUint16(8, h.hatype);
  b[10] = h.pktType;
  b[11] = h.addr.length;
  b.set(h.addr.subarray(0, 8), 12);
  b.set(payload, SLL2_HEADER_LEN);
  return b;
}

export const SLL_HEADER_LEN = 16;

/** The LINUX_SLL (v1) header: packet type, ARPHRD type, address length, address, protocol. */
export function emitSll(h: Sll2Header, payload: Uint8Array): Uint8Array {
  const b = new Uint8Array(SLL_HEADER_LEN + payload.length);
  const v = new DataView(b.buffer);
  v.setUint16(0, h.pktType);
  v.setUint16(2, h.hatype);
  v.setUint16(4, h.addr.length);
  b.set(h.addr.subarray(0, 8), 6);
  v.setUint16(14, h.protocol);
  b.set(payload, SLL_HEADER_LEN);
  return b;
}
