// conntrack -E beyond what the kernel scenario ct31 can record: expired entries (their [DESTROY]
// comes from the GC worker's next pass, or earlier from a lookup or a dump that meets them), the
// signals, the foreground forms, and the -e word parsing.
import { describe, expect, it } from 'vitest';
import { SEC } from '../engine/sim/clock.ts';
import type { ForegroundJob } from './context.ts';
import { Session } from './session.ts';

const TOPO = `ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a iptables -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
`;

function lab(): Session {
  const s = new Session({ seed: 3 });
  s.run(TOPO);
  return s;
}

const destroys = (text: string) => text.split('\n').filter((l) => l.startsWith('[DESTROY] '));

describe('conntrack -E and expired entries', () => {
  it('shows an expired entry destroyed at the GC pass after its timeout, without a timeout field', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E &\n');
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\n');
    const pinged = s.world.clock.now;
    // The entry expires 30 s after the reply; the worker's passes are a minute apart with one entry.
    const before = s.run('sleep 29\n');
    expect(destroys(before)).toEqual([]);
    let out = '';
    let at = 0;
    for (let i = 0; i < 70 && destroys(out).length === 0; i++) {
      out += s.run('sleep 1\n');
      at = s.world.clock.now;
    }
    expect(destroys(out)).toEqual([
      '[DESTROY] icmp     1 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=16384 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=16384',
    ]);
    expect(at - pinged).toBeGreaterThanOrEqual(30 * SEC);
    expect(at - pinged).toBeLessThanOrEqual(91 * SEC);
  });

  it('the GC passes come every 60 s less a jiffy while the table is idle, then as its entries make it', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E &\n');
    // Passes at 1 s, 60.996 s, 120.992 s. The entry of a ping at 94.99 s has 3.998 s left at the
    // third, which averages the next one to 60 + (3.998 - 60) / 101 s later, less a jiffy: 180.4335 s.
    s.run('sleep 94.99\n');
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\n');
    expect(destroys(s.run('sleep 85.44\n'))).toEqual([]);
    expect(destroys(s.run('sleep 0.01\n'))).toHaveLength(1);
  });

  it('a listener opened long after an entry expired hears of it at the next pass of the idle rhythm', () => {
    const s = lab();
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\nsleep 200\n');
    s.run('ip netns exec a conntrack -E &\n');
    // Passes at 1 + k × 59.996 s: the first after 200 s is at 240.984 s.
    expect(destroys(s.run('sleep 40.98\n'))).toEqual([]);
    expect(destroys(s.run('sleep 0.01\n'))).toHaveLength(1);
  });

  it('a dump that meets an expired entry kills it before listing (ctnetlink_dump_table)', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E &\nip netns exec a ping -c 1 10.0.0.2 > /dev/null\n');
    // 30.5 s after the pass at 1 s: the entry is expired, the next pass is at 60.996 s.
    s.run('sleep 30.5\n');
    const out = s.run('ip netns exec a conntrack -L\n');
    expect(out.split('\n').slice(1, 3)).toEqual([
      '[DESTROY] icmp     1 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=16384 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=16384',
      'conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.',
    ]);
  });

  it('a packet of an expired connection kills it and starts a new one', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E -p udp &\nip netns exec b nc -l -u 5000 > /dev/null &\n');
    s.run('ip netns exec a nc -z -v -u -w 1 -p 40000 10.0.0.2 5000\n');
    s.run('sleep 30.5\n');
    const out = s.run('ip netns exec a nc -z -v -u -w 1 -p 40000 10.0.0.2 5000\n');
    const events = out.split('\n').filter((l) => /^ *\[/.test(l));
    expect(events.map((l) => l.slice(0, 10))).toEqual(['[DESTROY] ', '    [NEW] ']);
  });
});

describe('conntrack -E as a process', () => {
  it('SIGTERM and SIGINT print the count; SIGKILL and SIGHUP end it silently', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E &\n');
    expect(s.run('pkill -INT conntrack\n')).toBe(
      '$ pkill -INT conntrack\nconntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n',
    );
    s.run('ip netns exec a conntrack -E &\n');
    expect(s.run('pkill -9 conntrack\n')).toBe('$ pkill -9 conntrack\n');
    expect(s.exec('pkill conntrack').status).toBe(1);
  });

  it('in the foreground it needs timeout, which ends it with 124; alone it would never return', () => {
    const s = lab();
    const t0 = s.world.clock.now;
    const r = s.exec('timeout 2 ip netns exec a conntrack -E');
    expect(r.output).toBe('conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n');
    expect(r.status).toBe(124);
    expect(s.world.clock.now - t0).toBe(2 * SEC);
    const f = s.exec('ip netns exec a conntrack -E');
    expect(f.output).toMatch(/^netns-lab: unsupported: this conntrack -E would keep waiting/);
    expect(f.status).toBe(2);
  });

  it('a listener in one namespace hears only that namespace', () => {
    const s = lab();
    s.run('ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW -j ACCEPT\n');
    s.run('ip netns exec b conntrack -E -e NEW > b.txt 2>&1 &\n');
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\npkill conntrack\n');
    const b = s.run('cat b.txt\n').split('\n').slice(1);
    expect(b[0]).toMatch(/^ {4}\[NEW\] icmp {5}1 30 src=10\.0\.0\.1 dst=10\.0\.0\.2 /);
    expect(b[1]).toBe('conntrack v1.4.7 (conntrack-tools): 1 flow events have been shown.');
  });
});

