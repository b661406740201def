// What varies between two kernel runs of the same scenario in tcpdump's output, and only that:
//   - time stamps (wall clock; netns-lab prints its virtual clock),
//   - ICMP echo ids (ping's process id), IPv4 ids other than 0 (random per socket or hashed),
//   - absolute TCP sequence numbers (random ISNs) and TCP timestamp values (random per connection),
//   - ephemeral ports (ip_local_port_range) and the checksums computed over any of the above,
//   - in the hex dump of an ICMP echo (-x, -X, -xx, -XX): its IPv4 id and header checksum, the echo
//     id, ping's struct timeval at the start of the data, and the ICMP checksum over them.
// Relative sequence numbers, windows, options, lengths, flags, addresses, MACs and TTLs stay exact.
// A line is only touched in blocks whose command runs tcpdump or cats its output (transcript.ts).

import { internetChecksum } from '../src/engine/wire/checksum.ts';

/** Does this block print tcpdump's output? */
export function isTcpdumpBlock(command: string): boolean {
  return /\btcpdump\b/.test(command) || /^(ip netns exec \S+ )?cat\b/.test(command);
}

const EPHEMERAL = (p: string) => Number(p) >= 32768 && Number(p) <= 60999;

/** "10.0.0.1.45638 > 10.0.1.2.8080: Flags [S.]" — the endpoints and flags of a TCP line. */
const TCP_LINE = /(\S+) > (\S+): Flags \[([^\]]*)\]/;

export function normaliseTcpdumpLines(lines: string[], command = ''): string[] {
  return maskEchoHexDumps(normaliseSummaryLines(lines, command));
}

function normaliseSummaryLines(lines: string[], command: string): string[] {
  // -S prints every sequence number absolute.
  const allAbsolute = /\s-[a-zA-Z#]*S/.test(command);
  // tcpdump prints absolute sequence numbers for the first segment it sees of a conversation in
  // each direction, and relative ones after (print-tcp.c's tcp_seq_hash); only the absolute are random.
  const seen = new Set<string>();
  return lines.map((line) => {
    let l = line
      .replace(/^(\s*\d+ {2})?\d\d:\d\d:\d\d\.\d{6} /, '$1<time> ')
      .replace(/^\d+\.\d{6} /, '<time> ')
      .replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6} /, '<time> ')
      .replace(/^ \d\d:\d\d:\d\d\.\d{6} /, ' <delta> ')
      .replace(/(ICMP echo (?:request|reply), id )\d+/g, '$1<id>')
      .replace(/(\(tos 0x[0-9a-f]+(?:,[A-Z0-9()]+)?, ttl \d+, id )[1-9]\d*/g, '$1<ipid>')
      .replace(
        /(\bTS val )\d+( ecr )(\d+)/g,
        (_m, a: string, b: string, ecr: string) => `${a}<ts>${b}${ecr === '0' ? '0' : '<ts>'}`,
      )
      .replace(/(cksum 0x[0-9a-f]{4} \(incorrect -> )0x[0-9a-f]{4}\)/g, '$1<sum>)')
      .replace(/cksum 0x[0-9a-f]{4} \(correct\)/g, 'cksum <sum> (correct)')
      .replace(/(\[bad udp cksum 0x[0-9a-f]{4} -> )0x[0-9a-f]{4}!\]/g, '$1<sum>!]');
    const m = TCP_LINE.exec(l);
    if (m) {
      const key = [m[1], m[2]].sort().join(' ');
      const flags = m[3];
      const absolute = !flags.includes('.')
        ? 'seq'
        : allAbsolute || !seen.has(key) || flags.includes('S')
          ? 'both'
          : 'none';
      if (flags.includes('.')) seen.add(key);
      if (absolute !== 'none') l = l.replace(/(, seq )\d+(:\d+)?/, (_s, a: string) => `${a}<isn>`);
      if (absolute === 'both') l = l.replace(/(, ack )\d+/, '$1<isn>');
    }
    return l.replace(/(\d+\.\d+\.\d+\.\d+)\.(\d{5})\b/g, (s, a: string, p: string) =>
      EPHEMERAL(p) ? `${a}.EPHEM` : s,
    );
  });
}

// --- hex dumps ------------------------------------------------------------------------------------

/** "\t0x0010:  0a00 0002 0800 1028 4000 0001 0100 0000  .......(@......." (-X) or without ASCII (-x). */
const HEX_LINE = /^\t0x([0-9a-f]{4}): ( [0-9a-f]{2,4})+/;
/** The hex part of a line: " xxxx" eight times, padded to this width when ASCII follows (-X). */
const HEX_WIDTH = 40;

interface DumpLine {
  index: number;
  offset: number;
  bytes: number[];
  /** Where the ASCII column starts in the line, or -1 (-x). */
  ascii: number;
}

