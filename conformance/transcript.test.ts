// The normaliser must hide only what the kernel randomises. These tests feed it pairs of transcripts
// that differ in something real and check that the difference is still reported.

import { describe, expect, it } from 'vitest';
import { diffTranscripts, normaliseLine, parseTranscript, sortEntries } from './transcript.ts';

function differs(cmd: string, a: string[], b: string[]): boolean {
  const t = (lines: string[]) => `$ ${cmd}\n${lines.map((l) => `${l}\n`).join('')}`;
  return diffTranscripts(t(a), t(b)).diffs.length > 0;
}

describe('transcript parsing', () => {
  it('reads "[exit N]" as the block status and compares it', () => {
    const [b] = parseTranscript('$ ip link del nope\nCannot find device "nope"\n[exit 1]\n');
    expect(b).toEqual({ command: 'ip link del nope', output: ['Cannot find device "nope"'], status: 1 });
    expect(differs('false', ['[exit 1]'], [])).toBe(true);
    expect(differs('false', ['[exit 1]'], ['[exit 2]'])).toBe(true);
    expect(differs('false', ['[exit 1]'], ['[exit 1]'])).toBe(false);
  });

  it('takes "[exit N]" after output without a final newline', () => {
    const [b] = parseTranscript('$ printf x; false\nx[exit 1]\n$ true\n');
    expect(b.output).toEqual(['x']);
    expect(b.status).toBe(1);
  });

  it('counts blocks that print something apart from silent ones, and non-zero exits', () => {
    const text =
      '$ ip netns add a\n$ ip netns list\na\n$ ip netns add a\nCannot create\n[exit 1]\n$ false\n[exit 1]\n';
    const r = diffTranscripts(text, text);
    expect(r).toMatchObject({ total: 4, printing: 2, failing: 2, diffs: [] });
  });
});

