import { describe, expect, it } from 'vitest';
import type { WireFrame } from '../../worker/step-api.ts';
import { packetTag } from './packet.ts';

const frame = (summary: string): WireFrame => ({ bytes: new Uint8Array(), layers: [], summary });

describe('packetTag', () => {
  it('colours by protocol and writes two short lines', () => {
    expect(packetTag(frame('ARP, Request who-has 172.17.0.3 tell 172.17.0.2'))).toEqual({
      proto: 'arp',
      title: { key: 'envelope.arpRequest' },
      detail: 'who-has 172.17.0.3 tell 172.17.0.2',
    });
    expect(packetTag(frame('ARP, Reply 172.17.0.3 is-at 02:42:ac:11:00:03')).detail).toBe(
      '172.17.0.3 is-at 02:42:ac:11:00:03',
    );
    expect(packetTag(frame('IP 172.17.0.2 > 172.17.0.3: ICMP echo request, id 1, seq 1, length 64'))).toEqual(
      { proto: 'icmp', title: { key: 'envelope.echoRequest' }, detail: '172.17.0.2 → 172.17.0.3' },
    );
    expect(
      packetTag(frame('IP 10.0.1.1 > 10.0.1.2: ICMP host 10.0.2.9 unreachable, length 92')),
    ).toMatchObject({
      proto: 'icmp',
      title: { key: 'envelope.icmp', params: { what: 'host 10.0.2.9 unreachable' } },
    });
    expect(
      packetTag(
        frame('IP 10.0.0.1.41000 > 10.0.0.2.80: Flags [SYN, ACK], seq 1, ack 2, win 64240, length 0'),
      ),
    ).toEqual({
      proto: 'tcp',
      title: { key: 'envelope.tcp', params: { flags: 'SYN, ACK' } },
      detail: '10.0.0.1:41000 → 10.0.0.2:80',
    });
    expect(packetTag(frame('IP 10.0.0.1.5000 > 10.0.0.2.53: UDP, length 0'))).toMatchObject({
      proto: 'udp',
      detail: '10.0.0.1:5000 → 10.0.0.2:53',
    });
    expect(packetTag(frame('ethertype 0x86dd')).proto).toBe('other');
  });
});
