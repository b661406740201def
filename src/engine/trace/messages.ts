// The sentences trace events are made of, as codes with parameters, so a front end can say them in
// another language (src/ui/i18n/trace.zh.ts). `TraceEvent.text` is always the English rendering.
//
// Parameters are literals that read the same in every language (addresses, device and namespace
// names, MACs, numbers, rule texts, table/chain names, TCP flags, NUD and TCP states, errno names)
// or nested messages. Optional phrases are a nested message or '', so no English is ever baked into
// a parameter. Fragment codes (`pkt.*`, `icmptype.*`, `tuple.*`, `errno.*`, `neigh.why.*` and the
// optional phrases) only appear nested inside other messages.

export const TRACE_EN = {
  // --- packets, as a sentence names them ---
  'pkt.tcp': 'TCP {src}:{sport} → {dst}:{dport} [{flags}]',
  'pkt.tcp-no-flags': 'none',
  'pkt.udp': 'UDP {src}:{sport} → {dst}:{dport}',
  'pkt.icmp': '{src} → {dst} ICMP {type}',
  'icmptype.echo-reply': 'echo reply seq {seq}',
  'icmptype.echo-request': 'echo request seq {seq}',
  'icmptype.dest-unreach': 'destination unreachable',
  'icmptype.time-exceeded': 'time exceeded',
  'icmptype.frag-needed': 'fragmentation needed (mtu {mtu})',
  'icmptype.redirect': 'redirect',
  'icmptype.other': 'ICMP type {type}',
  'tuple.icmp': 'icmp {src} → {dst} id {id}',
  'tuple.ports': '{proto} {src}:{sport} → {dst}:{dport}',
  'errno.ECONNREFUSED': 'Connection refused',
  'errno.ECONNRESET': 'Connection reset by peer',

  // --- IPv4 input (ip_rcv, ip_route_input_slow) ---
  'ip.otherhost': "{dev} received a frame for another host's MAC ({mac}): not for this stack, dropped",
  'ip.martian-source': 'martian source {src} on {dev}: dropped',
  'ip.no-config': '{dev} has no IPv4 configuration: packet dropped',
  'ip.rp-filter':
    'reverse-path filter on {dev} (rp_filter = {mode}): the route back to {src} does not leave through {dev}, so the packet is dropped',
  'ip.martian-local-source':
    "martian source: {src} is one of this namespace's own addresses but arrived on {dev}",
  'ip.martian-loopback': '127.0.0.0/8 address seen on {dev} (route_localnet is 0): martian, dropped',
  'ip.forwarding-off':
    '{dst} is not a local address and IP forwarding is off on {dev} (net.ipv4.ip_forward = 0): dropped silently',
  'route.reroute-mark':
    "the packet's mark is now {mark}: routed again, keeping source {src} (ip_route_me_harder)",
  'route.reroute-error':
    '{pkt} was rewritten in OUTPUT; routed again, its new destination {dst} has no usable route ({errno}): dropped (ip_route_me_harder)',
  'route.reroute-failed':
    '{pkt} was rewritten in OUTPUT; routed again it cannot leave: its source {src} is a loopback address and {dev} is not the loopback device (route_localnet is 0), so it is dropped (ip_route_me_harder, EINVAL)',
  'ip.fragment': '{pkt} is larger than the MTU {mtu} of {dev}: sent as {n} fragments',
  'ip.frag-needed':
    "{pkt} has DF set and does not fit {dev}'s MTU {mtu}: dropped, Fragmentation needed (mtu {mtu}) sent to {src}",
  'ip.frag-queued': 'fragment of {pkt} ({len} bytes at offset {offset}) queued for reassembly',
  'ip.reassembled': 'all fragments of {pkt} arrived: reassembled',
  'ip.frag-timeout':
    'reassembly of a datagram from {src} (id {id}) timed out after 30 s: its fragments are dropped',
  'icmp.pmtu-learned':
    '{from} says the path to {dst} takes at most {mtu} bytes: path MTU {pmtu} cached for {secs} s',
  'icmp.redirect-sent':
    '{pkt} goes back out {dev}, where its sender is: Redirect Host (new next hop {gw}) sent to {src}',
  'icmp.redirect-accepted': 'redirect from {from}: {dst} is now reached via {gw} (cached for 300 s)',
  'icmp.redirect-ignored': 'redirect from {from} for {dst} via {gw} ignored: {why}',
  'icmp.redirect-why-sysctl': 'accept_redirects is off',
  'icmp.redirect-why-neigh': '{gw} is not resolved yet (an ARP request is sent first)',
  'icmp.redirect-why-secure': 'secure_redirects: {gw} is not a default gateway',
  'icmp.redirect-why-other': '{gw} is not a usable gateway for this route',
  'ip.no-route': 'no route to {dst}: dropped, ICMP net unreachable sent back to {src}',
  'ip.blackhole': 'the route to {dst} is a blackhole: dropped silently',
  'ip.route-error': '{reason} for {dst}: dropped, the error goes back to {src}',
  'ip.route-error-limited':
    '{reason} for {dst}: dropped; no ICMP error to {src}, which had one less than a second ago (ip_error rate limit)',
  'ip.why-no-route': 'no route (Net unreachable)',
  'ip.why-unreachable': 'an unreachable route (Host unreachable)',
  'ip.why-prohibit': 'a prohibit route (Packet filtered)',
  'ip.ttl-exceeded': 'TTL of {pkt} would reach 0 here: dropped, ICMP time exceeded sent to {src}',
  'ip.forward': 'forwarding {pkt}: route {route} → out {dev}{via}, TTL {ttl} → {newTtl}',
  'ip.forward-via': ' via {gw}',
  'ip.mangle-postrouting-drop': 'dropped by the mangle POSTROUTING chain: {pkt}',

  // --- routing (fib lookups) ---
  'route.input-local': 'route lookup for {dst}: local address (table local) → delivered to this namespace',
  'route.output-local': 'route lookup for {dst}: a local address, so {pkt} loops back through lo',
  'route.output': 'route lookup for {dst}: matched {route} → out {dev}{via}, source {src}',
  'route.via-gateway': ' via gateway {gw}',

  // --- ICMP and ping sockets ---
  'icmp.echo-ignored': 'echo request ignored: net.ipv4.icmp_echo_ignore_all = 1',
  'icmp.echo-broadcast-ignored':
    'echo request to a broadcast address ignored (icmp_echo_ignore_broadcasts = 1)',
  'icmp.echo-answered': '{pkt} delivered locally; answering with an echo reply',
  'icmp.reply-unroutable':
    '{pkt} cannot leave: this namespace has no route back to {dst} ({errno}), so the reply is dropped here and the ping never sees it; a route to {dst} (or a default route) is missing on this side',
  'icmp.error-unroutable':
    '{pkt} is not sent: there is no route back to {dst} ({errno}), so the sender is not told',
  'icmp.echo-reply-to-ping': '{pkt} delivered to the ping that sent the request',
  'icmp.echo-reply-no-socket': '{pkt} delivered to no socket',
  'icmp.error-to-ping': 'ICMP {type} from {from} about our echo request seq {seq}',
  'icmp.ratelimited':
    'ICMP {type} to {dst} not sent: the per-destination rate limit (icmp_ratelimit, icmp_ratemask) has no token left',
  'icmp.ratelimited-global': '{why} (the namespace-wide limit icmp_msgs_per_sec / icmp_msgs_burst)',

  // --- ARP (arp.c) ---
  'arp.failed': 'ARP for {ip} on {dev} failed: {pkt} dropped, ICMP host unreachable sent to {src}',
  'arp.request': '{dev} broadcasts an ARP request: who-has {ip} tell {src}',
  'arp.probe': '{dev} probes {ip} with a unicast ARP request to {mac} (who-has {ip} tell {src})',
  'arp.reply': '{dev} answers: {ip} is-at {mac} (ARP reply to {to})',
  'arp.ignore': '{dev} ignores the ARP request for {ip} (arp_ignore = {mode})',
  'arp.proxy-reply': 'proxy ARP on {dev}: {ip} is reached through {via}, so {dev} answers with its own MAC',
  'arp.proxy-delay': 'proxy ARP on {dev}: will answer for {ip} after a random delay ({ms} ms, proxy_delay)',

  // --- neighbour table (neighbour.c): one event, the reason nested ---
  'neigh.state': 'neighbour {ip} on {dev}: {from} → {to} ({why})',
  'neigh.why.arp-reply': 'ARP reply from {mac} answered our request',
  'neigh.why.arp-broadcast-reply': 'ARP broadcast reply from {ip} seen',
  'neigh.why.arp-request': 'ARP request from {ip} seen',
  'neigh.why.requester': "learned from {ip}'s ARP request (a responder records the requester as STALE)",
  'neigh.why.admin': 'set by ip neigh {mode}',
  'neigh.why.stale-used':
    'a packet was sent through the STALE entry; Linux sends it at once and waits {delay} s for confirmation',
  'neigh.why.unresolved':
    'no link-layer address for {ip} yet: the packet is queued and an ARP request broadcast',
  'neigh.why.used-recently': 'reachable time ran out but the entry was used recently',
  'neigh.why.not-confirmed': 'not confirmed for its reachable time ({secs} s)',
  'neigh.why.confirmed': 'confirmed while waiting',
  'neigh.why.probe': 'no confirmation within {delay} s: probing with a unicast ARP request',
  'neigh.why.unanswered': '{probes} ARP requests went unanswered',

  // --- TCP (tcp_ipv4.c, tcp_input.c, tcp_timer.c) ---
  'tcp.timeout': 'TCP {local} → {remote}: no answer after {max} retransmissions, the connection times out',
  'tcp.retransmit':
    'TCP {local}: no answer from {remote} in {ms} ms ({state}), retransmitting (try {try} of {max})',
  'tcp.deliver': '{pkt} belongs to a connection in state {state}',
  'tcp.data':
    'TCP {local}: {bytes} bytes from {remote} in order, acknowledged at once and handed to the application',
  'tcp.listener': '{pkt}: a listener on {local} answers with SYN|ACK',
  'tcp.stray-rst': '{pkt}: a reset for no connection, ignored',
  'tcp.no-listener': '{pkt}: nothing listens on port {port}, so the kernel answers with a reset (RST)',
  'tcp.reset': 'reset received in state {state}: the connection to {remote} is closed ({error})',
  'tcp.icmp-error': 'ICMP error from {from} about our SYN to {dst}: connect() fails with {errno}',

  // --- VXLAN (drivers/net/vxlan) ---
  'vxlan.fdb-hit': "{dev}'s FDB says {mac} is behind VTEP {dsts}",
  'vxlan.flood':
    '{dev} has no FDB entry for {mac}: flooded to every remote VTEP in its default entry: {dsts}',
  'vxlan.flood-broadcast':
    '{dev} sends the broadcast {mac} to every remote VTEP in its default entry: {dsts}',
  'vxlan.no-fdb':
    '{dev} has no FDB entry for {mac} and no default (00:00:00:00:00:00) entry to flood to: frame dropped',
  'vxlan.no-remote': '{dev}: the FDB entry for {mac} names no remote VTEP address: frame dropped',
  'vxlan.no-route': '{dev}: no route to VTEP {dst} in the underlay: frame dropped',
  'vxlan.circular': '{dev}: the route to VTEP {dst} goes out through {dev} itself: frame dropped',
  'vxlan.encap': '{dev}: encapsulated in UDP {src}:{sport} → {dst}:{dport}, VNI {vni}',
  'vxlan.pmtu-reply':
    '{dev}: a {len}-byte packet with DF set does not fit the path once the 50 bytes of VXLAN are added (room for {mtu}): {dev} answers {src} with Fragmentation needed (mtu {mtu}) itself',
  'vxlan.bypass':
    '{dev}: VTEP {dst} is a local address, so the frame goes straight to {peer}, unencapsulated',
  'vxlan.bypass-none':
    '{dev}: VTEP {dst} is a local address but no VXLAN device here has VNI {vni} on port {port}: dropped',
  'vxlan.bad-source': '{dev}: inner source MAC {mac} is its own or not a unicast address: dropped',
  'vxlan.decap': 'decapsulated on {owner}{dev}, VNI {vni} (from VTEP {src})',
  'vxlan.owner-ns': "{ns}'s ",
  'vxlan.owner-host': "the host's ",
  'vxlan.static-conflict':
    '{dev}: {mac} arrived from VTEP {src}, but its permanent FDB entry says {old}: static entries do not move, dropped',
  'vxlan.migrate': '{dev}: {mac} moved from VTEP {old} to {dst}',
  'vxlan.learn': '{dev} learned {mac} behind VTEP {dst} (the outer source address)',
  'vxlan.aged': '{dev} forgot {mac} (VTEP {dst}): unused for {secs} s (ageing)',
  'vxlan.bad-header': 'UDP from {src} to port {port} is not a valid VXLAN header: dropped',
  'vxlan.no-vni': 'VXLAN from {src} on port {port}: no device here has VNI {vni}, dropped',

  // --- UDP (udp.c) ---
  'udp.no-socket': '{pkt}: no socket is bound to port {port}, so the kernel answers ICMP port unreachable',
  'udp.deliver': '{pkt} delivered to the socket bound to {local}',
  'udp.icmp-error':
    "ICMP error from {from} about our UDP datagram to {dst}: the socket's next send fails with {errno}",

  // --- veth and macvlan ---
  'veth.no-carrier': '{dev} has no carrier (its peer {peer} is down): frame dropped',
  'veth.too-big':
    '{dev} drops a {len}-byte frame: its peer {peer} takes at most MTU {mtu} (plus the Ethernet and VLAN headers)',
  'veth.xmit': '{dev} sends the frame to its veth peer {peer}{where}',
  'veth.in-ns': ' in {ns}',
  'veth.in-host': ' in the host',
  'macvlan.sibling': '{dev} (macvlan, bridge mode) hands the frame straight to sibling {sibling}',
  'macvlan.parent':
    "{dev} (macvlan) sends the frame out through its parent {parent}'s link, bypassing the parent's own stack",

  // --- bridge (br_input.c, br_forward.c, br_fdb.c, br_netfilter) ---
  'bridge.port-not-forwarding': '{br}: port {port} is not forwarding, frame dropped',
  'bridge.local': '{mac} is a local address of {br} ({owner}): passed up to {br}',
  'bridge.owner-port': "port {port}'s own MAC",
  'bridge.owner-self': 'the bridge itself',
  'bridge.hairpin-drop':
    '{br}: {mac} was learned on {port}, the port the frame came in on; without hairpin mode it is not sent back',
  'bridge.isolated-drop': '{br}: {from} and {port} are both isolated ports: the frame is not forwarded',
  'bridge.forward': '{br}: FDB says {mac} is on port {port}; forwarded there',
  'bridge.xmit-forward': '{br}: FDB says {mac} is on port {port}',
  'bridge.flood-broadcast':
    'broadcast frame: {br} floods it to every other port and passes a copy up to itself{ports}',
  'bridge.flood-multicast':
    'multicast frame: {br} floods it to every other port and passes a copy up to itself{ports}',
  'bridge.flood-unknown':
    '{br} has no FDB entry for {mac}: unknown unicast is flooded to every other port{ports}',
  'bridge.xmit-broadcast': '{br} sends a broadcast to all its ports{ports}',
  'bridge.xmit-multicast': '{br} sends a multicast to all its ports{ports}',
  'bridge.xmit-unknown': '{br} has no FDB entry for {mac}: flooded to every port{ports}',
  'capture.promisc-on':
    'tcpdump opened a packet socket on {dev}: {dev} enters promiscuous mode (promiscuity 1) and the capture sees every frame it sends or receives{bridge}',
  'capture.promisc-off': 'the capture on {dev} closed: {dev} leaves promiscuous mode (promiscuity 0){bridge}',
  'capture.bridge-promisc':
    '; a bridge in promiscuous mode also passes up a copy of every frame it forwards or floods, so tcpdump on {dev} sees traffic between its ports too',
  'capture.bridge-normal': '; {dev} again passes up only frames for itself, broadcasts and multicasts',
  'bridge.promisc-up':
    '{br} is in promiscuous mode (a packet capture is open on it), so it also passes a copy of this frame for {mac} up to itself: the capture sees it, the IP stack drops it',
  'bridge.flood-ports': ' ({ports})',
  'bridge.flood-no-port': ' (no other forwarding port)',
  'bridge.nf-prerouting-drop':
    '{br}: bridged frame from {port} dropped by iptables PREROUTING (br_netfilter)',
  'bridge.nf-forward-drop': '{br}: bridged frame to {port} dropped by iptables FORWARD (br_netfilter)',
  'bridge.dnat-routed':
    '{br}: the new destination after DNAT is not behind the bridge, so the packet is routed',
  'bridge.too-big': '{br}: a {len}-byte frame does not fit port {port} (MTU {mtu}): dropped',
  'bridge.nf-df-too-big':
    '{br}: a {len}-byte packet with DF set does not fit port {port} (MTU {mtu}): br_netfilter drops it, with no ICMP error',
  'bridge.nf-fragment':
    '{br}: a {len}-byte packet does not fit port {port} (MTU {mtu}): br_netfilter sends it as {n} fragments',
  'bridge.storm':
    'broadcast storm: {br} keeps receiving copies of the same frame (a loop between bridges and no STP). Linux would flood it forever; the simulation stopped it after a bounded number of copies.',
  'fdb.learn': '{br} learned {mac} on port {port} (source MAC of a frame that arrived there)',
  'fdb.move': '{br} saw {mac} on {port}: moved its FDB entry to that port',
  'fdb.age': '{br} forgot {mac} on {port}: no frame from it for {secs} s (ageing_time)',

  // --- netfilter: chains and rules (ip_tables.c ipt_do_table) ---
  'nf.policy': '{table} {chain}: no rule decided, so the chain policy {policy} applies',
  'nf.rule': '{table} {chain} rule {n} ({rule})',
  'nf.jump': '{rule} matched: jump to chain {chain}',
  'nf.match': '{rule} matched: {target}',
  'nf.jump-why': '{rule} matched: jump to chain {chain} ({why})',
  'nf.match-why': '{rule} matched: {target} ({why})',
  'nf.drop': 'dropped by iptables at {hook} (a DROP rule or policy): {pkt}',
  'nf.reject': 'rejected by iptables at {hook} ({with}): {pkt}',

  // --- why kube-router wrote a rule (src/shell/k8s/netpol.ts) ---
  'kr.jump-top': "kube-router's network policy chain {chain} comes first",
  'kr.service-range': 'kube-router lets traffic to the service range (10.96.0.0/12) on to kube-proxy',
  'kr.node-ports': "kube-router lets traffic to the node's NodePorts (30000-32767) through",
  'kr.default-mark': 'no NetworkPolicy restricts this direction: the packet is marked allowed (0x10000)',
  'kr.invalid': 'kube-router drops a packet conntrack finds INVALID',
  'kr.established': 'a reply or related packet of a connection already allowed passes (stateful rule)',
  'kr.icmp': 'kube-router always lets ICMP echo requests, destination-unreachable and time-exceeded through',
  'kr.accept': 'kube-router accepts the packet: the Pods it goes between allowed it (mark 0x20000)',
  'kr.allow': 'NetworkPolicy {policy} allows it: {dir} rule {n} ({peers}; {ports})',
  'kr.policy-jump': 'NetworkPolicy {policy} selects Pod {pod} ({types})',
  'kr.default': 'no NetworkPolicy selects Pod {pod} for {dir}: its {dir} traffic is allowed',
  'kr.from-node': 'the node itself may always reach Pod {pod}',
  'kr.common': 'the rules kube-router gives every Pod (invalid, established, ICMP)',
  'kr.reject':
    'no NetworkPolicy allowed this packet for Pod {pod} (ingress policies: {ingress}; egress policies: {egress}): kube-router rejects it',
  'kr.pod-in': 'traffic to Pod {pod} ({ip}) goes through its firewall chain',
  'kr.pod-out': 'traffic from Pod {pod} ({ip}) goes through its firewall chain',
  'kr.reject-node':
    "kube-router on {node} rejects it: no NetworkPolicy allowed this packet for {node}'s Pod {pod} (ingress policies: {ingress}; egress policies: {egress}). Each node's kube-router filters only its own Pods: a packet between Pods of two nodes is checked for egress on the sender's node and for ingress on the receiver's node",
  'kr.pod-in-node':
    "traffic to Pod {pod} ({ip}), which runs on {node}, goes through its firewall chain here, on its own node (from this node's Pods, or from another node's over the pod network)",
  'kr.pod-out-node':
    'traffic from Pod {pod} ({ip}), which runs on {node}, goes through its firewall chain here, on its own node, before it leaves for another Pod, Service or node',
  'kr.tail': "kube-router's last word: ACCEPT what the Pods' chains allowed",

  // --- why flanneld wrote a rule (src/shell/k8s/flannel.ts) ---
  'flannel.masq-jump': "flanneld's masquerade rules (--ip-masq), in FLANNEL-POSTRTG",
  'flannel.kube-proxy-mark':
    'kube-proxy marked this connection for masquerading (0x4000): flanneld leaves it to KUBE-POSTROUTING',
  'flannel.pods-to-cluster':
    "from this node's Pods ({subnet}) to the cluster network ({network}): Pods see each other's real addresses, no masquerade",
  'flannel.cluster-to-pods':
    "from the cluster network ({network}) to this node's Pods ({subnet}): no masquerade",
  'flannel.outside-to-pods': "from outside the cluster network to this node's Pods ({subnet}): no masquerade",
  'flannel.masq-out':
    "a Pod's traffic leaving the cluster network ({network}) is masqueraded to the node's address (not multicast)",
  'flannel.masq-in':
    'traffic from outside the cluster network to a Pod of another node is masqueraded, so the reply comes back through this node',
  'flannel.fwd-jump': "flanneld's forward rules, in FLANNEL-FWD",
  'flannel.fwd': 'flanneld forwards whatever comes from or goes to the cluster network ({network})',

  // --- why Docker Engine wrote a rule (src/shell/docker/iptabler.ts) ---
  'docker.jump-prerouting':
    "Docker sends packets for the host's own addresses to its DOCKER chain, where published ports are",
  'docker.jump-output':
    "Docker sends the host's own packets for its addresses (but not 127.0.0.0/8, which docker-proxy serves) to its DOCKER chain",
  'docker.jump-user': "Docker's DOCKER-USER chain comes first: the place for the user's own rules",
  'docker.jump-forward': "Docker's forwarding rules, in DOCKER-FORWARD",
  'docker.jump-ct': 'replies to connections into Docker networks are checked first (DOCKER-CT)',
  'docker.jump-isolation': 'isolation between Docker networks (DOCKER-ISOLATION-STAGE-1)',
  'docker.jump-bridge': 'traffic into a Docker network goes through DOCKER-BRIDGE',
  'docker.masquerade': "Docker's MASQUERADE for network {net} ({subnet}) leaving by another interface",
  'docker.skip-dnat':
    'no DNAT for traffic from {bridge} (network {net}): docker-proxy serves published ports to it',
  'docker.out': 'Docker lets out everything leaving network {net} ({bridge}) that got this far',
  'docker.default-drop':
    "Docker's default DROP into network {net}: from outside only published ports come in",
  'docker.ct': 'replies into network {net} ({bridge}): ACCEPT',
  'docker.bridge': 'into network {net}: the per-port rules in DOCKER decide',
  'docker.isolation-1':
    'from network {net} ({bridge}) to somewhere else: stage 2 checks whether that is another Docker network',
  'docker.isolation-2': "Docker's isolation: nothing from another Docker network gets into {net} ({bridge})",
  'docker.direct-access':
    "Docker's direct-access filter: {ip} ({container}) is reachable only through {bridge}",
  'docker.dnat': "DNAT by Docker's port mapping for -p {spec} ({container})",
  'docker.port-accept': "Docker's published port -p {spec}: forwarded into {container}",
  'docker.loopback-port': 'Docker: -p {spec} is bound to {ip}, which no other interface may reach',

  // --- conntrack and NAT (nf_conntrack_core.c, nf_nat_core.c) ---
  'ct.new':
    'conntrack: new connection {tuple}{state}; it becomes an entry once the packet has passed every hook',
  'ct.new-state': ' ({state})',
  'ct.confirmed': 'conntrack: entry confirmed for {tuple}; replies will match {reply}',
  'ct.tcp-state': 'conntrack: {tuple} TCP state {from} → {to} ({dir} direction)',
  'ct.reset-only': 'conntrack: the only answer to {tuple} was a reset, so the entry is removed',
  'nat.dnat': 'DNAT: destination {from} → {to} (conntrack binding)',
  'nat.snat': 'SNAT: source {from} → {to} (conntrack binding)',
  'nat.reply-dst': 'reply un-NATed by conntrack: destination {from} → {to}',
  'nat.reply-src': 'reply un-NATed by conntrack: source {from} → {to}',
  'nat.related-dst':
    'ICMP error RELATED to a NATed connection: destination {from} → {to}, and the quoted packet with it',
  'nat.related-src':
    'ICMP error RELATED to a NATed connection: source {from} → {to}, and the quoted packet with it',
} as const;

