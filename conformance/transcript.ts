// Transcripts are "$ <command>" lines, each followed by what the command printed and, when a
// foreground command exits non-zero, a line "[exit N]" (record.sh and Session.run both write it).
// This module splits them into blocks and normalises what legitimately varies between two kernel
// runs, so the kernel's golden and the engine's output (or two kernel runs) can be compared block by
// block, exit status included.

import { isTcpdumpBlock, normaliseTcpdumpLines } from './tcpdump-normalise.ts';

export interface Block {
  command: string;
  output: string[];
  /** The command's exit status (0 when the transcript has no "[exit N]" line for it). */
  status: number;
}

const EXIT_LINE = /^(.*)\[exit (\d+)\]$/;

export function parseTranscript(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) blocks.push({ command: line.slice(2), output: [], status: 0 });
    else if (blocks.length > 0) blocks[blocks.length - 1].output.push(line);
  }
  for (const b of blocks) {
    trimEnd(b.output);
    // "[exit N]" is the block's last line; output without a final newline runs into it.
    const m = EXIT_LINE.exec(b.output[b.output.length - 1] ?? '');
    if (m) {
      b.status = Number(m[2]);
      if (m[1]) b.output[b.output.length - 1] = m[1];
      else b.output.pop();
      trimEnd(b.output);
    }
  }
  return blocks;
}

function trimEnd(lines: string[]): void {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
}

// Commands whose output the kernel prints in hash-table order: their entries are compared as sorted
// lines. (`ip netns list` is not one of them: it is a readdir of a tmpfs, newest first.)
const HASH_ORDER = [
  // `ip [-n NS] [options] neigh`, and nothing else that mentions neigh (sysctl net.ipv4.neigh.*)
  /\bip(\s+-n\s+\S+|\s+-\S+)*\s+neigh(bour)?\b/,
  /\bbridge\b.*\bfdb\b/,
  /\bconntrack\b.*-[LD]/,
  /\bss\b\s+-/,
  // net-tools read /proc/net/arp and /proc/net/{tcp,udp}, walked in hash order too
  /\barp\b/,
  /\bnetstat\b.*\s-\w*[tu]/,
];

function unordered(command: string): boolean {
  return HASH_ORDER.some((re) => re.test(command));
}

// Lines of those listings that are not entries (ss's column header, conntrack's summary on stderr):
// they keep their place, and only the entries between them are sorted.
const FIXED = [
  /^(Netid\s+)?State\s+Recv-Q\s/,
  /^conntrack v[\d.]+ \(conntrack-tools\): /,
  /^Address\s+HWtype\s/,
  /^Active Internet connections /,
  /^Proto Recv-Q Send-Q /,
];

/** Sorts the entries of a hash-ordered listing in place among themselves; every other line stays put. */
export function sortEntries(lines: string[]): string[] {
  const fixed = (l: string) => FIXED.some((re) => re.test(l));
  const entries = lines.filter((l) => !fixed(l)).sort();
  let next = 0;
  return lines.map((l) => (fixed(l) ? l : entries[next++]));
}

// `ipset list` and `ipset save`: a hash set's jhash seed (initval) is drawn at random when it is
// made, and its members are listed in bucket order, which that seed decides. The seed is masked and
// the members of each set (the lines after "Members:", or a save's "add" lines) are compared sorted.
const IPSET_LISTING = /\bipset\b.*\s(list|-L|save|-S)\b/;

export function normaliseIpset(lines: string[]): string[] {
  const out = lines.map((l) => l.replace(/\binitval 0x[0-9a-f]{1,8}\b/, 'initval <random>'));
  const member = (i: number, inMembers: boolean) =>
    inMembers ? out[i] !== '' && !out[i].startsWith('Name: ') : out[i].startsWith('add ');
  let inMembers = false;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 'Members:') {
      inMembers = true;
      continue;
    }
    if (!member(i, inMembers)) {
      inMembers = false;
      continue;
    }
    let j = i;
    while (j < out.length && member(j, inMembers)) j++;
    out.splice(i, j - i, ...out.slice(i, j).sort());
    i = j - 1;
    inMembers = false;
  }
  return out;
}

// Kernel-generated multicast noise: a bridge with an address joins groups and reports them.
const NOISE = [/^01:00:5e:/, /\b224\.0\.0\.\d+\b.*\bunknown\b/, /^unknown\s+2\s/];

function ephemeral(port: string): boolean {
  const n = Number(port);
  return n >= 32768 && n <= 60999;
}

