// The envelope on the canvas: which protocol colours it and the two short lines it carries, read from
// the frame's one-line summary (worker/dissect.ts writes it tcpdump's way). Pure, tested in Node.

import type { WireFrame } from '../../worker/step-api.ts';
import type { MessageKey } from '../i18n/index.ts';

export type PacketProto = 'arp' | 'icmp' | 'tcp' | 'udp' | 'other';

export interface PacketTag {
  proto: PacketProto;
  /** The first line: what the packet is, as a message key with its parameters. */
  title: { key: MessageKey; params?: Record<string, string> };
  /** The second line: addresses (and ports), written as tcpdump writes them. */
  detail: string;
}

const ARROW = ' → ';

export function packetTag(frame: WireFrame): PacketTag {
  const s = frame.summary;
  let m = /^ARP, Request who-has (\S+) tell (\S+)/.exec(s);
  if (m)
    return { proto: 'arp', title: { key: 'envelope.arpRequest' }, detail: `who-has ${m[1]} tell ${m[2]}` };
  m = /^ARP, Reply (\S+) is-at (\S+)/.exec(s);
  if (m) return { proto: 'arp', title: { key: 'envelope.arpReply' }, detail: `${m[1]} is-at ${m[2]}` };
  m = /^IP (\S+) > (\S+): ICMP echo (request|reply)/.exec(s);
  if (m)
    return {
      proto: 'icmp',
      title: { key: m[3] === 'request' ? 'envelope.echoRequest' : 'envelope.echoReply' },
      detail: `${m[1]}${ARROW}${m[2]}`,
    };
  m = /^IP (\S+) > (\S+): ICMP ([^,]+)/.exec(s);
  if (m)
    return {
      proto: 'icmp',
      title: { key: 'envelope.icmp', params: { what: m[3] } },
      detail: `${m[1]}${ARROW}${m[2]}`,
    };
  m = /^IP (\S+)\.(\d+) > (\S+)\.(\d+): Flags \[([^\]]*)\]/.exec(s);
  if (m)
    return {
      proto: 'tcp',
      title: { key: 'envelope.tcp', params: { flags: m[5] || 'none' } },
      detail: `${m[1]}:${m[2]}${ARROW}${m[3]}:${m[4]}`,
    };
  // A VXLAN datagram on the underlay (dissect.ts: "UDP, VXLAN, vni 1: <the inner frame>"): the tunnel
  // and its two VTEPs.
  m = /^IP (\S+)\.\d+ > (\S+)\.\d+: UDP, VXLAN, vni (\d+):/.exec(s);
  if (m)
    return {
      proto: 'udp',
      title: { key: 'envelope.vxlan', params: { vni: m[3] } },
      detail: `${m[1]}${ARROW}${m[2]}`,
    };
  m = /^IP (\S+)\.(\d+) > (\S+)\.(\d+): UDP/.exec(s);
  if (m)
    return { proto: 'udp', title: { key: 'envelope.udp' }, detail: `${m[1]}:${m[2]}${ARROW}${m[3]}:${m[4]}` };
  m = /^IP (\S+) > (\S+)/.exec(s);
  if (m) return { proto: 'other', title: { key: 'envelope.ip' }, detail: `${m[1]}${ARROW}${m[2]}` };
  return { proto: 'other', title: { key: 'envelope.frame' }, detail: s };
}