export type TraceCode = keyof typeof TRACE_EN;

export type TraceParam = string | number | TraceMsg;

/** A trace sentence as data: a code of TRACE_EN and the values of its `{name}` placeholders. */
export interface TraceMsg {
  code: TraceCode;
  params: Record<string, TraceParam>;
}

/** The placeholder names of a template: Holes<'a {x} b {y}'> = 'x' | 'y'. */
type Holes<S extends string> = S extends `${string}{${infer K}}${infer Rest}` ? K | Holes<Rest> : never;

type ParamsOf<C extends TraceCode> = [Holes<(typeof TRACE_EN)[C]>] extends [never]
  ? []
  : [params: Record<Holes<(typeof TRACE_EN)[C]>, TraceParam>];

/** Builds a message; the compiler checks the params against the English template's placeholders. */
export function msg<C extends TraceCode>(code: C, ...params: ParamsOf<C>): TraceMsg {
  return { code, params: params[0] ?? {} };
}

const HOLE = /\{(\w+)\}/g;

/** Fills `{name}` placeholders from the catalogue, nested messages recursively. */
export function renderMsg(m: TraceMsg, catalogue: Readonly<Record<TraceCode, string>> = TRACE_EN): string {
  const p = m.params;
  return catalogue[m.code].replace(HOLE, (hole, k: string) => {
    const v = p[k];
    if (v === undefined) return hole;
    return typeof v === 'object' ? renderMsg(v, catalogue) : String(v);
  });
}
