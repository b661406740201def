// Transcripts are "$ <command>" lines, each followed by what the command printed. This module splits
// them into blocks and normalises what legitimately varies between two kernel runs, so the kernel's
// golden and the engine's output (or two kernel runs) can be compared block by block.

export interface Block {
  command: string;
  output: string[];
}

export function parseTranscript(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) blocks.push({ command: line.slice(2), output: [] });
    else if (blocks.length > 0) blocks[blocks.length - 1].output.push(line);
  }
  for (const b of blocks) {
    while (b.output.length > 0 && b.output[b.output.length - 1] === '') b.output.pop();
  }
  return blocks;
}

// Commands whose output the kernel prints in hash-table order: compared as sorted lines.
const HASH_ORDER = [
  /\bip\b.*\bneigh(bour)?\b/,
  /\bbridge\b.*\bfdb\b/,
  /\bconntrack\b.*-[LD]/,
  /\bss\b\s+-/,
  /\bip\b.*\bnetns\b(\s+(list|show))?\s*$/,
];

function unordered(command: string): boolean {
  return HASH_ORDER.some((re) => re.test(command));
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
      // brctl showmacs ageing timer: whole seconds are meaningful, hundredths are not
      .replace(/^(\s+\d+\t[0-9a-f:]{17}\t(?:yes|no)\t\t)\s*(\d+)\.\d+$/, (_m, head: string, secs: string) => {
        return `${head}${secs}s`;
      })
  );
}

export function normaliseBlock(block: Block): Block {
  const lines = block.output.map(normaliseLine);
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
  if (unordered(block.command)) output = [...output].sort();
  return { command: block.command, output };
}

export interface BlockDiff {
  index: number;
  command: string;
  expected: string[];
  actual: string[];
}

// Compares two transcripts block by block after normalisation. Returns the blocks that disagree.
export function diffTranscripts(
  expectedText: string,
  actualText: string,
): { total: number; diffs: BlockDiff[] } {
  const expected = parseTranscript(expectedText).map(normaliseBlock);
  const actual = parseTranscript(actualText).map(normaliseBlock);
  const diffs: BlockDiff[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const same =
      e &&
      a &&
      e.command === a.command &&
      e.output.length === a.output.length &&
      e.output.every((l, j) => l === a.output[j]);
    if (!same) {
      diffs.push({
        index: i,
        command: e?.command ?? a?.command ?? '',
        expected: e?.output ?? [],
        actual: a?.output ?? [],
      });
    }
  }
  return { total: expected.length, diffs };
}
