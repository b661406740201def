# Learned VXLAN FDB entries: they age out `ageing` seconds after their last use (the bridge's own
# entry for the MAC stays, with its 300 s ageing), a MAC that shows up behind another VTEP moves
# there, and a permanent entry does not move: frames claiming otherwise are dropped.
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip netns add node1
ip netns add node2
ip netns add node3
ip netns add c1
ip netns add c2
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
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 7 dstport 4789 dev eth0 ageing 12
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.2
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node1 link set vx0 master br0
ip -n node1 link set veth-c1 master br0
ip -n node1 link set vx0 up
ip -n node1 link set br0 up
ip -n node1 link set veth-c1 up
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c1 link set eth0 up
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 7 dstport 4789 dev eth0 remote 192.168.50.1
ip -n node2 addr add 10.0.0.2/24 dev vx0
ip -n node2 link set vx0 up
ip netns exec c1 ping -c 1 10.0.0.2
bridge -n node1 fdb show dev vx0
sleep 8
bridge -n node1 fdb show dev vx0
sleep 20
bridge -n node1 fdb show dev vx0
ip -n node2 link del vx0
ip -n node3 link add vx0 address 02:00:00:00:02:20 type vxlan id 7 dstport 4789 dev eth0 remote 192.168.50.1
ip -n node3 addr add 10.0.0.2/24 dev vx0
ip -n node3 link set vx0 up
ip -n c1 neigh flush all
ip netns exec c1 ping -c 1 10.0.0.2
bridge -n node1 fdb show dev vx0
ip -n node3 link del vx0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 7 dstport 4789 dev eth0 remote 192.168.50.1
ip -n node2 addr add 10.0.0.2/24 dev vx0
ip -n node2 link set vx0 up
ip -n c1 neigh flush all
ip netns exec c1 ping -c 1 10.0.0.2
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb replace 02:00:00:00:02:20 dev vx0 dst 192.168.50.2
ip -n node2 link del vx0
ip -n node3 link add vx0 address 02:00:00:00:02:20 type vxlan id 7 dstport 4789 dev eth0 remote 192.168.50.1
ip -n node3 addr add 10.0.0.2/24 dev vx0
ip -n node3 link set vx0 up
ip -n c1 neigh flush all
ip netns exec c1 ping -c 1 -W 1 10.0.0.2
bridge -n node1 fdb show dev vx0