export function normaliseLine(line: string): string {
  return (
    line
      // ping round-trip times and totals
      .replace(/time=\d+(\.\d+)? ms/g, 'time=<rtt> ms')
      .replace(/, time \d+ms/g, ', time <t>ms')
      .replace(/rtt min\/avg\/max\/mdev = [\d./]+ ms/g, 'rtt min/avg/max/mdev = <rtt> ms')
      .replace(/, pipe \d+/g, ', pipe <n>')
      // ICMP echo ids (conntrack) vary per run
      .replace(/\bid=\d+/g, 'id=<id>')
      // Local ports the kernel picks at random (ip_local_port_range 32768–60999), in conntrack
      // tuples and in ss's address columns (same width, so the columns stay aligned)
      .replace(/\b(sport|dport)=(\d{5})\b/g, (m, k: string, p: string) => (ephemeral(p) ? `${k}=<eph>` : m))
      .replace(/(\d+\.\d+\.\d+\.\d+):(\d{5})\b/g, (m, a: string, p: string) =>
        ephemeral(p) ? `${a}:EPHEM` : m,
      )
      // ip -d link: a bridge's garbage-collection timer and a port's forward-delay timer count down
      // in wall-clock time since the bridge or port was set up, which the recorder's pace decides
      // (the field is right-aligned in 7 columns, so its padding goes with it)
      .replace(/\b(gc_timer|forward_delay_timer) +\d+\.\d\d\b/g, '$1 <timer>')
      // conntrack -E -o timestamp: the wall-clock time the listener read the event, before its tag
      .replace(/^\[\d{8,}\.\d{6}\]\t(?= {4}\[NEW\] | \[UPDATE\] |\[DESTROY\] )/, '[<time>]\t')
      // iptables-save's wall-clock time on its first and last line of each table
      .replace(/^# (Generated by iptables-save v[\d.]+ \(nf_tables\)|Completed) on .+$/, '# $1 on <date>')
      // curl's elapsed time in its connect and timeout errors (milliseconds of wall clock)
      .replace(/^(curl: \(\d+\) .*after )\d+( ms: | milliseconds)/, '$1<ms>$2')
      // ss -s: the TCP total and "closed" come from tcp_sockets_allocated and "orphaned" from
      // tcp_orphan_count, which the kernel keeps for the whole machine (every namespace, every
      // process on the host); estab and timewait are the namespace's own
      .replace(
        /^TCP: {3}\d+ \(estab (\d+), closed -?\d+, orphaned \d+, timewait (\d+)\)$/,
        'TCP:   <machine> (estab $1, closed <machine>, orphaned <machine>, timewait $2)',
      )
      // brctl showmacs ageing timer: whole seconds are meaningful, hundredths are not
      .replace(/^(\s+\d+\t[0-9a-f:]{17}\t(?:yes|no)\t\t)\s*(\d+)\.\d+$/, (_m, head: string, secs: string) => {
        return `${head}${secs}s`;
      })
  );
}

export function normaliseBlock(block: Block): Block {
  // tcpdump's own randomness (time stamps, ids, ISNs) is masked by its own rules, before the rest.
  const raw = isTcpdumpBlock(block.command)
    ? normaliseTcpdumpLines(block.output, block.command)
    : block.output;
  const lines = raw.map(normaliseLine);
  let output = lines.filter((l) => !NOISE.some((re) => re.test(l)));
  // conntrack counts the IGMP entries the noise filter removed: count only what is compared.
  const igmp = lines.filter((l) => /^unknown\s+2\s/.test(l)).length;
  if (igmp)
    output = output.map((l) =>
      l.replace(
        /(\d+)( flow entries have been (?:shown|deleted)\.)$/,
        (_m, n: string, rest: string) => `${Number(n) - igmp}${rest}`,
      ),
    );
  output = maskProcessIds(block.command, output);
  output = normaliseCtRequestEvents(output);
  if (unordered(block.command)) output = sortEntries(output);
  if (IPSET_LISTING.test(block.command)) output = normaliseIpset(output);
  if (CT_STATS.test(block.command)) output = sumCtStats(output);
  return { command: block.command, output, status: block.status };
}

// conntrack -E names the netlink port of the process whose request caused an event (conntrack -D,
// -F): `[USERSPACE] portid=N`, then `progname=conntrack` if that process still runs when the listener
// looks it up in /proc. The port is the requester's pid, or a random one for -D's second socket
// (netlink_autobind), and whether the requester has exited by then is a race: the port reads <portid>
// and the name is dropped. The events of one request (a flush of several entries) come in the table's
// hash order, so a run of such [DESTROY] lines is compared sorted. Everything else is kept.
const CT_USERSPACE = / \[USERSPACE\] portid=\d+( progname=\S+)?$/;

export function normaliseCtRequestEvents(lines: string[]): string[] {
  const out = lines.map((l) =>
    l.startsWith('[DESTROY] ') ? l.replace(CT_USERSPACE, ' [USERSPACE] portid=<portid>') : l,
  );
  const requested = (l: string | undefined) => l?.startsWith('[DESTROY] ') && l.endsWith(' portid=<portid>');
  for (let i = 0; i < out.length; i++) {
    if (!requested(out[i])) continue;
    let j = i;
    while (requested(out[j])) j++;
    out.splice(i, j - i, ...out.slice(i, j).sort());
    i = j - 1;
  }
  return out;
}

// conntrack -S prints ip_conntrack_stat once per CPU, and which CPU counted a packet is the
// scheduler's choice: each counter is compared summed over the CPUs. The CPU lines stay (their number
// and each counter's name and place), with their values read as "*", and a "sum" line follows them.
const CT_STATS = /\bconntrack\s+(-S|--stats)\b/;
const CPU_LINE = /^(cpu=\d+ *\t)(.*)$/;

export function sumCtStats(lines: string[]): string[] {
  const sums = new Map<string, number>();
  const out: string[] = [];
  let last = -1;
  for (const l of lines) {
    const m = CPU_LINE.exec(l);
    if (!m) {
      out.push(l);
      continue;
    }
    const masked = m[2].replace(/([a-z_]+)=(\d+)/g, (_s, k: string, n: string) => {
      sums.set(k, (sums.get(k) ?? 0) + Number(n));
      return `${k}=*`;
    });
    out.push(`${m[1]}${masked}`);
    last = out.length;
  }
  if (last >= 0) out.splice(last, 0, `sum\t${[...sums].map(([k, n]) => `${k}=${n}`).join(' ')}`);
  return out;
}

/**
 * ss -p and netstat -p name the process holding each socket by its pid, which the kernel hands out
 * as it likes. In such a listing the pid reads <pid> (ss's `pid=N`, netstat's `N/name` at the end of
 * a line), and trailing spaces are dropped: they pad the Process column to its longest entry, whose
 * length follows the pid's digits. Everything else (names, fds, order, the other columns) is kept.
 */
export function maskProcessIds(command: string, lines: string[]): string[] {
  const ss = lines.some((l) => /\busers:\(\(/.test(l));
  const netstat = /\bnetstat\b/.test(command) && /\bPID\/Program name\b/.test(lines.join('\n'));
  if (!ss && !netstat) return lines;
  return lines.map((l) => {
    let x = l.replace(/\bpid=\d+/g, 'pid=<pid>');
    if (netstat) x = x.replace(/ \d+\/([\w.-]+)(\s*)$/, ' <pid>/$1$2');
    return x.trimEnd();
  });
}

// A bridge made without an address draws a random MAC (eth_hw_addr_random in br_dev_setup), which
// it keeps until its first port lends it its own. Such a MAC is found where the transcript shows that
// bridge's own address (its `ip link` line, `ip -br link`, its local FDB entry, ifconfig's ether), and
// only if the script never wrote it and it is locally administered unicast; then each of its
// occurrences, in colon form and in bridge ids (`8000.f24a8809b97f`, `8000.f2:4a:88:9:b9:7f`), reads
// <random-mac-N>, N counting the random MACs in order of appearance. Two transcripts agree only if
// their random MACs show up in the same places.
const BRIDGE_ADD = [/\bip\b.*\blink\s+add\s+(?:name\s+)?(\S+).*\btype\s+bridge\b/, /\bbrctl\s+addbr\s+(\S+)/];

function randomBridgeNames(blocks: Block[]): Set<string> {
  const names = new Set<string>();
  for (const b of blocks) {
    for (const re of BRIDGE_ADD) {
      const m = re.exec(b.command);
      if (m && !/\saddr(ess)?\s/.test(b.command)) names.add(m[1]);
    }
  }
  return names;
}

function isRandomMac(mac: string, commands: string): boolean {
  const first = Number.parseInt(mac.slice(0, 2), 16);
  return mac !== '00:00:00:00:00:00' && (first & 3) === 2 && !commands.includes(mac);
}

/** Masks the random MACs of bridges made without an address (see above); other lines are untouched. */
export function maskRandomBridgeMacs(blocks: Block[]): Block[] {
  const names = randomBridgeNames(blocks);
  if (names.size === 0) return blocks;
  const commands = blocks.map((b) => b.command.toLowerCase()).join('\n');
  const found: string[] = [];
  const note = (name: string, mac: string | undefined) => {
    if (mac && names.has(name) && isRandomMac(mac, commands) && !found.includes(mac)) found.push(mac);
  };
  for (const b of blocks) {
    b.output.forEach((l, i) => {
      let m = /^\d+: ([^:@\s]+)(?:@\S+)?: </.exec(l);
      if (m) note(m[1], /^\s+link\/ether ([0-9a-f:]{17}) /.exec(b.output[i + 1] ?? '')?.[1]);
      m = /^([^:\s]+): flags=/.exec(l);
      if (m) {
        const ether = b.output.slice(i + 1, i + 5).map((x) => /^\s+ether ([0-9a-f:]{17}) /.exec(x)?.[1]);
        note(
          m[1],
          ether.find((x) => x !== undefined),
        );
      }
      m = /^(\S+)\s+[A-Z]+\s+([0-9a-f:]{17}) </.exec(l);
      if (m) note(m[1], m[2]);
      m = /^([0-9a-f:]{17}) dev (\S+) (?:vlan \d+ )?master (\S+) permanent$/.exec(l);
      if (m && m[2] === m[3]) note(m[2], m[1]);
    });
  }
  if (found.length === 0) return blocks;
  const forms = found.map((mac, n) => {
    const octets = mac.split(':');
    const id = (x: string) => new RegExp(`\\b([0-9a-f]{4})\\.${x}\\b`, 'g');
    return {
      mac: new RegExp(`\\b${mac}\\b`, 'g'),
      compact: id(octets.join('')),
      unpadded: id(octets.map((o) => Number.parseInt(o, 16).toString(16)).join(':')),
      label: `<random-mac-${n + 1}>`,
    };
  });
  const mask = (l: string) =>
    forms.reduce(
      (x, f) =>
        x.replace(f.mac, f.label).replace(f.compact, `$1.${f.label}`).replace(f.unpadded, `$1.${f.label}`),
      l,
    );
  return blocks.map((b) => ({ ...b, output: b.output.map(mask) }));
}

export interface BlockDiff {
  index: number;
  command: string;
  expected: string[];
  actual: string[];
  expectedStatus: number;
  actualStatus: number;
}

/** What a comparison covered: blocks whose command printed something on the kernel, and the rest. */
export interface BlockCounts {
  total: number;
  /** Blocks whose command printed at least one line on the kernel. */
  printing: number;
  /** Blocks with a non-zero exit status on the kernel. */
  failing: number;
}

// Compares two transcripts block by block after normalisation. Returns the blocks that disagree.
export function diffTranscripts(
  expectedText: string,
  actualText: string,
): BlockCounts & { diffs: BlockDiff[] } {
  const expected = maskRandomFullyPorts(maskRandomBridgeMacs(parseTranscript(expectedText))).map(
    normaliseBlock,
  );
  const actual = maskRandomFullyPorts(maskRandomBridgeMacs(parseTranscript(actualText))).map(normaliseBlock);
  const diffs: BlockDiff[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const same =
      e &&
      a &&
      e.command === a.command &&
      e.status === a.status &&
      e.output.length === a.output.length &&
      e.output.every((l, j) => l === a.output[j]);
    if (!same) {
      diffs.push({
        index: i,
        command: e?.command ?? a?.command ?? '',
        expected: e?.output ?? [],
        actual: a?.output ?? [],
        expectedStatus: e?.status ?? 0,
        actualStatus: a?.status ?? 0,
      });
    }
  }
  return {
    total: expected.length,
    printing: expected.filter((b) => b.output.length > 0).length,
    failing: expected.filter((b) => b.status !== 0).length,
    diffs,
  };
}

// MASQUERADE --random-fully (NF_NAT_RANGE_PROTO_RANDOM_FULLY) gives every new connection a random
// source port, which conntrack shows as the reply tuple's dport. In a script that uses --random-fully,
// and only in a conntrack line whose source was rewritten (the reply goes to another address than the
// original source) and whose port was changed (reply dport ≠ original sport), that one port reads
// <random>. Addresses, the original tuple and a port kept unchanged are still compared: a port the
// engine randomises where the kernel kept it (or the reverse) is still a difference.
const TUPLE = /src=(\S+) dst=(\S+) sport=(\d+) dport=(\d+)/g;

export function maskRandomFullyLine(line: string): string {
  const t = [...line.matchAll(TUPLE)];
  if (t.length < 2) return line;
  const [orig, reply] = t;
  if (reply[2] === orig[1] || reply[4] === orig[3]) return line;
  const at = reply.index! + reply[0].length - reply[4].length;
  return `${line.slice(0, at)}<random>${line.slice(at + reply[4].length)}`;
}

/** Masks the random-fully ports of conntrack listings when the script uses --random-fully (above). */
export function maskRandomFullyPorts(blocks: Block[]): Block[] {
  if (!blocks.some((b) => /--random-fully\b/.test(b.command))) return blocks;
  return blocks.map((b) =>
    /\bconntrack\b/.test(b.command) ? { ...b, output: b.output.map(maskRandomFullyLine) } : b,
  );
}

/** A block's output as a transcript shows it: the lines, then "[exit N]" for a non-zero status. */
export function shownOutput(output: string[], status: number): string[] {
  return status === 0 ? output : [...output, `[exit ${status}]`];
}
