// tcpdump -r of files two captures wrote at once, and of records too short for their link header.
// The expected lines are what tcpdump 4.99.3 (libpcap 1.10.3) printed for the same bytes;
// conformance/pcap-damaged.test.ts compares many more damaged files with the real tcpdump.

import { describe, expect, it } from 'vitest';
import { LINKTYPE_LINUX_SLL2, pcapFileHeader, pcapRecord } from '../../engine/wire/pcap.ts';
import { Session } from '../session.ts';

const LAB = `ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up`;

describe('tcpdump -r', () => {
  it('of a file two background captures wrote (the fuzz found "internal error: sll2" here)', () => {
    // -i any stops first and writes 2 cooked records; -i va writes its 4 Ethernet ones over them.
    const s = new Session({ seed: 1 });
    s.run(LAB);
    s.run('ip netns exec a tcpdump -i va -c 4 -w two.pcap icmp 2>/dev/null &');
    s.run('ip netns exec a tcpdump -i any -c 2 -w two.pcap icmp 2>/dev/null &');
    s.run('ip netns exec a ping -c 2 -i 0.2 10.0.0.2');
    const [r] = s.runLines('tcpdump -r two.pcap -nn -t');
    expect(r.status).toBe(0);
    expect(r.output.split('\n').slice(0, 2)).toEqual([
      'reading from file two.pcap, link-type EN10MB (Ethernet), snapshot length 262144',
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 16384, seq 1, length 64',
    ]);
    expect(r.output.trim().split('\n')).toHaveLength(5);
  });

  it('of cooked records shorter than their header, empty, or a header alone', () => {
    const s = new Session({ seed: 1 });
    const cooked = new Uint8Array([8, 0, 0, 0, 0, 0, 0, 1, 0, 1, 4, 6, 1, 2, 3, 4, 5, 6, 0, 0]);
    const parts = [
      pcapFileHeader(LINKTYPE_LINUX_SLL2),
      pcapRecord({ t: 1_000_005, data: new Uint8Array(10) }),
      pcapRecord({ t: 2_000_005, data: new Uint8Array(0) }),
      pcapRecord({ t: 3_000_005, data: cooked }),
    ];
    s.files.write('short.pcap', Uint8Array.from(parts.flatMap((p) => [...p])));
    expect(s.runLines('tcpdump -r short.pcap -nn')[0].output).toBe(
      [
        'reading from file short.pcap, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 262144',
        'Warning: interface names might be incorrect',
        '00:00:01.000005  [|sll2]',
        '[Invalid header: caplen==0, len==0]',
        '00:00:03.000005 lo    Out  [|ip]',
        '',
      ].join('\n'),
    );
    expect(s.runLines('tcpdump -r short.pcap -nn -t -e')[0].output.split('\n').slice(2, 5)).toEqual([
      ' [|sll2]',
      '[Invalid header: caplen==0, len==0]',
      'lo    Out ifindex 1 01:02:03:04:05:06 ethertype IPv4 (0x0800), length 20:  [|ip]',
    ]);
  });

  it('-c is read as tcpdump 4.99 reads it (atoi): a trailing word is ignored, a long wraps to 32 bits', () => {
    const s = new Session({ seed: 1 });
    s.run(
      `${LAB}\nip netns exec a tcpdump -i va -w four.pcap icmp 2>/dev/null &\nip netns exec a ping -c 2 10.0.0.2\npkill tcpdump`,
    );
    const packets = (c: string) => {
      const [r] = s.runLines(`tcpdump -r four.pcap -nn -t -c ${c}`);
      return r.status === 0 ? r.output.trim().split('\n').length - 1 : r.output.trim();
    };
    expect(packets('1e3')).toBe(1);
    expect(packets("' 3x'")).toBe(3);
    expect(packets('4294967298')).toBe(2);
    expect(packets('99999999999')).toBe(4);
    for (const bad of ['0x10', '2147483648', '99999999999999999999999', "''", '-0'])
      expect(packets(bad)).toMatch(/^tcpdump: invalid packet count/);
  });

  it('-w to the file -r reads: a small file is read whole first (one stdio buffer), a bigger one is not modelled', () => {
    const s = new Session({ seed: 1 });
    s.run(
      `${LAB}\nip netns exec a tcpdump -i va -w f.pcap icmp 2>/dev/null &\nip netns exec a ping -c 2 10.0.0.2\npkill tcpdump`,
    );
    const before = s.files.read('f.pcap')!;
    expect(s.runLines('tcpdump -r f.pcap -w f.pcap')[0].status).toBe(0);
    expect(s.files.read('f.pcap')).toEqual(before);
    s.run(
      'ip netns exec a tcpdump -i va -w big.pcap icmp 2>/dev/null &\nip netns exec a ping -c 40 -i 0.2 10.0.0.2\npkill tcpdump',
    );
    const [r] = s.runLines('tcpdump -r big.pcap -w big.pcap');
    expect(r.status).toBe(2);
    expect(r.output).toContain('netns-lab: unsupported: -w to the file -r reads');
  });
});
