// The CNI bridge plugin with host-local IPAM, containernetworking/plugins v1.9.1, as the kubelet's
// container runtime calls it for a Pod sandbox: every kernel-facing step of cmdAdd / cmdDel
// (plugins/main/bridge/bridge.go, pkg/ip/link_linux.go SetupVeth, pkg/ipam/ipam_linux.go
// ConfigureIface, pkg/ip/ipmasq_iptables_linux.go, plugins/ipam/host-local/backend/allocator) run
// as the plain ip / iptables command that does the same, echoed like set -x (see ../docker/ops.ts).

import { broadcastOf, type Ip4, ip4ToString } from '../../engine/wire/addr.ts';
import { CNI_PLUGINS_RELEASE, type CniConf } from './cni-conf.ts';
import { hex, sha512, utf8 } from './hash.ts';
import type { NodeOps } from './node-ops.ts';
import type { KNode } from './state.ts';

/** utils.FormatChainName: "CNI-" + sha512(name + id) in hex, cut to 28 characters. */
export function cniChainName(network: string, containerId: string): string {
  return `CNI-${hex(sha512(utf8(network + containerId)))}`.slice(0, 28);
}

/** utils.FormatComment: `name: %q id: %q`. */
export function cniComment(network: string, containerId: string): string {
  return `name: ${JSON.stringify(network)} id: ${JSON.stringify(containerId)}`;
}

/** host-local's allocator.Get with no requested IP: round robin from last_reserved_ip + 1, skipping the gateway. */
export function hostLocalAllocate(st: KNode, id: string): Ip4 | string {
  const r = st.conf.range;
  const inRange = (a: Ip4) => a >= r.rangeStart && a <= r.rangeEnd;
  let cur = st.lastReserved !== undefined && inRange(st.lastReserved) ? st.lastReserved : undefined;
  let start: Ip4 | undefined;
  // RangeIter.Next: the first call starts at rangeStart (inclusive) or after the last reserved one.
  for (let n = 0; n <= r.rangeEnd - r.rangeStart + 2; n++) {
    if (cur === undefined) cur = r.rangeStart;
    else cur = cur === r.rangeEnd ? r.rangeStart : cur + 1;
    if (start === undefined) start = cur;
    else if (cur === start) break;
    if (cur === r.gateway) continue;
    if (!st.reserved.has(cur)) {
      st.reserved.set(cur, id);
      st.lastReserved = cur;
      return cur;
    }
  }
  return `failed to allocate for range 0: no IP addresses available in range set: ${ip4ToString(r.rangeStart)}-${ip4ToString(r.rangeEnd)}`;
}

export interface CniAddResult {
  ip: Ip4;
  hostVeth: string;
}

