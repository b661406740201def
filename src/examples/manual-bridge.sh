# The classic manual recipe: two namespaces joined by a Linux bridge, built with ip and brctl.

ip netns add ns1
ip netns add ns2

# One veth pair per namespace; the "-peer" end goes inside.
ip link add veth1 type veth peer name veth1-peer
ip link add veth2 type veth peer name veth2-peer
ip link set veth1-peer netns ns1
ip link set veth2-peer netns ns2

# Addresses on one subnet, and everything up.
ip netns exec ns1 ip addr add 10.0.0.1/24 dev veth1-peer
ip netns exec ns2 ip addr add 10.0.0.2/24 dev veth2-peer
ip netns exec ns1 ip link set veth1-peer up
ip netns exec ns2 ip link set veth2-peer up
ip netns exec ns1 ip link set lo up
ip netns exec ns2 ip link set lo up

# The bridge on the host, with the host ends of both pairs enslaved to it.
brctl addbr mybridge
brctl addif mybridge veth1
brctl addif mybridge veth2
ip link set veth1 up
ip link set veth2 up
ip link set mybridge up

ip netns exec ns1 ping -c 1 10.0.0.2
