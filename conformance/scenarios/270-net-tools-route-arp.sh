# net-tools route -n and arp -n as they are still typed in tutorials: the routing table and the neighbour cache, with add/del
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:c8:01 netns a type veth peer name ra address 02:00:00:00:c8:02 netns r
ip link add rb address 02:00:00:00:c8:03 netns r mtu 1400 type veth peer name vb address 02:00:00:00:c8:04 netns b mtu 1400
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n b addr add 10.0.2.2/24 dev vb
ip -n a link set lo up
ip -n r link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a route -n
ip netns exec r route -n
ip netns exec a ping -c 1 10.0.2.2
ip netns exec a arp -n
ip netns exec r arp -n
ip netns exec r arp -n -i rb
ip netns exec a route add -net 198.51.100.0 netmask 255.255.255.0 gw 10.0.1.1
ip netns exec a route add -host 203.0.113.5 gw 10.0.1.1 metric 7
ip netns exec a route -n
ip -n a route
ip netns exec a route del -net 198.51.100.0 netmask 255.255.255.0
ip netns exec a route del -host 203.0.113.5
ip netns exec a route del -host 203.0.113.5
ip netns exec a arp -s 10.0.1.50 02:00:00:00:00:50
ip netns exec a arp -n
ip -n a neigh show
ip netns exec a arp -d 10.0.1.50
ip netns exec a arp -n 10.0.1.50
ip netns exec a route -n -A inet
ip netns exec a route add default gw 10.0.1.99
