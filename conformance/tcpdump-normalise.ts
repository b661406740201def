// What varies between two kernel runs of the same scenario in tcpdump's output, and only that:
//   - time stamps (wall clock; netns-lab prints its virtual clock),
//   - ICMP echo ids (ping's process id), IPv4 ids other than 0 (random per socket or hashed),
//   - absolute TCP sequence numbers (random ISNs) and TCP timestamp values (random per connection),
//   - ephemeral ports (ip_local_port_range) and the checksums computed over any of the above.
// Relative sequence numbers, windows, options, lengths, flags, addresses, MACs and TTLs stay exact.
// A line is only touched in blocks whose command runs tcpdump or cats its output (transcript.ts).

/** Does this block print tcpdump's output? */
export function isTcpdumpBlock(command: string): boolean {
  return /\btcpdump\b/.test(command) || /^(ip netns exec \S+ )?cat\b/.test(command);
}

const EPHEMERAL = (p: string) => Number(p) >= 32768 && Number(p) <= 60999;

/** "10.0.0.1.45638 > 10.0.1.2.8080: Flags [S.]" — the endpoints and flags of a TCP line. */
const TCP_LINE = /(\S+) > (\S+): Flags \[([^\]]*)\]/;

export function normaliseTcpdumpLines(lines: string[], command = ''): string[] {
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
