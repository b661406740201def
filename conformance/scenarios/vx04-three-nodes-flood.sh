# Three nodes on an underlay switch (a bridge in the host). Each VTEP's default entry lists the two
# others, so an ARP broadcast is copied to both (head-end replication) and node3 sees c1's request for
# c2 too; after the replies every VTEP has learned where each container lives.
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip netns add node1
ip netns add node2
ip netns add node3
ip netns add c1
ip netns add c2
ip netns add c3
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name n1 address 02:00:00:00:f1:01
ip link add eth0 address 02:00:00:00:02:01 netns node2 type veth peer name n2 address 02:00:00:00:f2:01
ip link add eth0 address 02:00:00:00:03:01 netns node3 type veth peer name n3 address 02:00:00:00:f3:01
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
ip -n node1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node3 link add br0 address 02:00:00:00:03:10 type bridge mcast_snooping 0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 dev eth0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 dev eth0
ip -n node3 link add vx0 address 02:00:00:00:03:20 type vxlan id 100 dstport 4789 dev eth0
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.2
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node2 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.1
bridge -n node2 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node3 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.1
bridge -n node3 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.2
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node2 link add veth-c2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n node3 link add veth-c3 address 02:00:00:00:03:30 type veth peer name eth0 address 02:00:00:00:00:c3 netns c3
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node3 link set vx0 master br0
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n node3 link set veth-c3 master br0
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n c3 addr add 10.0.0.3/24 dev eth0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node3 link set vx0 up
ip -n node1 link set br0 up
ip -n node2 link set br0 up
ip -n node3 link set br0 up
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n node3 link set veth-c3 up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
bridge -n node1 fdb show dev vx0
ip netns exec node3 tcpdump -i eth0 -nn -c 1 udp >n3.txt 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 10.0.0.2
sleep 2
cat n3.txt
ip netns exec c1 ping -c 1 10.0.0.3
ip netns exec c3 ping -c 1 10.0.0.2
sleep 6
bridge -n node1 fdb show dev vx0
bridge -n node2 fdb show dev vx0
bridge -n node3 fdb show dev vx0
bridge fdb show br sw
