// The veth pair a connect gesture proposes: names and suggested addresses (ip-num arithmetic, so
// this module is loaded when a pair is first proposed, not with the page).

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import { freshSubnet, nextFree, subnetOf } from './addr.ts';
import { type End, linkNames, nsOf, type Target, type VethProposal } from './intents.ts';
import { freeName } from './names.ts';

/** Interface name for a new veth end in `netns`, avoiding `also` (names proposed alongside). */
function endName(snap: TopologySnapshot, netns: string, other: string, also: string[] = []): string {
  const taken = [...linkNames(snap, netns), ...also];
  if (netns === '') return freeName(`veth-${other || 'host'}`.slice(0, 12), taken);
  return freeName('eth', taken, true);
}

/** Connecting namespace `from` to a namespace or a bridge (`to`). */
export function proposeVeth(snap: TopologySnapshot, from: string, to: Target): VethProposal | undefined {
  if (to.kind === 'link') {
    const { name } = to;
    const br = nsOf(snap, to.netns)?.links.find((l) => l.name === name);
    if (br?.kind === 'bridge') {
      if (from === to.netns) return undefined;
      const a: End = { netns: from, name: endName(snap, from, to.netns), addr: '' };
      const b: End = { netns: to.netns, name: endName(snap, to.netns, from), addr: '' };
      if (to.netns !== '' && b.name.startsWith('eth'))
        b.name = freeName(`veth-${from}`.slice(0, 12), linkNames(snap, to.netns));
      const subnet = bridgeSubnet(snap, to.netns, br.name);
      // No subnet on this bridge yet: a fresh one, leaving .1 for the bridge as gateway.
      const fresh = freshSubnet(snap);

      // Leave the subnet's first address for the bridge (the gateway) unless the bridge has one.
      const net = subnet ?? fresh;
      const skip = br.addrs.length ? [] : [nextFree(snap, net) ?? ''];
      a.addr = nextFree(snap, net, skip) ?? '';
      const gateway = br.addrs[0]?.split('/')[0] ?? '';
      const hasDefault = nsOf(snap, from)?.routes.some((r) => r.startsWith('default')) ?? false;
      return { a, b, bridge: br.name, gateway: hasDefault ? '' : gateway };
    }
    to = { kind: 'netns', netns: to.netns };
  }
  if (to.netns === from) return undefined;
  const subnet = freshSubnet(snap);
  const first = nextFree(snap, subnet) ?? '';
  const second = nextFree(snap, subnet, [first]) ?? '';
  return {
    a: { netns: from, name: endName(snap, from, to.netns), addr: first },
    b: { netns: to.netns, name: endName(snap, to.netns, from), addr: second },
    gateway: '',
  };
}

/** The subnet in use on a bridge: its own address, else an address behind one of its ports. */
export function bridgeSubnet(snap: TopologySnapshot, netns: string, bridge: string): string | undefined {
  const ns = nsOf(snap, netns);
  const br = ns?.links.find((l) => l.name === bridge);
  if (br?.addrs[0]) return subnetOf(br.addrs[0]).toCidrString();
  for (const port of ns?.links.filter((l) => l.master === bridge) ?? []) {
    const peer = port.peer && nsOf(snap, port.peer.netns)?.links.find((l) => l.name === port.peer?.ifname);
    if (peer?.addrs[0]) return subnetOf(peer.addrs[0]).toCidrString();
  }
  return undefined;
}