describe('the normaliser does not hide real differences', () => {
  it('keeps the order of a deterministic listing', () => {
    expect(
      differs(
        'ip route',
        ['default via 10.0.0.1 dev v1', '10.0.0.0/24 dev v1'],
        ['10.0.0.0/24 dev v1', 'default via 10.0.0.1 dev v1'],
      ),
    ).toBe(true);
    expect(differs('ip -br link', ['lo UNKNOWN', 'v1 UP'], ['v1 UP', 'lo UNKNOWN'])).toBe(true);
    expect(
      differs(
        'iptables -S',
        ['-A INPUT -j DROP', '-A INPUT -j ACCEPT'],
        ['-A INPUT -j ACCEPT', '-A INPUT -j DROP'],
      ),
    ).toBe(true);
  });

  it("masks only an ipset seed and the order of each set's members", () => {
    const set = (seed: string, members: string[], name = 's') => [
      `Name: ${name}`,
      'Type: hash:ip',
      `Header: family inet hashsize 1024 maxelem 65536 bucketsize 12 initval ${seed}`,
      'Members:',
      ...members,
    ];
    expect(
      differs('ipset list', set('0x1', ['10.0.0.1', '10.0.0.2']), set('0x2', ['10.0.0.2', '10.0.0.1'])),
    ).toBe(false);
    expect(
      differs('ipset list', set('0x1', ['10.0.0.1', '10.0.0.2']), set('0x1', ['10.0.0.1', '10.0.0.3'])),
    ).toBe(true);
    expect(differs('ipset list', set('0x1', ['10.0.0.1']), set('0x1', ['10.0.0.1', '10.0.0.1']))).toBe(true);
    // Members do not move between sets, nor does a set's name.
    const two = (a: string[], b: string[]) => [...set('0x1', a, 'a'), '', ...set('0x1', b, 'b')];
    expect(differs('ipset list', two(['1.1.1.1'], ['2.2.2.2']), two(['2.2.2.2'], ['1.1.1.1']))).toBe(true);
    expect(
      differs('ipset save', ['add a 1.1.1.1', 'add a 2.2.2.2'], ['add a 2.2.2.2', 'add a 1.1.1.1']),
    ).toBe(false);
    expect(
      differs('ipset save', ['add a 1.1.1.1', 'add b 2.2.2.2'], ['add a 2.2.2.2', 'add b 1.1.1.1']),
    ).toBe(true);
    // Elsewhere the order of lines still counts.
    expect(differs('ipset list -n', ['a', 'b'], ['b', 'a'])).toBe(true);
  });

  it('keeps the order of ip netns list (newest first on the kernel)', () => {
    expect(differs('ip netns list', ['blue', 'red'], ['red', 'blue'])).toBe(true);
    expect(differs('ip netns', ['blue', 'red'], ['red', 'blue'])).toBe(true);
  });

  it('sorts ip neigh only, not other commands that mention neigh', () => {
    const a = ['net.ipv4.neigh.v0.retrans_time_ms = 1000', 'net.ipv4.neigh.v0.retrans_time = 100'];
    expect(
      differs(
        'ip netns exec n sysctl net.ipv4.neigh.v0.retrans_time_ms net.ipv4.neigh.v0.retrans_time',
        a,
        [...a].reverse(),
      ),
    ).toBe(true);
    const n = ['10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 STALE', '10.0.0.3 dev v1 FAILED'];
    for (const cmd of [
      'ip neigh',
      'ip -n a neigh show',
      'ip -4 -s neigh',
      'ip netns exec a ip neigh',
      'ip -n a neighbour',
    ])
      expect(differs(cmd, n, [...n].reverse())).toBe(false);
  });

  it('sorts only the entries of a hash-ordered listing', () => {
    expect(
      differs(
        'ip neigh',
        ['10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 REACHABLE', '10.0.0.3 dev v1 FAILED'],
        ['10.0.0.3 dev v1 FAILED', '10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 REACHABLE'],
      ),
    ).toBe(false);
    expect(
      differs(
        'ip neigh',
        ['10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 REACHABLE'],
        ['10.0.0.2 dev v1 lladdr 02:00:00:00:00:02 STALE'],
      ),
    ).toBe(true);
  });

  it('notices a moved header in a sorted listing', () => {
    const header = 'State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess';
    const entry = 'LISTEN 0      1           10.0.0.3:443       0.0.0.0:*          ';
    expect(differs('ss -ltn', [header, entry], [entry, header])).toBe(true);
    const summary = 'conntrack v1.4.7 (conntrack-tools): 1 flow entries have been shown.';
    const flow =
      'icmp     1 29 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7 src=10.0.0.2 dst=10.0.0.1 type=0 code=0 id=7 mark=0 use=1';
    expect(differs('conntrack -L', [summary, flow], [flow, summary])).toBe(true);
    expect(sortEntries(['H', 'b', 'a'])).toEqual(['H', 'a', 'b']);
    expect(sortEntries([header, 'b', 'a'])).toEqual([header, 'a', 'b']);
  });

  it('masks ephemeral ports only', () => {
    expect(normaliseLine('tcp 10.0.0.1:45000')).toBe('tcp 10.0.0.1:EPHEM');
    expect(normaliseLine('sport=45000 dport=8080')).toBe('sport=<eph> dport=8080');
    for (const port of ['8080', '30000', '61000', '65535', '32767']) {
      expect(normaliseLine(`10.0.0.1:${port}`)).toBe(`10.0.0.1:${port}`);
      expect(normaliseLine(`sport=${port}`)).toBe(`sport=${port}`);
    }
    expect(
      differs(
        'ss -tn',
        ['ESTAB 0 0 10.0.0.1:8080 10.0.0.2:45000'],
        ['ESTAB 0 0 10.0.0.1:8081 10.0.0.2:45001'],
      ),
    ).toBe(true);
  });

  it('drops only multicast FDB entries and IGMP flows', () => {
    const mcast = '01:00:5e:00:00:01 dev br0 self permanent';
    const host = '02:00:00:00:01:01 dev v1 master br0 permanent';
    expect(differs('bridge fdb show', [host, mcast], [host])).toBe(false);
    expect(differs('bridge fdb show', [host, mcast], [mcast])).toBe(true);
    expect(differs('bridge fdb show', ['33:33:00:00:00:01 dev br0 self permanent'], [])).toBe(true);
    expect(differs('bridge fdb show', ['01:00:5f:00:00:01 dev br0 self permanent'], [])).toBe(true);
    expect(
      differs('conntrack -L', ['unknown  2 599 src=10.0.0.1 dst=224.0.0.22 [UNREPLIED] mark=0 use=1'], []),
    ).toBe(false);
    expect(
      differs(
        'conntrack -L',
        ['udp      17 29 src=10.0.0.1 dst=224.0.0.251 sport=5353 dport=5353 [UNREPLIED] mark=0 use=1'],
        [],
      ),
    ).toBe(true);
  });

  it('masks only round-trip times, ids and ageing fractions', () => {
    expect(normaliseLine('64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.051 ms')).toBe(
      '64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=<rtt> ms',
    );
    expect(
      differs(
        'ping -c 1 10.0.0.2',
        ['64 bytes from 10.0.0.2: icmp_seq=1 ttl=64 time=0.051 ms'],
        ['64 bytes from 10.0.0.2: icmp_seq=1 ttl=63 time=0.051 ms'],
      ),
    ).toBe(true);
    expect(
      differs(
        'ping -c 1 10.0.0.2',
        ['1 packets transmitted, 1 received, 0% packet loss, time 0ms'],
        ['1 packets transmitted, 0 received, 100% packet loss, time 0ms'],
      ),
    ).toBe(true);
    expect(
      differs(
        'brctl showmacs br0',
        ['  1\t02:00:00:00:01:01\tno\t\t   3.12'],
        ['  1\t02:00:00:00:01:01\tno\t\t   4.12'],
      ),
    ).toBe(true);
    expect(
      differs(
        'brctl showmacs br0',
        ['  1\t02:00:00:00:01:01\tno\t\t   3.12'],
        ['  1\t02:00:00:00:01:01\tno\t\t   3.98'],
      ),
    ).toBe(false);
  });

  it('sorts arp and netstat entries under their fixed header', () => {
    const head = 'Address                  HWtype  HWaddress           Flags Mask            Iface';
    const e1 = '10.0.1.1                 ether   02:00:00:00:c8:02   C                     va';
    const e2 = '10.0.1.50                ether   02:00:00:00:00:50   CM                    va';
    expect(differs('arp -n', [head, e1, e2], [head, e2, e1])).toBe(false);
    expect(differs('arp -n', [head, e1, e2], [e1, head, e2])).toBe(true);
    expect(differs('arp -n', [head, e1], [head, e1.replace(' C ', ' CM')])).toBe(true);
    expect(
      differs(
        'netstat -rn',
        ['0.0.0.0 10.0.1.1', '10.0.1.0 0.0.0.0'],
        ['10.0.1.0 0.0.0.0', '0.0.0.0 10.0.1.1'],
      ),
    ).toBe(true);
  });

  it('masks only the wall-clock bridge timers of ip -d link', () => {
    const line = (gc: string, age: string) =>
      `    bridge forward_delay 1500 hello_time 200 max_age 2000 ageing_time ${age} hello_timer    0.00 gc_timer  ${gc} group_fwd_mask 0`;
    expect(differs('ip -d link show br0', [line('1.29', '150')], [line('9.92', '150')])).toBe(false);
    expect(differs('ip -d link show br0', [line(' 1.29', '150')], [line('14.97', '150')])).toBe(false);
    expect(differs('ip -d link show br0', [line('1.29', '150')], [line('1.29', '300')])).toBe(true);
    expect(normaliseLine('hello_timer    0.00')).toBe('hello_timer    0.00');
  });

  it("masks only the elapsed milliseconds of curl's errors", () => {
    const n = (l: string) => normaliseLine(l);
    expect(n('curl: (28) Connection timed out after 1007 milliseconds')).toBe(
      n('curl: (28) Connection timed out after 1001 milliseconds'),
    );
    expect(n("curl: (7) Failed to connect to 10.0.0.2 port 80 after 1 ms: Couldn't connect to server")).toBe(
      n("curl: (7) Failed to connect to 10.0.0.2 port 80 after 0 ms: Couldn't connect to server"),
    );
    // The error code, the address, the port and the rest of the sentence still count.
    expect(n('curl: (28) Connection timed out after 1001 milliseconds')).not.toBe(
      n('curl: (7) Connection timed out after 1001 milliseconds'),
    );
    expect(n('curl: (7) Failed to connect to 10.0.0.2 port 80 after 0 ms: x')).not.toBe(
      n('curl: (7) Failed to connect to 10.0.0.2 port 81 after 0 ms: x'),
    );
    expect(n('curl: (28) Operation timed out after 1000 milliseconds with 0 bytes received')).not.toBe(
      n('curl: (28) Operation timed out after 1000 milliseconds with 5 bytes received'),
    );
    expect(n('GET / after 12 ms: x')).toBe('GET / after 12 ms: x');
  });
});

