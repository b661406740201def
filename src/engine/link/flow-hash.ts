// udp_flow_src_port (include/net/udp.h): a UDP tunnel picks its source port from the inner flow's
// hash, so one flow keeps one outer port (and ECMP keeps it on one path) while different flows
// spread. skb_get_hash hashes what the flow dissector finds — addresses, protocol, ports (an ICMP
// echo's id stands in for them) — after __flow_hash_consistentify puts each pair in order, so a
// flow and its reply hash alike; a frame that is not IPv4 (ARP) hashes its ethertype alone. The
// seed (hashrnd) is random per boot and shared by every namespace of the machine.

import { ETH_P_IP, type EthFrame, ICMP_ECHO, ICMP_ECHOREPLY } from '../wire/packet.ts';

/** net.ipv4.ip_local_port_range, which a tunnel without `srcport MIN MAX` uses. */
const PORT_MIN = 32768;
const PORT_MAX = 60999;

function mix(h: number, v: number): number {
  let k = Math.imul(v >>> 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** skb_get_hash of a frame: symmetric in its addresses and ports, never 0. */
export function flowHash(seed: number, f: EthFrame): number {
  let h = mix(seed, f.type);
  const p = f.payload;
  if (f.type === ETH_P_IP && p.kind === 'ipv4') {
    const [a, b] = p.src <= p.dst ? [p.src, p.dst] : [p.dst, p.src];
    h = mix(mix(mix(h, a), b), p.protocol);
    const l4 = p.payload;
    let ports: [number, number] | undefined;
    if (p.frag?.offset) ports = undefined;
    else if (l4.kind === 'tcp' || l4.kind === 'udp') ports = [l4.sport, l4.dport];
    else if (l4.kind === 'icmp' && (l4.type === ICMP_ECHO || l4.type === ICMP_ECHOREPLY))
      ports = [l4.id, l4.id];
    if (ports) {
      const [x, y] = ports[0] <= ports[1] ? ports : [ports[1], ports[0]];
      h = mix(h, (x << 16) | y);
    }
  }
  return fmix(h) || 1;
}

/** The source port: the hash folded as udp_flow_src_port folds it into [min, max). */
export function flowSrcPort(seed: number, f: EthFrame, min = 0, max = 0): number {
  if (min >= max) {
    min = PORT_MIN;
    max = PORT_MAX;
  }
  let hash = flowHash(seed, f);
  hash = (hash ^ (hash << 16)) >>> 0;
  return Math.floor((hash * (max - min)) / 2 ** 32) + min;
}
