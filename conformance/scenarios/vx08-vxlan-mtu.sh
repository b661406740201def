# What the 50 bytes of VXLAN do to MTUs. vx0 over a 1500-byte link gets MTU 1450 and pulls its
# bridge down to 1450, but a container whose veth still says 1500 sends full-size frames: the bridge
# drops them silently (too big for the port). A VXLAN device made without `dev` keeps MTU 1500: a
# full-size frame is still sent, and the outer packet is fragmented on the underlay; one with DF set
# gets Fragmentation needed (mtu 1450) from the VXLAN port itself.
ip netns add node1
ip netns add node2
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 remote 192.168.50.2 dev eth0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 remote 192.168.50.1 dev eth0
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node2 link add veth-c2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 link set br0 up
ip -n node2 link set br0 up
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n node1 -br link
ip -n node1 link show br0
ip netns exec c1 ping -c 1 -s 1422 10.0.0.2
ip netns exec c1 ping -c 1 -W 1 -s 1423 10.0.0.2
ip netns exec c1 ping -c 1 -W 1 -s 1472 10.0.0.2
ip -n c1 link set eth0 mtu 1450
ip -n c1 route get 10.0.0.2
ip netns exec c1 ping -c 1 -W 1 -s 1472 10.0.0.2
ip -n c1 link set eth0 mtu 1500
ip -n node1 link set vx0 nomaster
ip -n node2 link set vx0 nomaster
ip -n node1 link del vx0
ip -n node2 link del vx0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 remote 192.168.50.2
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 remote 192.168.50.1
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 link show br0
ip -n c1 neigh flush all
ip -n c2 neigh flush all
ip netns exec node1 tcpdump -i eth0 -nn -c 6 ip >frag.txt 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 -M dont -s 1472 10.0.0.2
sleep 2
cat frag.txt
ip -n c1 neigh flush all
ip netns exec c1 ping -c 1 -M do -s 1472 10.0.0.2
ip netns exec c1 ping -c 1 -M do -s 1472 10.0.0.2
