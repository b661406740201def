# Docker's overlay driver: the VXLAN device is created in the node's namespace, where its UDP socket
# and the underlay are, then moved into the overlay network's own namespace and enslaved to the
# bridge there. It keeps its underlay (ip -d link shows link-netns; the FDB names the underlay's
# namespace), and containers on two nodes reach each other through it.
ip netns add node1
ip netns add node2
ip netns add ov1
ip netns add ov2
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n ov1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n ov2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 link add vxlan0 address 02:00:00:00:01:20 type vxlan id 4097 dstport 4789 dev eth0
ip -n node2 link add vxlan0 address 02:00:00:00:02:20 type vxlan id 4097 dstport 4789 dev eth0
ip -n node1 link set vxlan0 netns ov1
ip -n node2 link set vxlan0 netns ov2
ip -n ov1 -d link show vxlan0
ip -n ov1 link set vxlan0 master br0
ip -n ov2 link set vxlan0 master br0
ip -n ov1 link set vxlan0 up
ip -n ov2 link set vxlan0 up
ip -n ov1 link set br0 up
ip -n ov2 link set br0 up
bridge -n ov1 fdb append 02:00:00:00:00:c2 dev vxlan0 dst 192.168.50.2
bridge -n ov2 fdb append 02:00:00:00:00:c1 dev vxlan0 dst 192.168.50.1
bridge -n ov1 fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.2
bridge -n ov2 fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.1
ip -n ov1 link add veth0 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n ov2 link add veth0 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n ov1 link set veth0 master br0
ip -n ov2 link set veth0 master br0
ip -n ov1 link set veth0 up
ip -n ov2 link set veth0 up
ip -n c1 addr add 10.0.1.2/24 dev eth0
ip -n c2 addr add 10.0.1.3/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n ov1 link show vxlan0
bridge -n ov1 fdb show dev vxlan0
ip netns exec node1 ss -uan
ip netns exec ov1 ss -uan
ip netns exec c1 ping -c 2 10.0.1.3
bridge -n ov2 fdb show dev vxlan0
