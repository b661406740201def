// The concept each kind of step illustrates, with the manual page that explains it.

import type { StepEvent, TraceKind } from '../../worker/step-api.ts';
import type { MessageKey } from '../i18n/index.ts';

export interface Concept {
  label: MessageKey;
  href: string;
}

const MAN = 'https://man7.org/linux/man-pages';
const ARP: Concept = { label: 'concept.arp', href: `${MAN}/man7/arp.7.html` };
const NEIGH: Concept = { label: 'concept.neigh', href: `${MAN}/man8/ip-neighbour.8.html` };
const FDB: Concept = { label: 'concept.fdb', href: `${MAN}/man8/bridge.8.html` };
const ROUTE: Concept = { label: 'concept.route', href: `${MAN}/man8/ip-route.8.html` };
const NETFILTER: Concept = { label: 'concept.netfilter', href: `${MAN}/man8/iptables.8.html` };
const NAT: Concept = { label: 'concept.nat', href: `${MAN}/man8/iptables-extensions.8.html` };
const VETH: Concept = { label: 'concept.veth', href: `${MAN}/man4/veth.4.html` };
const ICMP: Concept = { label: 'concept.icmp', href: `${MAN}/man7/icmp.7.html` };
const IP: Concept = { label: 'concept.ip', href: `${MAN}/man7/ip.7.html` };
const TCP: Concept = { label: 'concept.tcp', href: `${MAN}/man7/tcp.7.html` };
const UDP: Concept = { label: 'concept.udp', href: `${MAN}/man7/udp.7.html` };
const VXLAN: Concept = { label: 'concept.vxlan', href: 'https://docs.kernel.org/networking/vxlan.html' };
const MACVLAN: Concept = { label: 'concept.macvlan', href: `${MAN}/man8/ip-link.8.html` };

const BY_KIND: Record<TraceKind, Concept> = {
  'frame-tx': VETH,
  'frame-rx': VETH,
  'arp-request': ARP,
  'arp-reply': ARP,
  'neigh-state': NEIGH,
  'fdb-learn': FDB,
  'fdb-age': FDB,
  flood: FDB,
  'bridge-forward': FDB,
  storm: FDB,
  route: ROUTE,
  forward: ROUTE,
  deliver: IP,
  icmp: ICMP,
  drop: IP,
  netfilter: NETFILTER,
  nat: NAT,
  capture: { label: 'concept.capture', href: `${MAN}/man7/packet.7.html` },
};

/**
 * The concept of a step: by its kind, except that a socket's delivery or refusal is about TCP or UDP,
 * and a VXLAN or macvlan device's own step (sending, encapsulating, flooding to VTEPs) is about that
 * device, not about veth pairs.
 */
export function conceptOf(e: Pick<StepEvent, 'kind' | 'frame' | 'code'>): Concept {
  if (e.code?.startsWith('vxlan.')) return VXLAN;
  if (e.code?.startsWith('macvlan.')) return MACVLAN;
  if (e.kind === 'deliver' || e.kind === 'drop') {
    const layers = e.frame?.layers.map((l) => l.name) ?? [];
    if (layers.includes('TCP')) return TCP;
    if (layers.includes('UDP')) return UDP;
  }
  return BY_KIND[e.kind] ?? IP;
}
