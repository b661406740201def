// `tcpdump -r` of damaged files against the real tcpdump 4.99 (libpcap 1.10): the files two
// writers leave (src/shell/files.ts: each writer at its own offset), files cut short, holes of
// zeros, and record headers with extreme lengths and time stamps. Each is made from pcaps the
// scenarios write, read by netns-lab and by the real tcpdump with several flag sets: every line must
// be the same, or say `netns-lab: unsupported` where netns-lab does not follow the bytes; never an
// internal error. The real tcpdump runs in a network namespace of its own (`unshare -n`: only lo, as
// in a fresh lab, so LINUX_SLL2's interface column names the same devices); skipped, with a message,
// when tcpdump is missing or that namespace cannot be made (not root).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../src/engine/sim/rng.ts';
import { PCAP_FILE_HEADER_LEN, PCAP_RECORD_HEADER_LEN, parsePcap } from '../src/engine/wire/pcap.ts';
import { Session } from '../src/shell/session.ts';
import { SCENARIO_DIR } from './harness.ts';

const hasTcpdump = spawnSync('unshare', ['-n', 'tcpdump', '--version'], { encoding: 'utf8' }).status === 0;
if (!hasTcpdump)
  console.warn(
    'pcap-damaged.test.ts: SKIPPED, needs tcpdump (apt-get install tcpdump) and root (unshare -n)',
  );

/** The pcaps some scenarios write (Ethernet, LINUX_SLL2 with -i any, cut by -s too), and a LINUX_SLL one. */
function capturedFiles(): Uint8Array[] {
  const files: Uint8Array[] = [];
  for (const name of ['td01-veth-capture-read', 'td10-any', 'td23-snaplen', 'td25-default-device']) {
    const session = new Session({ seed: 1 });
    session.run(readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8'));
    for (const f of session.files.list())
      if (f.path.endsWith('.pcap') && f.data.length > 0) files.push(f.data);
  }
  // LINUX_SLL: tcpdump without -i, in a namespace where "any" is the best device.
  const session = new Session({ seed: 1 });
  session.run(
    'ip netns add a\nip netns exec a tcpdump -c 4 -w sll.pcap &\nip -n a link set lo up\nip netns exec a ping -c 2 127.0.0.1',
  );
  files.push(session.files.read('sll.pcap')!);
  return files;
}

const u32 = (b: Uint8Array, at: number, v: number) =>
  new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);

/** Record header offsets of a well-formed file. */
function recordOffsets(b: Uint8Array): number[] {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const at: number[] = [];
  for (let o = PCAP_FILE_HEADER_LEN; o + PCAP_RECORD_HEADER_LEN <= b.length; ) {
    at.push(o);
    o += PCAP_RECORD_HEADER_LEN + v.getUint32(o + 8, true);
  }
  return at;
}

const EXTREME = [
  0, 1, 13, 19, 59, 60, 999_999, 1_000_000, 262_144, 262_145, 0x7fffffff, 0x80000000, 0xffffffff,
];

/** One damaged file, the same for the same seed. */
function damaged(seed: number, files: Uint8Array[]): { what: string; data: Uint8Array } {
  const rng = new Rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length)];
  const a = pick(files);
  switch (rng.int(0, 5)) {
    case 0: {
      // Two writers: the later one's bytes over the earlier one's, the rest left as it was.
      const b = pick(files).subarray(0, rng.int(PCAP_FILE_HEADER_LEN, 2000));
      const out = new Uint8Array(Math.max(a.length, b.length));
      out.set(a);
      out.set(b);
      return { what: `${b.length} bytes written over ${a.length}`, data: out };
    }
    case 1: {
      const n = rng.int(0, a.length);
      return { what: `cut at ${n}`, data: a.slice(0, n) };
    }
    case 2: {
      // A writer whose file another truncated: zeros up to where it writes next.
      const at = rng.int(PCAP_FILE_HEADER_LEN, a.length);
      const out = a.slice();
      out.fill(0, PCAP_FILE_HEADER_LEN, at);
      return { what: `zeros up to ${at}`, data: out };
    }
    case 3: {
      const out = a.slice();
      const recs = recordOffsets(out);
      const r = pick(recs);
      const field = pick([0, 4, 8, 12]);
      const v = pick(EXTREME);
      u32(out, r + field, v);
      return { what: `record at ${r}: field ${field} = ${v}`, data: out };
    }
    default: {
      const out = a.slice();
      const v = pick(EXTREME);
      u32(out, 16, v);
      return { what: `snaplen ${v}`, data: out };
    }
  }
}

