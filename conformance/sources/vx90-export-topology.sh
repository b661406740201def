# A multi-node VXLAN lab for the export test (scenario vx90-export-rebuilds): three nodes on an
# underlay switch; node1 and node2 join their bridges with a learning VXLAN (VNI 100) that also
# floods to node3, where the VXLAN device lives in an overlay namespace of its own (Docker style);
# node1 and node2 also have a Flannel-style routed VXLAN (flannel.1, VNI 1, port 8472).
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip netns add node1
ip netns add node2
ip netns add node3
ip netns add ov3
ip netns add c1
ip netns add c2
ip netns add c3
ip link add eth0 netns node1 type veth peer name n1
ip link add eth0 netns node2 type veth peer name n2
ip link add eth0 netns node3 type veth peer name n3
ip link set n1 master sw
ip link set n2 master sw
ip link set n3 master sw
ip link set n1 up
ip link set n2 up
ip link set n3 up
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node3 addr add 192.168.50.3/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node3 link set eth0 up
ip -n node1 link add br0 type bridge mcast_snooping 0
ip -n node2 link add br0 type bridge mcast_snooping 0
ip -n ov3 link add br0 type bridge mcast_snooping 0
ip -n node1 link add vx0 type vxlan id 100 dstport 4789 local 192.168.50.1 remote 192.168.50.2 dev eth0 ageing 600
ip -n node2 link add vx0 type vxlan id 100 dstport 4789 local 192.168.50.2 remote 192.168.50.1 dev eth0
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node2 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
ip -n node3 link add vxlan0 type vxlan id 100 dstport 4789 dev eth0
ip -n node3 link set vxlan0 netns ov3
bridge -n ov3 fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.1
bridge -n ov3 fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.2
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n ov3 link set vxlan0 master br0
ip link add eth0 netns c1 type veth peer name veth-c1 netns node1
ip link add eth0 netns c2 type veth peer name veth-c2 netns node2
ip link add eth0 netns c3 type veth peer name veth-c3 netns ov3
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n ov3 link set veth-c3 master br0
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n c3 addr add 10.0.0.3/24 dev eth0
ip -n node1 link set br0 up
ip -n node2 link set br0 up
ip -n ov3 link set br0 up
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n ov3 link set vxlan0 up
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n ov3 link set veth-c3 up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n node1 link add flannel.1 address 0a:00:00:00:00:01 type vxlan id 1 local 192.168.50.1 dev eth0 dstport 8472 nolearning
ip -n node2 link add flannel.1 address 0a:00:00:00:00:02 type vxlan id 1 local 192.168.50.2 dev eth0 dstport 8472 nolearning
ip -n node1 addr add 10.244.0.0/32 dev flannel.1
ip -n node2 addr add 10.244.1.0/32 dev flannel.1
ip -n node1 link set flannel.1 up
ip -n node2 link set flannel.1 up
ip -n node1 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.1.0 lladdr 0a:00:00:00:00:02 dev flannel.1 nud permanent
bridge -n node1 fdb append 0a:00:00:00:00:02 dev flannel.1 dst 192.168.50.2
ip -n node2 route add 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node2 neigh add 10.244.0.0 lladdr 0a:00:00:00:00:01 dev flannel.1 nud permanent
bridge -n node2 fdb append 0a:00:00:00:00:01 dev flannel.1 dst 192.168.50.1
