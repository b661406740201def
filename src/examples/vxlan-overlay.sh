# Two machines on one host: node1 and node2 are namespaces joined by an underlay link (eth0 ⇄ eth0,
# 192.168.50.0/24). On each node the containers hang off a bridge, br0, and a VXLAN device, vx0
# (VNI 100, UDP port 4789), is a port of that bridge: it carries the containers' Ethernet frames to
# the other node inside UDP. Docker's overlay networks are built the same way. vx0's MTU is 1450:
# the 50 bytes of outer Ethernet, IPv4, UDP and VXLAN headers must still fit the underlay's 1500.

ip netns add node1
ip netns add node2
ip netns add c1
ip netns add c2

# The underlay: the "physical" link between the two machines.
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set lo up
ip -n node2 link set lo up
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up

# On each node: a bridge, and the VXLAN device to the other node as one of its ports.
ip -n node1 link add br0 type bridge
ip -n node2 link add br0 type bridge
ip -n node1 link add vx0 type vxlan id 100 dstport 4789 local 192.168.50.1 remote 192.168.50.2 dev eth0
ip -n node2 link add vx0 type vxlan id 100 dstport 4789 local 192.168.50.2 remote 192.168.50.1 dev eth0
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 link set br0 up
ip -n node2 link set br0 up

# A container on each node: a veth pair from the container to the node's bridge.
ip link add eth0 netns c1 type veth peer name veth-c1 netns node1
ip link add eth0 netns c2 type veth peer name veth-c2 netns node2
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n c1 link set lo up
ip -n c2 link set lo up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up

ip netns exec c1 ping -c 1 10.0.0.2