/** Lines netns-lab's tcpdump prints, stdout and stderr apart, and its exit status. */
function ours(data: Uint8Array, flags: string[]): { out: string[]; err: string[]; status: number } {
  const session = new Session({ seed: 1 });
  session.files.write('x.pcap', data);
  const [line] = session.runLines(`tcpdump -r x.pcap ${flags.join(' ')} 2>err.txt`);
  const lines = (s: string) => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));
  return {
    out: lines(line.output),
    err: lines(new TextDecoder().decode(session.files.read('err.txt'))),
    status: line.status,
  };
}

const FLAG_SETS = [
  ['-nn', '-t'],
  ['-nn'],
  ['-tt', '-e'],
  ['-nn', '-v', '-tttt'],
  ['-nn', '-ttt', '-#'],
  ['-nn', '-x', '-ttttt'],
];

describe.skipIf(!hasTcpdump)('tcpdump -r of damaged files, against the real tcpdump', () => {
  const files = capturedFiles();
  const dir = mkdtempSync(join(tmpdir(), 'netns-lab-damaged-'));

  it('has captures of each link type', () => {
    const types = new Set(files.map((f) => parsePcap(f).linktype));
    expect([...types].sort((x, y) => x - y)).toEqual([1, 113, 276]);
  });

  it('150 damaged files: the same lines, or unsupported', () => {
    const problems: string[] = [];
    let unsupported = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const { what, data } = damaged(seed, files);
      const path = join(dir, `d${seed}.pcap`);
      writeFileSync(path, data);
      const flags = FLAG_SETS[seed % FLAG_SETS.length];
      const r = spawnSync('unshare', ['-n', 'tcpdump', '-r', path, ...flags], {
        encoding: 'latin1',
        env: { LC_ALL: 'C' },
      });
      const theirs = {
        out: r.stdout.split('\n').slice(0, -1),
        err: r.stderr.replaceAll(path, 'x.pcap').split('\n').slice(0, -1),
        status: r.status,
      };
      const o = ours(data, flags);
      const label = `damaged(${seed}) (${what}) with ${flags.join(' ')}`;
      if (o.out.some((l) => l.includes('internal error')) || o.status === 70)
        problems.push(`${label}: internal error`);
      if (o.err.some((l) => l.includes('netns-lab: unsupported'))) {
        unsupported++;
        continue;
      }
      if (o.status !== theirs.status) problems.push(`${label}: exit ${o.status}, tcpdump ${theirs.status}`);
      if (o.err.join('\n') !== theirs.err.join('\n'))
        problems.push(`${label}: stderr\n${o.err.join('\n')}\n  tcpdump:\n${theirs.err.join('\n')}`);
      // A packet netns-lab does not decode is one line where tcpdump may print several (a hex dump
      // of what it does not know): the lines up to the first such packet must be the same.
      const cut = o.out.findIndex((l) => l.includes('[netns-lab: unsupported: '));
      if (cut >= 0) unsupported++;
      const mine = cut >= 0 ? o.out.slice(0, cut) : o.out;
      const real = cut >= 0 ? theirs.out.slice(0, cut) : theirs.out;
      if (mine.join('\n') !== real.join('\n'))
        problems.push(`${label}: stdout\n${o.out.join('\n')}\n  tcpdump:\n${theirs.out.join('\n')}`);
    }
    expect(problems).toEqual([]);
    // Most damage is followed exactly; netns-lab gives up only on bytes it does not decode.
    expect(unsupported).toBeLessThan(25);
  }, 120_000);
});
