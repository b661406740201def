// `ip -d link show`: the details iproute2 6.1 prints after the link line (print_linkinfo with
// show_details: promiscuity, MTU range, then the link type's own attributes, IFLA_LINKINFO). Only
// VXLAN is modelled here; other kinds print the plain form (listed in known-differences).

import type { Device } from '../../engine/link/device.ts';
import { Vxlan } from '../../engine/link/vxlan.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import { unsupportedText } from '../unsupported.ts';
import { linkLine } from './link.ts';

/** The link line with its details and the type's attributes, or undefined when not modelled. */
export function linkDetails(dev: Device, viewer: Netns): string | undefined {
  if (!(dev instanceof Vxlan)) return undefined;
  const promisc = dev.promiscuity + (dev.master ? 1 : 0);
  const allmulti = dev.master ? 1 : 0;
  const line = linkLine(dev, viewer).replace(/\n$/, '');
  let out = `${line} promiscuity ${promisc}  allmulti ${allmulti} minmtu 68 maxmtu 65535 \n`;
  out += `    ${vxlanOpt(dev, viewer)}`;
  if (dev.master) return `${out}\n    ${unsupportedText('the bridge_slave details of a bridge port')}\n`;
  // netif_inherit_tso_max: a lower device lends its TSO limit (every kind netns-lab models has 524280).
  const tso = dev.cfg.lower ? 524280 : 65536;
  return `${out}addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tso} tso_max_segs 65535 gro_max_size 65536 \n`;
}

/** vxlan_print_opt (ip/iplink_vxlan.c). */
function vxlanOpt(dev: Vxlan, viewer: Netns): string {
  const c = dev.cfg;
  let s = `vxlan id ${c.vni} `;
  if (c.remote) s += `remote ${ip4ToString(c.remote)} `;
  if (c.local) s += `local ${ip4ToString(c.local)} `;
  if (c.lower) {
    // ll_index_to_name resolves the index in the namespace ip runs in.
    const here = viewer.devByIndex(c.lower.ifindex);
    s += `dev ${here ? here.name : `if${c.lower.ifindex}`} `;
  }
  s += `srcport ${c.portMin} ${c.portMax} dstport ${c.dstPort} `;
  if (!c.learning) s += 'nolearning ';
  s += c.ttl ? `ttl ${c.ttl} ` : 'ttl auto ';
  s += `ageing ${c.ageing} `;
  if (c.maxAddress) s += `maxaddr ${c.maxAddress} `;
  return `${s}udpcsum noudp6zerocsumtx noudp6zerocsumrx `;
}
