# Docker's default bridge network, built by hand: the host bridge docker0 and two containers,
# each a network namespace joined to the bridge by a veth pair.

# The bridge on the host, with the gateway address the containers use.
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up

# Container c1: a namespace, a veth pair, the container end moved in and renamed eth0.
ip netns add c1
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master docker0
ip link set veth1 up
ip -n c1 link set eth0 address 02:42:ac:11:00:02
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c1 link set lo up
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.17.0.1

# Container c2, the same way.
ip netns add c2
ip link add veth2 type veth peer name eth0 netns c2
ip link set veth2 master docker0
ip link set veth2 up
ip -n c2 link set eth0 address 02:42:ac:11:00:03
ip -n c2 addr add 172.17.0.3/16 dev eth0
ip -n c2 link set lo up
ip -n c2 link set eth0 up
ip -n c2 route add default via 172.17.0.1

# c1 reaches c2 across the bridge.
ip netns exec c1 ping -c 1 172.17.0.3