describe('conntrack -E -e', () => {
  const mask = (arg: string) => lab().exec(`timeout 1 ip netns exec a conntrack -E -e ${arg}`).output;
  it('reads each word as a prefix of NEW, UPDATES, DESTROY or ALL, SRC_NAT/DST_NAT first', () => {
    expect(mask('upd,n')).toBe('conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n');
    expect(mask('s')).toBe(
      'WARNING: ignoring SRC_NAT, use --src-nat instead\nconntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n',
    );
    expect(mask('NEWS')).toBe(
      "conntrack v1.4.7 (conntrack-tools): Bad parameter `NEWS'\nTry `conntrack -h' or 'conntrack --help' for more information.\n",
    );
    expect(mask(',NEW')).toContain("Bad parameter `,NEW'");
  });
  it('is refused with -L', () => {
    const r = lab().exec('conntrack -L -e NEW');
    expect(r.output).toBe(
      "conntrack v1.4.7 (conntrack-tools): Illegal option `--event-mask' with this command\nTry `conntrack -h' or 'conntrack --help' for more information.\n",
    );
    expect(r.status).toBe(2);
  });
  it('chooses which events are shown', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E -e UPDATES &\n');
    const out = s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\n');
    expect(out.split('\n').filter((l) => l.includes('['))).toHaveLength(1);
    expect(out).toContain(' [UPDATE] icmp');
  });
});

describe('conntrack -E -o', () => {
  it('reads prefixes (e is extended), takes userspace as the no-op it is, and refuses -L -o timestamp', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E -o e,userspace -e n > e.txt 2>&1 &\n');
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\npkill conntrack\n');
    expect(s.run('cat e.txt\n').split('\n')[1]).toMatch(/^ {4}\[NEW\] ipv4 {5}2 icmp {5}1 30 /);
    expect(s.exec('conntrack -L -o timestamp').output).toMatch(
      /^netns-lab: unsupported: conntrack -o timestamp/,
    );
    expect(s.exec('timeout 1 conntrack -E -o xml').output).toMatch(
      /^netns-lab: unsupported: conntrack -o xml/,
    );
  });
  it('-o timestamp prints the virtual time as seconds and microseconds, padded as "%-.8ld.%-.6ld"', () => {
    const s = lab();
    s.run('ip netns exec a conntrack -E -o timestamp -e NEW > t.txt &\nsleep 2.5\n');
    s.run('ip netns exec a ping -c 1 10.0.0.2 > /dev/null\npkill conntrack\n');
    const line = s.run('cat t.txt\n').split('\n')[1];
    expect(line).toMatch(/^\[00000002\.5\d{5}\]\t {4}\[NEW\] icmp /);
  });
});

describe('conntrack -E in a terminal', () => {
  it('runs until Ctrl+C, then prints the count and exits 0', () => {
    const s = lab();
    let job: ForegroundJob | undefined;
    let shown = '';
    const r = s.exec('ip netns exec a conntrack -E', '', {
      onWrite: (t) => {
        shown += t;
      },
      foreground: (j) => {
        job = j;
      },
    });
    expect(r.status).toBe(0);
    const t0 = s.world.clock.now;
    expect(job?.advance(t0 + 5 * SEC)).toBe(false);
    expect(s.world.clock.now).toBe(t0 + 5 * SEC);
    job?.interrupt();
    expect(job?.finish()).toBe(0);
    expect(shown).toBe('conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n');
  });

  it('a replay of an interrupted line stops it at the same virtual time', () => {
    const s = lab();
    const t0 = s.world.clock.now;
    const r = s.exec('ip netns exec a conntrack -E', '', { interruptAt: t0 + 3 * SEC });
    expect(r).toMatchObject({
      status: 0,
      output: 'conntrack v1.4.7 (conntrack-tools): 0 flow events have been shown.\n',
    });
    expect(s.world.clock.now).toBe(t0 + 3 * SEC);
  });
});
