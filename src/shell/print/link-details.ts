// `ip -d link show`: the details iproute2 6.1 prints after the link line (print_linkinfo with
// show_details): promiscuity and MTU range, the link type's own attributes (IFLA_INFO_DATA), a bridge
// port's (IFLA_INFO_SLAVE_DATA), then the generic tail (addrgenmode, queues, GSO/TSO limits).

import { Bridge, type BridgePort } from '../../engine/link/bridge.ts';
import type { Device } from '../../engine/link/device.ts';
import { Macvlan } from '../../engine/link/macvlan.ts';
import { Veth } from '../../engine/link/veth.ts';
import { Vxlan } from '../../engine/link/vxlan.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import { portCost } from '../bridge.ts';
import { linkLine } from './link.ts';

/** The link line with its details, the type's attributes and a port's, as `ip -d link` prints them. */
export function linkDetails(
  dev: Device,
  viewer: Netns,
  opts: { addrgenmode: boolean } = { addrgenmode: true },
): string {
  const line = linkLine(dev, viewer).replace(/\n$/, '');
  // A bridge port is promiscuous and all-multicast (br_add_if); a parent of a running macvlan is
  // promiscuous once (its MAC joins the unicast list, and veth has no unicast filter).
  const macvlanUp = dev.netns.world.macvlansOf(dev).some((m) => m.up);
  const promisc = dev.promiscuity + (dev.master ? 1 : 0) + (macvlanUp ? 1 : 0);
  const allmulti = dev.master ? 1 : 0;
  const mtuRange = dev.kind === 'loopback' ? 'minmtu 0 maxmtu 0' : 'minmtu 68 maxmtu 65535';
  let out = `${line} promiscuity ${promisc}  allmulti ${allmulti} ${mtuRange} `;
  const kind = kindOpt(dev, viewer);
  if (kind !== undefined) out += `\n    ${kind}`;
  const port = dev.master?.port(dev);
  if (dev.master && port) out += `\n    bridge_slave ${slaveOpt(dev.master, port)}`;
  // addrgenmode comes from IFLA_AF_SPEC, which `ip addr` does not print.
  const t = tail(dev);
  return `${out}${opts.addrgenmode ? t : t.replace('addrgenmode eui64 ', '')}\n`;
}

/** The generic attributes: veth has a queue per CPU of the machine the goldens come from (2). */
function tail(dev: Device): string {
  const queues = dev instanceof Veth ? 2 : 1;
  // netif_inherit_tso_max: a macvlan or VXLAN takes its lower device's TSO limit; a bridge its ports'
  // once it had one (br_set_gso_limits); every kind netns-lab models reports 524280 itself.
  let tso = 524280;
  if (dev instanceof Bridge && !dev.hadPorts) tso = 65536;
  if (dev instanceof Vxlan && !dev.cfg.lower) tso = 65536;
  return `addrgenmode eui64 numtxqueues ${queues} numrxqueues ${queues} gso_max_size 65536 gso_max_segs 65535 tso_max_size ${tso} tso_max_segs 65535 gro_max_size 65536 `;
}

function kindOpt(dev: Device, viewer: Netns): string | undefined {
  if (dev instanceof Veth) return 'veth ';
  if (dev instanceof Macvlan) return `macvlan mode ${dev.mode} bcqueuelen 1000 usedbcqueuelen 1000 `;
  if (dev instanceof Bridge) return bridgeOpt(dev);
  if (dev instanceof Vxlan) return vxlanOpt(dev, viewer);
  return undefined;
}

/** A bridge id as iproute2 prints it: the priority, then each octet without leading zeros. */
function bridgeId(addr: string): string {
  return `8000.${addr
    .split(':')
    .map((o) => Number.parseInt(o, 16).toString(16))
    .join(':')}`;
}

function timer(name: string, secs: number): string {
  return `${name} ${secs.toFixed(2).padStart(7)}`;
}

/** bridge_print_opt (ip/iplink_bridge.c), for a bridge without STP or VLAN filtering. */
function bridgeOpt(br: Bridge): string {
  const id = bridgeId(br.bridgeIdAddr);
  return [
    `bridge forward_delay 1500 hello_time 200 max_age 2000 ageing_time ${br.ageingTime} stp_state ${br.stpState}`,
    `priority 32768 vlan_filtering 0 bridge_id ${id} designated_root ${id} root_port 0 root_path_cost 0`,
    'topology_change 0 topology_change_detected 0',
    `${timer('hello_timer', 0)} ${timer('tcn_timer', 0)} ${timer('topology_change_timer', 0)} ${timer('gc_timer', 0)}`,
    'group_fwd_mask 0 group_address 01:80:c2:00:00:00',
    `mcast_snooping ${br.mcastSnooping ? 1 : 0} no_linklocal_learn 0 mcast_vlan_snooping 0 mcast_router 1`,
    'mcast_query_use_ifaddr 0 mcast_querier 0 mcast_hash_elasticity 16 mcast_hash_max 4096',
    'mcast_last_member_count 2 mcast_startup_query_count 2 mcast_last_member_interval 100',
    'mcast_membership_interval 26000 mcast_querier_interval 25500 mcast_query_interval 12500',
    'mcast_query_response_interval 1000 mcast_startup_query_interval 3124 mcast_stats_enabled 0',
    'mcast_igmp_version 2 mcast_mld_version 1 nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0 ',
  ].join(' ');
}

/** bridge_slave_print_opt (ip/iplink_bridge_slave.c). With STP off a port is disabled or forwarding. */
function slaveOpt(br: Bridge, p: BridgePort): string {
  const on = (b: boolean | undefined) => (b ? 'on' : 'off');
  const id = bridgeId(br.bridgeIdAddr);
  const portId = 0x8000 | p.portNo;
  return [
    `state ${br.portForwarding(p) ? 'forwarding' : 'disabled'} priority 32 cost ${portCost(p.dev)}`,
    `hairpin ${on(p.hairpin)} guard off root_block off fastleave off learning ${on(p.learning)} flood ${on(p.flood)}`,
    `port_id 0x${portId.toString(16)} port_no 0x${p.portNo.toString(16)} designated_port ${portId} designated_cost 0`,
    `designated_bridge ${id} designated_root ${id}`,
    `${timer('hold_timer', 0)} ${timer('message_age_timer', 0)} ${timer('forward_delay_timer', 0)}`,
    'topology_change_ack 0 config_pending 0 proxy_arp off proxy_arp_wifi off mcast_router 1',
    'mcast_fast_leave off mcast_flood on bcast_flood on mcast_to_unicast off neigh_suppress off',
    `group_fwd_mask 0 group_fwd_mask_str 0x0 vlan_tunnel off isolated ${on(p.isolated)} locked off `,
  ].join(' ');
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