describe('the random MAC of a bridge made without an address', () => {
  const script = (mac: string, id: string, extra = '') =>
    [
      '$ ip link add br0 type bridge',
      '$ ip link show br0',
      '2: br0: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN mode DEFAULT group default qlen 1000',
      `    link/ether ${mac} brd ff:ff:ff:ff:ff:ff`,
      '$ bridge fdb show br br0',
      `${mac} dev br0 master br0 permanent`,
      '$ brctl show br0',
      'bridge name\tbridge id\t\tSTP enabled\tinterfaces',
      `br0\t\t${id}\tno\t\t`,
      extra,
    ].join('\n');

  it('is masked where it appears, and only there', () => {
    const a = script('62:86:b3:1c:e7:48', '8000.000000000000');
    const b = script('9a:73:68:0d:6f:de', '8000.000000000000');
    expect(diffTranscripts(a, b).diffs).toEqual([]);
    // A bridge id that is the random MAC is masked in its compact form too.
    expect(
      diffTranscripts(
        script('62:86:b3:1c:e7:48', '8000.6286b31ce748'),
        script('9a:73:68:0d:6f:de', '8000.9a73680d6fde'),
      ).diffs,
    ).toEqual([]);
  });

  it('does not hide a MAC of zeros, a MAC the script wrote, or a random MAC in another place', () => {
    expect(
      diffTranscripts(
        script('62:86:b3:1c:e7:48', '8000.000000000000'),
        script('00:00:00:00:00:00', '8000.000000000000'),
      ).diffs.length,
    ).toBeGreaterThan(0);
    // The bridge id shows zeros on one side and the random MAC on the other.
    expect(
      diffTranscripts(
        script('62:86:b3:1c:e7:48', '8000.000000000000'),
        script('9a:73:68:0d:6f:de', '8000.9a73680d6fde'),
      ).diffs.length,
    ).toBe(1);
    // Written by the script: not random, so compared.
    const given = (mac: string) =>
      `$ ip link add br0 type bridge\n$ ip link set br0 address 02:00:00:00:00:01\n$ ip link show br0\n2: br0: <BROADCAST,MULTICAST> mtu 1500\n    link/ether ${mac} brd ff:ff:ff:ff:ff:ff\n`;
    expect(diffTranscripts(given('02:00:00:00:00:01'), given('02:00:00:00:00:01')).diffs).toEqual([]);
    expect(diffTranscripts(given('02:00:00:00:00:01'), given('02:00:00:00:00:03')).diffs.length).toBe(1);
    // A globally administered MAC is never taken for a random one.
    expect(
      diffTranscripts(
        script('00:16:3e:00:00:01', '8000.000000000000'),
        script('00:16:3e:00:00:02', '8000.000000000000'),
      ).diffs.length,
    ).toBe(2);
    // The same random MAC turning up elsewhere (a neighbour's lladdr) must turn up there in both.
    const arp = (mac: string) => `$ ip neigh\n10.0.0.1 dev v0 lladdr ${mac} REACHABLE`;
    expect(
      diffTranscripts(
        script('62:86:b3:1c:e7:48', '8000.000000000000', arp('62:86:b3:1c:e7:48')),
        script('9a:73:68:0d:6f:de', '8000.000000000000', arp('02:00:00:00:00:09')),
      ).diffs.length,
    ).toBe(1);
  });

  it('numbers two random MACs in order of appearance, so they cannot swap', () => {
    const two = (m1: string, m2: string, shown: string) =>
      [
        '$ ip link add br0 type bridge',
        '$ ip link add br1 type bridge',
        '$ ip -br link',
        `br0              DOWN           ${m1} <BROADCAST,MULTICAST> `,
        `br1              DOWN           ${m2} <BROADCAST,MULTICAST> `,
        '$ ip neigh',
        `10.0.0.1 dev v0 lladdr ${shown} REACHABLE`,
      ].join('\n');
    const k = two('62:86:b3:1c:e7:48', '9a:73:68:0d:6f:de', '62:86:b3:1c:e7:48');
    expect(
      diffTranscripts(k, two('aa:00:00:00:00:01', 'ae:00:00:00:00:02', 'aa:00:00:00:00:01')).diffs,
    ).toEqual([]);
    expect(
      diffTranscripts(k, two('aa:00:00:00:00:01', 'ae:00:00:00:00:02', 'ae:00:00:00:00:02')).diffs.length,
    ).toBe(1);
  });
});

