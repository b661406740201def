// The tcpdump normaliser hides what two kernel runs randomise, and nothing else: each case below
// is a pair of lines that must compare equal, or a pair that must stay different.

import { describe, expect, it } from 'vitest';
import { normaliseTcpdumpLines } from './tcpdump-normalise.ts';

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