/** cmdAdd for CNI_IFNAME=eth0 in the namespace `netns`. */
export function cniAdd(ops: NodeOps, st: KNode, netns: string, containerId: string): CniAddResult | string {
  const c: CniConf = st.conf;
  const host = ops.ns;
  const rng = ops.k8s;
  ops.note(
    `CNI ADD: the bridge plugin (containernetworking/plugins ${CNI_PLUGINS_RELEASE}), network "${c.name}", CNI_CONTAINERID=${containerId.slice(0, 12)}…, CNI_IFNAME=eth0`,
  );
  // ensureBridge: LinkAdd (EEXIST is fine), then up.
  const br = host.dev(c.bridge);
  if (br && br.kind !== 'bridge')
    return `failed to create bridge "${c.bridge}": "${c.bridge}" already exists but is not a bridge`;
  const newBridge = !br;
  const mtu = c.mtu ? ['mtu', `${c.mtu}`] : [];
  if (newBridge) {
    ops.run(['ip', 'link', 'add', c.bridge, ...mtu, 'type', 'bridge']);
    ops.note(`accept_ra=0 on ${c.bridge} (IPv6, not modelled)`);
  }
  if (!newBridge && host.dev(c.bridge)?.up) {
    // LinkSetUp on a bridge that is up changes nothing.
  } else ops.run(['ip', 'link', 'set', c.bridge, 'up']);
  // setupVeth: ip.SetupVeth makes the pair from inside the Pod's namespace, its peer (random
  // "veth%x" name) in the host's; the kernel gives both ends random MACs, written out here.
  const hostVeth = rng.newVethName((n) => host.dev(n) !== undefined);
  ops.note('ip.SetupVeth: the pair is created in the Pod, its host end moved to the node at once');
  ops.run([
    'ip',
    '-n',
    netns,
    'link',
    'add',
    'eth0',
    ...mtu,
    'address',
    rng.newMac(),
    'type',
    'veth',
    'peer',
    'name',
    hostVeth,
    ...mtu,
    'address',
    rng.newMac(),
    'netns',
    ops.netnsArg,
  ]);
  ops.run(['ip', 'link', 'set', hostVeth, 'up']);
  ops.run(['ip', 'link', 'set', hostVeth, 'master', c.bridge]);
  // LinkSetHairpin(hairpinMode); LinkSetIsolated(false) leaves the port as it is (portIsolation unset).
  ops.run(['bridge', 'link', 'set', 'dev', hostVeth, 'hairpin', c.hairpinMode ? 'on' : 'off']);
  // IPAM: host-local.
  const ip = hostLocalAllocate(st, containerId);
  if (typeof ip === 'string') return ip;
  const r = c.range;
  ops.note(
    `host-local: ${ip4ToString(ip)}/${r.len} for ${containerId.slice(0, 12)}… (/var/lib/cni/networks/${c.name}/${ip4ToString(ip)}, last_reserved_ip.0), gateway ${ip4ToString(r.gateway)}`,
  );
  ops.inPod(netns, ['sysctl', '-qw', 'net.ipv4.conf.eth0.arp_notify=1']);
  // ConfigureIface: address (vishvananda/netlink adds the broadcast), up, then the routes.
  const pfx = `${ip4ToString(ip)}/${r.len}`;
  ops.ip(netns, 'addr', 'add', pfx, 'brd', ip4ToString(broadcastOf(ip, r.len)), 'dev', 'eth0');
  ops.ip(netns, 'link', 'set', 'eth0', 'up');
  const routes = [...c.routes];
  if (c.isDefaultGateway && !routes.some((x) => x.len === 0 && x.dst === 0 && x.gw !== undefined))
    routes.push({ dst: 0, len: 0, gw: r.gateway });
  for (const rt of routes) {
    const dst = rt.len === 0 ? 'default' : `${ip4ToString(rt.dst)}/${rt.len}`;
    ops.ip(netns, 'route', 'add', dst, 'via', ip4ToString(rt.gw ?? r.gateway), 'dev', 'eth0');
  }
  if (c.isGateway) {
    // ensureAddr: the gateway address on the bridge once, and the bridge's MAC set to itself so it
    // stops following the lowest port's.
    const b = host.dev(c.bridge)!;
    const gw = `${ip4ToString(r.gateway)}/${r.len}`;
    const has = b.addrs.some((a) => a.local === r.gateway && a.prefixLen === r.len);
    if (!has) {
      const other = b.addrs[0];
      if (other) {
        if (!c.forceAddress)
          return `failed to set bridge addr: "${c.bridge}" already has an IP address different from ${gw}`;
        ops.ip('', 'addr', 'del', `${ip4ToString(other.local)}/${other.prefixLen}`, 'dev', c.bridge);
      }
      ops.ip('', 'addr', 'add', gw, 'brd', ip4ToString(broadcastOf(r.gateway, r.len)), 'dev', c.bridge);
      ops.ip('', 'link', 'set', c.bridge, 'address', b.mac);
    }
    ops.enableForwarding();
  }
  if (c.ipMasq) {
    // SetupIPMasq: the per-container chain, each rule appended unless it exists (AppendUnique).
    const chain = cniChainName(c.name, containerId);
    const comment = cniComment(c.name, containerId);
    if (!ops.check(['iptables', '-t', 'nat', '-n', '-L', chain]))
      ops.run(['iptables', '-t', 'nat', '-N', chain]);
    const unique = (rule: string[]) => {
      if (!ops.check(['iptables', '-t', 'nat', '-C', ...rule]))
        ops.run(['iptables', '-t', 'nat', '-A', ...rule]);
    };
    const cm = ['-m', 'comment', '--comment', comment];
    unique([chain, '-d', pfx, '-j', 'ACCEPT', ...cm]);
    unique([chain, '!', '-d', '224.0.0.0/4', '-j', 'MASQUERADE', ...cm]);
    unique(['POSTROUTING', '-s', ip4ToString(ip), '-j', chain, ...cm]);
  }
  return { ip, hostVeth };
}

/** cmdDel: the Pod's eth0 (its peer goes with it), host-local's release, the ipMasq chain. */
export function cniDel(ops: NodeOps, st: KNode, netns: string, containerId: string, ip: Ip4): void {
  const c = st.conf;
  ops.note(`CNI DEL: the bridge plugin, network "${c.name}", CNI_CONTAINERID=${containerId.slice(0, 12)}…`);
  if (ops.world.netns(netns)?.dev('eth0')) ops.ip(netns, 'link', 'del', 'eth0');
  for (const [a, id] of st.reserved) if (id === containerId) st.reserved.delete(a);
  ops.note(
    `host-local releases ${ip4ToString(ip)} (last_reserved_ip.0 stays: the next Pod gets the next address)`,
  );
  if (c.ipMasq) {
    const chain = cniChainName(c.name, containerId);
    const comment = cniComment(c.name, containerId);
    const rule = ['POSTROUTING', '-s', ip4ToString(ip), '-j', chain, '-m', 'comment', '--comment', comment];
    if (ops.check(['iptables', '-t', 'nat', '-C', ...rule]))
      ops.run(['iptables', '-t', 'nat', '-D', ...rule]);
    if (ops.check(['iptables', '-t', 'nat', '-n', '-L', chain])) {
      ops.run(['iptables', '-t', 'nat', '-F', chain]);
      ops.run(['iptables', '-t', 'nat', '-X', chain]);
    }
  }
}