describe('MASQUERADE --random-fully ports', () => {
  const RULE = '$ iptables -t nat -A POSTROUTING -o rb -j MASQUERADE --random-fully\n';
  const ct = (line: string) => `${RULE}$ conntrack -L -p tcp\n${line}\n`;
  const entry = (o: { sport?: number; nat?: string; rport?: number; dport?: number; state?: string }) =>
    `tcp      6 119 ${o.state ?? 'TIME_WAIT'} src=10.0.0.1 dst=10.0.1.2 sport=${o.sport ?? 34952} dport=${o.dport ?? 80} src=10.0.1.2 dst=${o.nat ?? '10.0.1.254'} sport=${o.dport ?? 80} dport=${o.rport ?? 22962} [ASSURED] mark=0 use=1`;
  const same = (a: string, b: string) => diffTranscripts(a, b).diffs.length === 0;

  it('masks the random port of a source-NATed entry, inside or outside the ephemeral range', () => {
    expect(same(ct(entry({ rport: 22962 })), ct(entry({ rport: 1025 })))).toBe(true);
    expect(same(ct(entry({ rport: 42908 })), ct(entry({ rport: 65535 })))).toBe(true);
  });

  it('does not mask without --random-fully in the script', () => {
    const plain = (l: string) => `$ conntrack -L -p tcp\n${l}\n`;
    expect(same(plain(entry({ rport: 22962 })), plain(entry({ rport: 1025 })))).toBe(false);
  });

  it('still sees a port kept on one side and changed on the other', () => {
    // The kernel kept the client's port (rport = sport); an engine that changed it must differ.
    expect(same(ct(entry({ sport: 34952, rport: 34952 })), ct(entry({ sport: 34952, rport: 1025 })))).toBe(
      false,
    );
  });

  it('still compares the addresses, the original tuple, the other ports and the state', () => {
    const k = ct(entry({}));
    expect(same(k, ct(entry({ nat: '10.0.1.253' })))).toBe(false);
    expect(same(k, ct(entry({ dport: 81 })))).toBe(false);
    expect(same(k, ct(entry({ state: 'ESTABLISHED' })))).toBe(false);
    expect(same(k, ct(entry({ sport: 1000 })))).toBe(false);
  });

  it('leaves an entry whose source was not rewritten alone (a DNAT changes only the destination)', () => {
    const dnat = (p: number) =>
      ct(
        `tcp      6 119 TIME_WAIT src=10.0.0.1 dst=10.0.0.254 sport=34952 dport=8080 src=10.0.1.2 dst=10.0.0.1 sport=80 dport=${p} [ASSURED] mark=0 use=1`,
      );
    expect(same(dnat(34952), dnat(1025))).toBe(false);
  });

  it('touches only conntrack blocks', () => {
    const ss = (p: number) => `${RULE}$ ss -tan\nTIME-WAIT 0      0      10.0.1.254:${p}   10.0.1.2:80\n`;
    expect(same(ss(22962), ss(1025))).toBe(false);
  });
});