function parseDumpLine(line: string, index: number): DumpLine | undefined {
  const m = HEX_LINE.exec(line);
  if (!m) return undefined;
  const start = line.indexOf(':') + 2; // the hex part's leading space
  const body = line.slice(start);
  const withAscii = body.length > HEX_WIDTH + 2;
  const hex = withAscii ? body.slice(0, HEX_WIDTH) : body;
  const bytes: number[] = [];
  for (const group of hex.trim().split(/\s+/))
    for (let i = 0; i < group.length; i += 2) bytes.push(Number.parseInt(group.slice(i, i + 2), 16));
  return { index, offset: Number.parseInt(m[1], 16), bytes, ascii: withAscii ? start + HEX_WIDTH + 2 : -1 };
}

/**
 * The byte offsets an ICMP echo's dump shows that the kernel randomises, or none when the dump is
 * not one: the network header is found where -x (offset 0), -xx on Ethernet (14) or on Linux
 * cooked v2 (20, -i any) puts it, and must be IPv4 carrying ICMP.
 */
export function echoRandomBytes(d: readonly number[]): number[] {
  const ipAt = [0, 14, 20].find(
    (o) =>
      d[o] >> 4 === 4 &&
      (o === 0 || (o === 14 && d[12] === 0x08 && d[13] === 0) || (o === 20 && d[0] === 0x08 && d[1] === 0)),
  );
  if (ipAt === undefined || d[ipAt + 9] !== 1) return [];
  const ihl = (d[ipAt] & 15) * 4;
  const out: number[] = [];
  // An id other than 0 is random (as in the -v line); the header checksum covers it, and is masked
  // only if it is right.
  if ((d[ipAt + 4] !== 0 || d[ipAt + 5] !== 0) && sumsToZero(d, ipAt, ipAt + ihl))
    out.push(ipAt + 4, ipAt + 5, ipAt + 10, ipAt + 11);
  const fragOffset = ((d[ipAt + 6] & 0x1f) << 8) | d[ipAt + 7];
  const icmp = ipAt + ihl;
  if (fragOffset !== 0 || (d[icmp] !== 0 && d[icmp] !== 8) || d[icmp + 1] !== 0) return out;
  // The echo id (ping's pid); ping's timeval when the data holds one and it reads as one (tv_sec and
  // tv_usec below 2^32, tv_usec below a second); the ICMP checksum over them when it is right (or cut
  // off by the snap length).
  out.push(icmp + 4, icmp + 5);
  const end = ipAt + ((d[ipAt + 2] << 8) | d[ipAt + 3]);
  const tv = icmp + 8;
  const usec = d[tv + 8] | (d[tv + 9] << 8) | (d[tv + 10] << 16) | (d[tv + 11] << 24);
  const zero = (from: number) => d.slice(from, from + 4).every((b) => b === 0);
  if (end - tv >= 16 && zero(tv + 4) && zero(tv + 12) && usec >>> 0 < 1_000_000)
    for (let i = 0; i < 16; i++) out.push(tv + i);
  if (d.length < end || sumsToZero(d, icmp, end)) out.push(icmp + 2, icmp + 3);
  return out;
}

/** The Internet checksum of d[from, to) is right (sums to 0xffff); false if bytes are missing. */
function sumsToZero(d: readonly number[], from: number, to: number): boolean {
  return d.length >= to && internetChecksum(Uint8Array.from(d), from, to) === 0;
}

/** Replaces each random byte with "xx" in the hex part and "x" in the ASCII column. */
function maskEchoHexDumps(lines: string[]): string[] {
  const out = lines.slice();
  let dump: DumpLine[] = [];
  const flush = () => {
    if (dump.length === 0) return;
    const bytes = dump.flatMap((l) => l.bytes);
    const random = new Set(echoRandomBytes(bytes));
    for (const l of dump) {
      const chars = [...out[l.index]];
      const hexStart = out[l.index].indexOf(':') + 2;
      l.bytes.forEach((_b, k) => {
        if (!random.has(l.offset + k)) return;
        const at = hexStart + (k >> 1) * 5 + 1 + (k & 1) * 2;
        chars[at] = 'x';
        chars[at + 1] = 'x';
        if (l.ascii >= 0) chars[l.ascii + k] = 'x';
      });
      out[l.index] = chars.join('');
    }
    dump = [];
  };
  lines.forEach((line, i) => {
    const l = parseDumpLine(line, i);
    // A dump is the run of lines from offset 0 on, each 16 bytes further.
    if (!l || l.offset === 0 || dump.length === 0 || l.offset !== dump[dump.length - 1].offset + 16) flush();
    if (l && (l.offset === 0 || dump.length > 0)) dump.push(l);
  });
  flush();
  return out;
}
