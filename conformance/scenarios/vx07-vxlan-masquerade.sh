# node1 sits behind a router that masquerades it onto the underlay. Its VXLAN packets reach node2
# with the router's address, so node2 learns c1 behind 192.168.50.254. The replies go to the router's
# port 4789, which is not the reverse of any masqueraded flow (the source port is the flow hash,
# the destination 4789): no conntrack entry matches, nothing listens there, and the router answers
# port unreachable (conntrack shows two UNREPLIED flows). A DNAT of UDP 4789 to node1 makes the tunnel work both ways.
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip netns add rtr
ip netns add node1
ip netns add node2
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:fe:00 netns rtr
ip link add eth1 address 02:00:00:00:fe:01 netns rtr type veth peer name r1 address 02:00:00:00:f0:01
ip link add eth0 address 02:00:00:00:02:01 netns node2 type veth peer name n2 address 02:00:00:00:f2:01
ip link set r1 master sw
ip link set n2 master sw
ip link set r1 up
ip link set n2 up
ip -n rtr addr add 10.1.0.1/24 dev eth0
ip -n rtr addr add 192.168.50.254/24 dev eth1
ip -n rtr link set eth0 up
ip -n rtr link set eth1 up
ip netns exec rtr sysctl -qw net.ipv4.ip_forward=1
ip netns exec rtr iptables -t nat -A POSTROUTING -o eth1 -j MASQUERADE
ip -n node1 addr add 10.1.0.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node1 route add default via 10.1.0.1
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node2 link set eth0 up
ip -n node1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 remote 192.168.50.2
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 remote 192.168.50.254
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node2 link add veth-c2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
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
ip netns exec rtr tcpdump -i eth1 -nn -c 4 >rtr.txt 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 -W 2 10.0.0.2
sleep 2
cat rtr.txt
bridge -n node2 fdb show dev vx0
ip netns exec rtr iptables -t nat -A PREROUTING -i eth1 -p udp --dport 4789 -j DNAT --to-destination 10.1.0.2
ip netns exec rtr conntrack -F
ip -n c1 neigh flush all
ip -n c2 neigh flush all
ip netns exec c1 ping -c 2 10.0.0.2
bridge -n node1 fdb show dev vx0
bridge -n node2 fdb show dev vx0
ip netns exec rtr iptables -t nat -L -n -v