describe('process ids in ss -p and netstat -p', () => {
  const ss = (pid: number, fd = 3, pad = '') =>
    `$ ss -tlnp\nState  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess${pad}\nLISTEN 0      1            0.0.0.0:80        0.0.0.0:*    users:(("nc",pid=${pid},fd=${fd}))\n`;
  const same = (a: string, b: string) => diffTranscripts(a, b).diffs.length === 0;

  it('masks the pid and the Process column padding that follows its digits', () => {
    expect(same(ss(159, 3, '                     '), ss(1, 3, '                   '))).toBe(true);
  });

  it('still compares the process name, the descriptor and the rest of the line', () => {
    expect(same(ss(159), ss(159, 4))).toBe(false);
    expect(same(ss(159), ss(159).replace('"nc"', '"nginx"'))).toBe(false);
    expect(same(ss(159), ss(159).replace(':80 ', ':81 '))).toBe(false);
  });

  it('leaves a listing without process columns alone (trailing spaces count there)', () => {
    const plain = (pad: string) =>
      `$ ss -tln\nState  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\nLISTEN 0      1            0.0.0.0:80        0.0.0.0:*${pad}\n`;
    expect(same(plain('          '), plain('    '))).toBe(false);
  });

  it('masks netstat -p pids but keeps the program name', () => {
    const ns = (who: string) =>
      `$ netstat -tlnp\nActive Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \ntcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      ${who}\n`;
    expect(same(ns('159/nc              '), ns('1/nc                '))).toBe(true);
    expect(same(ns('159/nc              '), ns('159/nginx           '))).toBe(false);
    expect(same(ns('159/nc              '), ns('-                   '))).toBe(false);
  });
});

