# A device follows net.ipv4.conf.default until one of its own keys is written; a
# device made after a write to default copies the value and, for conf, the written mark with it.
# forwarding, promote_secondaries and route_localnet written to default reach no existing device.
# A device given an address (lo as it first comes up) stops following default in everything.
# There is no neigh/default outside the machine's first namespace.
ip netns add a
ip -n a link add v0 type veth peer name v1
ip netns exec a sysctl -w net.ipv4.conf.default.accept_local=1
ip netns exec a sysctl net.ipv4.conf.lo.accept_local net.ipv4.conf.v0.accept_local
ip -n a link add w0 type veth peer name w1
ip netns exec a sysctl -w net.ipv4.conf.w0.accept_local=1
ip netns exec a sysctl -w net.ipv4.conf.v1.rp_filter=1
ip netns exec a sysctl -w net.ipv4.conf.default.accept_local=0
ip netns exec a sysctl -w net.ipv4.conf.default.rp_filter=2
ip netns exec a sysctl net.ipv4.conf.lo.accept_local net.ipv4.conf.v1.accept_local net.ipv4.conf.w0.accept_local net.ipv4.conf.w1.accept_local
ip netns exec a sysctl net.ipv4.conf.lo.rp_filter net.ipv4.conf.v1.rp_filter net.ipv4.conf.w1.rp_filter
ip netns exec a sysctl -w net.ipv4.conf.default.forwarding=1
ip netns exec a sysctl -w net.ipv4.conf.default.promote_secondaries=1
ip netns exec a sysctl -w net.ipv4.conf.default.route_localnet=1
ip netns exec a sysctl net.ipv4.conf.lo.forwarding net.ipv4.conf.v0.promote_secondaries net.ipv4.conf.v0.route_localnet
ip netns exec a sysctl -w net.ipv4.neigh.v0.ucast_solicit=5
ip netns exec a sysctl -w net.ipv4.neigh.default.ucast_solicit=7
ip netns exec a sysctl net.ipv4.neigh.lo.ucast_solicit net.ipv4.neigh.v0.ucast_solicit net.ipv4.neigh.v1.ucast_solicit
ip -n a link add x0 type veth peer name x1
ip netns exec a sysctl -w net.ipv4.neigh.default.ucast_solicit=4
ip netns exec a sysctl net.ipv4.neigh.x0.ucast_solicit net.ipv4.neigh.v1.ucast_solicit
ip -n a link set lo up
ip -n a addr add 10.45.0.1/24 dev v0
ip netns exec a sysctl -w net.ipv4.conf.default.arp_ignore=2
ip netns exec a sysctl net.ipv4.conf.lo.arp_ignore net.ipv4.conf.v0.arp_ignore net.ipv4.conf.v1.arp_ignore
