// The tcpdump normaliser hides what two kernel runs randomise, and nothing else: each case below
// is a pair of lines that must compare equal, or a pair that must stay different.

import { describe, expect, it } from 'vitest';
import { echoRandomBytes, normaliseTcpdumpLines } from './tcpdump-normalise.ts';

const same = (a: string[], b: string[]) => expect(normaliseTcpdumpLines(a)).toEqual(normaliseTcpdumpLines(b));
const differ = (a: string[], b: string[]) =>
  expect(normaliseTcpdumpLines(a)).not.toEqual(normaliseTcpdumpLines(b));

const SYN = (isn: number, port: number, ts: number) =>
  `IP 10.0.0.1.${port} > 10.0.0.2.8080: Flags [S], seq ${isn}, win 64240, options [mss 1460,sackOK,TS val ${ts} ecr 0,nop,wscale 10], length 0`;
const SYNACK = (isn: number, ack: number, port: number) =>
  `IP 10.0.0.2.8080 > 10.0.0.1.${port}: Flags [S.], seq ${isn}, ack ${ack}, win 65160, options [mss 1460,sackOK,TS val 5 ecr 7,nop,wscale 10], length 0`;
const ACK = (ack: number, port: number, win = 63) =>
  `IP 10.0.0.1.${port} > 10.0.0.2.8080: Flags [.], ack ${ack}, win ${win}, options [nop,nop,TS val 9 ecr 3], length 0`;

describe('tcpdump normaliser', () => {
  it('masks time stamps, echo ids, IP ids, ISNs, TS values and ephemeral ports', () => {
    same(
      ['20:37:49.680841 IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 330, seq 1, length 64'],
      ['00:00:01.000020 IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 16384, seq 1, length 64'],
    );
    same(
      ['IP (tos 0x0, ttl 64, id 33734, offset 0, flags [DF], proto ICMP (1), length 84)'],
      ['IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto ICMP (1), length 84)'],
    );
    same(
      [SYN(2549820058, 45638, 4028605699), SYNACK(1558125485, 2549820059, 45638), ACK(1, 45638)],
      [SYN(17, 33000, 5), SYNACK(4000000000, 18, 33000), ACK(1, 33000)],
    );
  });

  it('keeps everything the kernel does not randomise', () => {
    // the ICMP sequence, lengths, TTL, DF, tos
    differ(
      ['IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 1, length 64'],
      ['IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 1, seq 2, length 64'],
    );
    differ(
      ['IP (tos 0x0, ttl 64, id 5, offset 0, flags [DF], proto ICMP (1), length 84)'],
      ['IP (tos 0x0, ttl 63, id 5, offset 0, flags [DF], proto ICMP (1), length 84)'],
    );
    differ(
      ['IP (tos 0x0, ttl 64, id 5, offset 0, flags [DF], proto ICMP (1), length 84)'],
      ['IP (tos 0x0, ttl 64, id 5, offset 0, flags [none], proto ICMP (1), length 84)'],
    );
    differ(
      ['IP (tos 0xc0, ttl 64, id 5, offset 0, flags [none], proto ICMP (1), length 84)'],
      ['IP (tos 0x0, ttl 64, id 5, offset 0, flags [none], proto ICMP (1), length 84)'],
    );
    // an IP id of 0 (DF without a connected socket) is not random
    differ(
      ['IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60)'],
      ['IP (tos 0x0, ttl 64, id 7, offset 0, flags [DF], proto TCP (6), length 60)'],
    );
    // relative sequence numbers, windows and flags after the handshake
    differ(
      [SYN(1, 40000, 1), SYNACK(9, 2, 40000), ACK(1, 40000)],
      [SYN(1, 40000, 1), SYNACK(9, 2, 40000), ACK(2, 40000)],
    );
    differ(
      [SYN(1, 40000, 1), SYNACK(9, 2, 40000), ACK(1, 40000)],
      [SYN(1, 40000, 1), SYNACK(9, 2, 40000), ACK(1, 40000, 502)],
    );
    differ([SYN(1, 40000, 1)], [SYN(1, 40000, 1).replace('[S]', '[S.]')]);
    // ports outside the ephemeral range, addresses, a TS echo of 0
    differ([SYN(1, 8000, 1)], [SYN(1, 8001, 1)]);
    differ([SYN(1, 40000, 1)], [SYN(1, 40000, 1).replace('10.0.0.2.8080', '10.0.0.3.8080')]);
    differ([SYN(1, 40000, 1)], [SYN(1, 40000, 1).replace('ecr 0', 'ecr 5')]);
    // the checksum field of a segment sent with offload is the pseudo-header sum: not random
    differ(
      ['10.0.0.1.40000 > 10.0.0.2.80: Flags [S], cksum 0x1531 (incorrect -> 0x0e7a), seq 1'],
      ['10.0.0.1.40000 > 10.0.0.2.80: Flags [S], cksum 0x1532 (incorrect -> 0x0e7a), seq 1'],
    );
    differ(
      ['10.0.0.1.40000 > 10.0.0.2.80: Flags [S], cksum 0x1531 (incorrect -> 0x0e7a), seq 1'],
      ['10.0.0.1.40000 > 10.0.0.2.80: Flags [S], cksum 0x1531 (correct), seq 1'],
    );
  });

  it('masks a VXLAN source port (the flow hash) and nothing else of the tunnel', () => {
    const vx = (sport: number, vni = 100, dport = 4789, ttl = 64) => [
      `IP (tos 0x0, ttl ${ttl}, id 9, offset 0, flags [none], proto UDP (17), length 134)`,
      `    192.168.50.1.${sport} > 192.168.50.2.${dport}: VXLAN, flags [I] (0x08), vni ${vni}`,
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 64',
    ];
    same(vx(38019), vx(55358));
    differ(vx(38019), vx(38019, 101));
    differ(vx(38019), vx(38019, 100, 8472));
    differ(vx(38019), vx(38019, 100, 4789, 63));
    // `srcport MIN MAX` outside the local port range: the port is not random, and stays.
    differ(vx(1000), vx(1001));
  });

  it('treats sequence numbers as absolute only where tcpdump prints them so', () => {
    // Mid-conversation, a segment whose ACK follows an already seen one prints relative numbers.
    differ([SYNACK(9, 2, 40000), ACK(1, 40000)], [SYNACK(9, 2, 40000), ACK(77, 40000)]);
    // But the first ACK-flagged segment of a conversation prints both absolutely.
    same([ACK(2266699567, 40000)], [ACK(12, 40000)]);
  });
});