describe('iptables-save time stamps', () => {
  it('masks the date of the Generated and Completed lines only', () => {
    const t = (d: string, rule = '-A INPUT -j ACCEPT') =>
      `$ iptables-save\n# Generated by iptables-save v1.8.9 (nf_tables) on ${d}\n*filter\n${rule}\nCOMMIT\n# Completed on ${d}\n`;
    const same = (a: string, b: string) => diffTranscripts(a, b).diffs.length === 0;
    expect(same(t('Sat Dec  5 04:18:53 2026'), t('Thu Jan  1 00:00:00 1970'))).toBe(true);
    expect(same(t('Sat Dec  5 04:18:53 2026'), t('Sat Dec  5 04:18:53 2026', '-A INPUT -j DROP'))).toBe(
      false,
    );
    expect(normaliseLine('# Generated by iptables-save v1.8.9 (nf_tables) on X')).toBe(
      '# Generated by iptables-save v1.8.9 (nf_tables) on <date>',
    );
    expect(normaliseLine('# a comment on Sat')).toBe('# a comment on Sat');
  });
});

describe('ss -s', () => {
  const tcp = (total: number, estab: number, closed: number, orphaned: number, tw: number) =>
    `TCP:   ${total} (estab ${estab}, closed ${closed}, orphaned ${orphaned}, timewait ${tw})`;
  it('masks the machine-wide TCP total, closed and orphaned counts', () => {
    expect(differs('ss -s', ['Total: 3', tcp(20, 1, 18, 0, 0)], ['Total: 3', tcp(3, 1, 1, 2, 0)])).toBe(
      false,
    );
  });
  it("keeps the namespace's own counts", () => {
    expect(differs('ss -s', [tcp(20, 1, 18, 0, 0)], [tcp(20, 2, 18, 0, 0)])).toBe(true);
    expect(differs('ss -s', [tcp(20, 1, 18, 0, 0)], [tcp(20, 1, 18, 0, 1)])).toBe(true);
    expect(differs('ss -s', ['Total: 3', tcp(20, 1, 18, 0, 0)], ['Total: 4', tcp(20, 1, 18, 0, 0)])).toBe(
      true,
    );
    expect(
      differs('ss -s', ['UDP\t  1         1         0        '], ['UDP\t  0         0         0        ']),
    ).toBe(true);
    // the line only where ss -s prints it: a different spacing is not that line
    expect(differs('ss -s', [tcp(20, 1, 18, 0, 0)], [tcp(21, 1, 18, 0, 0).replace('TCP:   ', 'TCP: ')])).toBe(
      true,
    );
  });
});

