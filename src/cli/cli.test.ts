import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '../../bin/netns-lab.cjs');

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
}

describe('netns-lab CLI', () => {
  // bin/ runs the pre-built bundle (dist-cli/), building it first when it is missing or stale: this
  // first call does that, so the tests below see exactly what a user's `npx netns-lab` runs.
  beforeAll(() => {
    const r = cli([]);
    expect(r.status, r.stderr).toBe(2);
  }, 180_000);
  const dir = mkdtempSync(join(tmpdir(), 'netns-lab-'));
  const file = join(dir, 'topo.sh');
  writeFileSync(
    file,
    'ip netns add a\n\n# a comment\nnc -l 80\nip link add v0 type veth peer name eth0 netns a\nip -n a -br link\n',
  );

  it('run prints the transcript and lists unmodelled lines with their line numbers on stderr', () => {
    const r = cli(['run', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('$ ip -n a -br link\nlo               DOWN');
    expect(r.stdout).toContain('eth0@if2         DOWN');
    expect(r.stderr).toBe(`netns-lab: ${file}:4: not modelled: nc -l 80\n`);
  });

  it('run lists lines a bound stopped with their line numbers on stderr', () => {
    const deep = join(dir, 'deep.sh');
    writeFileSync(deep, `ip netns add a\n${'ip -4 netns exec a '.repeat(101)}ip link show lo\n`);
    const r = cli(['run', deep]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('netns-lab: stopped: commands nested more than 100 deep\n[exit 2]\n');
    expect(r.stderr).toBe(`netns-lab: ${deep}:2: stopped: commands nested more than 100 deep\n`);
  });

  it('export prints a runnable script', () => {
    const r = cli(['export', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ip netns add a\n');
    expect(r.stdout).toMatch(
      /ip link add v0 address [0-9a-f:]{17} type veth peer name eth0 address [0-9a-f:]{17} netns a\n/,
    );
  });

  it('stops quietly when its reader goes away (| head), with no stack trace', () => {
    const long = join(dir, 'long.sh');
    writeFileSync(long, `ip netns add a\n${'ip -n a link show\n'.repeat(3000)}`);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" run "${long}" | head -n 1`], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe('$ ip netns add a\n');
    expect(r.stderr).toBe('');
  });

  it('run --out DIR writes the files the script created: a pcap from tcpdump -w, a log from 2>', () => {
    const cap = join(dir, 'cap.sh');
    writeFileSync(
      cap,
      [
        'ip netns add a',
        'ip netns add b',
        'ip link add va netns a type veth peer name vb netns b',
        'ip -n a addr add 10.0.0.1/24 dev va',
        'ip -n b addr add 10.0.0.2/24 dev vb',
        'ip -n a link set va up',
        'ip -n b link set vb up',
        'ip netns exec a tcpdump -i va -c 4 -w va.pcap 2>cap.log &',
        'ip netns exec a ping -c 1 10.0.0.2',
        'tcpdump -i vb -c 1 -w /tmp/vb.pcap &',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    const r = cli(['run', cap, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const pcap = readFileSync(join(out, 'va.pcap'));
    expect(pcap.readUInt32LE(0)).toBe(0xa1b2c3d4);
    expect(pcap.readUInt32LE(20)).toBe(1); // LINKTYPE_ETHERNET
    expect(pcap.length).toBe(24 + 4 * 16 + 42 + 42 + 98 + 98);
    expect(readFileSync(join(out, 'cap.log'), 'utf8')).toBe(
      'tcpdump: listening on va, link-type EN10MB (Ethernet), snapshot length 262144 bytes\n4 packets captured\n4 packets received by filter\n0 packets dropped by kernel\n',
    );
    // The capture in the host namespace failed (no vb there): its file was never created.
    expect(() => readFileSync(join(out, 'tmp/vb.pcap'))).toThrow();
  });

  it('starts from the V8 code cache beside the bundle, and replaces a cache V8 cannot use', () => {
    const cache = join(import.meta.dirname, '../../dist-cli/netns-lab.cjs.v8cache');
    expect(cli(['run', file]).status).toBe(0);
    expect(statSync(cache).size).toBeGreaterThan(10_000);
    const junk = Buffer.alloc(5000, 7);
    writeFileSync(cache, junk);
    const r = cli(['run', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('$ ip -n a -br link\nlo               DOWN');
    expect(readFileSync(cache).equals(junk)).toBe(false);
  });

  it('explains how to call it and fails on a missing file', () => {
    expect(cli([]).stderr).toMatch(/^Usage: netns-lab run FILE/);
    const r = cli(['run', join(dir, 'nope.sh')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*nope\.sh: ENOENT/);
  });

  it('refuses a bad argument with a message naming it, never a silent default', () => {
    const bad: [string[], string][] = [
      [['run', file, '--seed', 'abc'], '--seed wants an integer from 0 to 4294967295, not "abc"'],
      [['run', file, '--seed', '1.5'], 'not "1.5"'],
      [['run', file, '--seed', '-1'], 'not "-1"'],
      [['run', file, '--seed', '4294967296'], 'not "4294967296"'],
      [['run', file, '--seed'], 'option --seed needs a value'],
      [['run', file, 'other.sh'], 'unexpected argument other.sh'],
      [['run', file, '-x'], 'unknown option -x'],
      [['run'], 'run needs a FILE'],
      [['frob', file], 'unknown command frob'],
    ];
    for (const [args, msg] of bad) {
      const r = cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`netns-lab: `);
      expect(r.stderr).toContain(msg);
      expect(r.stdout).toBe('');
    }
    // The same seed however it is written, and a different one gives different MACs.
    const a = cli(['export', file, '--seed', '7']);
    expect(a.status).toBe(0);
    expect(cli(['export', '--seed=7', file]).stdout).toBe(a.stdout);
    expect(cli(['export', file, '--seed', '8']).stdout).not.toBe(a.stdout);
  }, 30_000);
});