describe('tcpdump normaliser: hex dumps of ICMP echoes', () => {
  // Recorded: ping -c 1 from 10.0.0.1 on the kernel (id 159, at 1,796,465,522 s) and in netns-lab.
  const kernel = [
    'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 159, seq 1, length 64',
    '\t0x0000:  4500 0054 8580 4000 4001 a126 0a00 0001  E..T..@.@..&....',
    '\t0x0010:  0a00 0002 0800 bdae 009f 0001 72e3 136b  ............r..k',
    '\t0x0020:  0000 0000 e88f 0c00 0000 0000 1011 1213  ................',
    '\t0x0030:  1415 1617 1819 1a1b 1c1d 1e1f 2021 2223  .............!"#',
    "\t0x0040:  2425 2627 2829 2a2b 2c2d 2e2f 3031 3233  $%&'()*+,-./0123",
    '\t0x0050:  3435 3637                                4567',
  ];
  const lab = [
    'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 16384, seq 1, length 64',
    '\t0x0000:  4500 0054 0001 4000 4001 26a6 0a00 0001  E..T..@.@.&.....',
    '\t0x0010:  0a00 0002 0800 1028 4000 0001 0100 0000  .......(@.......',
    '\t0x0020:  0000 0000 e803 0000 0000 0000 1011 1213  ................',
    ...kernel.slice(4),
  ];
  const edit = (lines: string[], row: number, from: string, to: string) =>
    lines.map((l, i) => (i === row ? l.replace(from, to) : l));

  it('masks the IPv4 id and checksum, the echo id, the timeval and the ICMP checksum', () => {
    same(kernel, lab);
    expect(normaliseTcpdumpLines(kernel).slice(1, 4)).toEqual([
      '\t0x0000:  4500 0054 xxxx 4000 4001 xxxx 0a00 0001  E..Txx@.@.xx....',
      '\t0x0010:  0a00 0002 0800 xxxx xxxx 0001 xxxx xxxx  ......xxxx..xxxx',
      '\t0x0020:  xxxx xxxx xxxx xxxx xxxx xxxx 1011 1213  xxxxxxxxxxxx....',
    ]);
    // -x: no ASCII column
    const hexOnly = (lines: string[]) =>
      lines.map((l) => l.replace(/^(\t0x[0-9a-f]{4}: .{40}).*$/, '$1').trimEnd());
    same(hexOnly(kernel), hexOnly(lab));
    differ(hexOnly(kernel), hexOnly(edit(lab, 3, '1011', '1012')));
  });

  it('finds the IPv4 header after the Ethernet header (-xx), with ping -s 20 (td26)', () => {
    const kernelXx = [
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 187, seq 1, length 28',
      '\t0x0000:  0200 0000 000b 0200 0000 000a 0800 4500',
      '\t0x0010:  0030 6975 4000 4001 bd55 0a00 0001 0a00',
      '\t0x0020:  0002 0800 98e2 00bb 0001 43e4 136b 0000',
      '\t0x0030:  0000 dded 0700 0000 0000 1011 1213',
    ];
    const labXx = [
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 32222, seq 1, length 28',
      '\t0x0000:  0200 0000 000b 0200 0000 000a 0800 4500',
      '\t0x0010:  0030 0003 4000 4001 26c8 0a00 0001 0a00',
      '\t0x0020:  0002 0800 4af4 7dde 0001 0100 0000 0000',
      '\t0x0030:  0000 0c08 0000 0000 0000 1011 1213',
    ];
    same(kernelXx, labXx);
    differ(kernelXx, edit(labXx, 1, '000a 0800', '000c 0800')); // a source MAC
    differ(kernelXx, edit(labXx, 4, '1011 1213', '1011 1214'));
  });

  it('keeps every other byte, in hex and in ASCII', () => {
    differ(kernel, edit(lab, 1, '4001', '3f01')); // TTL
    differ(kernel, edit(lab, 2, '0800', '0000')); // echo reply for request
    differ(kernel, edit(lab, 2, '0001 0100', '0002 0100')); // sequence number
    differ(kernel, edit(lab, 3, '1011 1213', '1011 1214')); // the pattern after the timeval
    differ(kernel, edit(lab, 6, '4567', '4568')); // the ASCII column alone
    differ(kernel, lab.slice(0, 6)); // a shorter dump
  });

  it('masks a checksum only when it is right, and a timeval only when it reads as one', () => {
    differ(kernel, edit(lab, 2, '1028', '1029')); // a wrong ICMP checksum
    differ(kernel, edit(lab, 1, '26a6', '26a7')); // a wrong IPv4 header checksum
    // byte i = i from the first data byte, where a timeval belongs: tv_sec's high half is not zero
    const pattern = [
      ...lab.slice(0, 2),
      '\t0x0010:  0a00 0002 0800 c0eb 4000 0001 0001 0203  ........@.......',
      '\t0x0020:  0405 0607 0809 0a0b 0c0d 0e0f 1011 1213  ................',
      ...lab.slice(4),
    ];
    differ(kernel, pattern);
    // An IPv4 id of 0 is not random (nor is the checksum then).
    const zero = edit(edit(kernel, 1, '8580', '0000'), 1, 'a126', '26a7');
    differ(zero, kernel);
  });

  it('masks no timeval when the echo is too short to carry one (ping -s 8, td26)', () => {
    const kernelShort = [
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 186, seq 1, length 16',
      '\t0x0000:  4500 0024 6972 4000 4001 bd64 0a00 0001  E..$ir@.@..d....',
      '\t0x0010:  0a00 0002 0800 eb34 00ba 0001 0001 0203  .......4........',
      '\t0x0020:  0405 0607                                ....',
    ];
    const labShort = [
      'IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 24303, seq 1, length 16',
      '\t0x0000:  4500 0024 0002 4000 4001 26d5 0a00 0001  E..$..@.@.&.....',
      '\t0x0010:  0a00 0002 0800 8cff 5eef 0001 0001 0203  ......^.........',
      '\t0x0020:  0405 0607                                ....',
    ];
    same(kernelShort, labShort);
    // the same echo with its last data byte changed (and its checksum made right again)
    differ(kernelShort, edit(edit(labShort, 3, '0607', '0608'), 2, '8cff', '8cfe'));
  });

  it('leaves dumps of anything but an ICMP echo alone', () => {
    const arp = (mac: string) => [
      'ARP, Request who-has 10.0.0.2 tell 10.0.0.1, length 28',
      `\t0x0000:  0001 0800 0604 0001 ${mac} 0a00  ................`,
      '\t0x0010:  0001 0000 0000 0000 0a00 0002            ............',
    ];
    differ(arp('0200 0000 000a'), arp('0200 0000 000b'));
    expect(echoRandomBytes([0x45, 0, 0, 28, 1, 2, 0, 0, 64, 17, 9, 9])).toEqual([]); // UDP
  });
});