describe('conntrack -S', () => {
  const cpu = (n: number, invalid: number, drop = 0, name = 'invalid') =>
    `cpu=${String(n).padEnd(4)}\tfound=0 ${name}=${invalid} insert=0 insert_failed=0 drop=${drop} early_drop=0 error=0 search_restart=0 clash_resolve=0 chaintoolong=0 `;
  it('compares each counter summed over the CPUs', () => {
    expect(differs('conntrack -S', [cpu(0, 3), cpu(1, 1)], [cpu(0, 0), cpu(1, 4)])).toBe(false);
  });
  it('keeps the sums, the number of CPUs and the counters', () => {
    expect(differs('conntrack -S', [cpu(0, 3), cpu(1, 1)], [cpu(0, 3), cpu(1, 2)])).toBe(true);
    expect(differs('conntrack -S', [cpu(0, 3), cpu(1, 0, 1)], [cpu(0, 3), cpu(1, 1)])).toBe(true);
    expect(differs('conntrack -S', [cpu(0, 3), cpu(1, 0)], [cpu(0, 3)])).toBe(true);
    expect(differs('conntrack -S', [cpu(0, 0), cpu(1, 0)], [cpu(0, 0, 0, 'invalids'), cpu(1, 0)])).toBe(true);
    // other commands' lines are left alone
    expect(differs('conntrack -L', [cpu(0, 3), cpu(1, 1)], [cpu(0, 0), cpu(1, 4)])).toBe(true);
  });
});

describe('conntrack -E events caused by a request', () => {
  const d = (tuple: string, tail: string) =>
    `[DESTROY] icmp     1 28 src=${tuple} dst=10.0.0.2 type=8 code=0 id=7 src=10.0.0.2 dst=${tuple} type=0 code=0 id=7${tail}`;
  it('masks the port and whether the requester was still there to be named', () => {
    expect(
      differs(
        'conntrack -F',
        [d('10.0.0.1', ' [USERSPACE] portid=291 progname=conntrack')],
        [d('10.0.0.1', ' [USERSPACE] portid=2151327276')],
      ),
    ).toBe(false);
  });
  it('compares the events of one request in any order, but not their number', () => {
    const a = d('10.0.0.1', ' [USERSPACE] portid=5');
    const b = d('10.0.0.3', ' [USERSPACE] portid=5');
    expect(differs('sleep 1', [a, b], [b, a])).toBe(false);
    expect(differs('sleep 1', [a, b], [a])).toBe(true);
    expect(differs('sleep 1', [a, b], [a, a])).toBe(true);
  });
  it('keeps the kernel’s own events, their order and the rest of the line', () => {
    const k1 = d('10.0.0.1', '');
    const k2 = d('10.0.0.3', '');
    expect(differs('sleep 1', [k1, k2], [k2, k1])).toBe(true);
    expect(differs('sleep 1', [k1], [d('10.0.0.1', ' [USERSPACE] portid=5')])).toBe(true);
    expect(
      differs(
        'sleep 1',
        [d('10.0.0.1', ' [USERSPACE] portid=5')],
        [d('10.0.0.1', ' [USERSPACE] portid=5').replace(' 28 ', ' 27 ')],
      ),
    ).toBe(true);
    // only a [DESTROY] line's tail is read as the requester's
    expect(
      differs('sleep 1', [' [UPDATE] x [USERSPACE] portid=5'], [' [UPDATE] x [USERSPACE] portid=6']),
    ).toBe(true);
  });
});

describe('conntrack -E -o timestamp', () => {
  const ev = (t: string, rest = '    [NEW] icmp     1 30 src=10.0.0.1 dst=10.0.0.2 type=8 code=0 id=7') =>
    `[${t}]\t${rest}`;
  it('masks the wall-clock time before an event', () => {
    expect(differs('cat ts.txt', [ev('1764936000.123456')], [ev('00000001.000020')])).toBe(false);
  });
  it('keeps the event, and a time that is not before an event line', () => {
    expect(
      differs('cat ts.txt', [ev('1764936000.123456')], [ev('1764936000.123456', ' [UPDATE] icmp')]),
    ).toBe(true);
    expect(differs('cat x', ['[1764936000.123456]\tfoo'], ['[00000001.000020]\tfoo'])).toBe(true);
    expect(differs('cat ts.txt', [ev('1764936000.123456')], [ev('1764936000.12345')])).toBe(true);
  });
});
