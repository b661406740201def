# Routing by a mangle MARK: OUTPUT marks re-route a local packet (keeping the source chosen first), PREROUTING marks steer forwarded packets
ip netns add a
ip netns add g1
ip netns add g2
ip netns add c
ip link add v1 address 02:00:00:00:fc:01 netns a type veth peer name e1 address 02:00:00:00:fc:02 netns g1
ip link add v2 address 02:00:00:00:fc:03 netns a type veth peer name e2 address 02:00:00:00:fc:04 netns g2
ip link add vc address 02:00:00:00:fc:05 netns c type veth peer name ac address 02:00:00:00:fc:06 netns a
ip -n a addr add 10.0.1.2/24 dev v1
ip -n a addr add 10.0.2.2/24 dev v2
ip -n a addr add 10.0.3.1/24 dev ac
ip -n c addr add 10.0.3.2/24 dev vc
ip -n g1 addr add 10.0.1.1/24 dev e1
ip -n g1 addr add 198.51.100.1/32 dev lo
ip -n g2 addr add 10.0.2.1/24 dev e2
ip -n g2 addr add 198.51.100.1/32 dev lo
ip -n a link set lo up
ip -n g1 link set lo up
ip -n g2 link set lo up
ip -n c link set lo up
ip -n a link set v1 up
ip -n a link set v2 up
ip -n a link set ac up
ip -n c link set vc up
ip -n g1 link set e1 up
ip -n g2 link set e2 up
ip -n a route add default via 10.0.1.1
ip -n a route add default via 10.0.2.1 table 200
ip -n a rule add fwmark 0x2/0xff table 200 priority 100
ip -n g1 route add 10.0.0.0/16 via 10.0.1.2
ip -n g2 route add 10.0.0.0/16 via 10.0.2.2
ip -n c route add default via 10.0.3.1
ip netns exec a sysctl -qw net.ipv4.ip_forward=1
ip netns exec g1 iptables -A INPUT -p icmp
ip netns exec g2 iptables -A INPUT -p icmp
ip netns exec a ping -c 1 198.51.100.1
ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 2
ip netns exec a ping -c 1 198.51.100.1
ip netns exec g1 iptables -L INPUT -n -v -x
ip netns exec g2 iptables -L INPUT -n -v -x
ip -n g2 neigh show
ip netns exec a iptables -t mangle -F OUTPUT
ip netns exec a iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x102
ip netns exec a ping -c 1 198.51.100.1
ip netns exec g2 iptables -L INPUT -n -v -x
ip netns exec a iptables -t mangle -F OUTPUT
ip netns exec c ping -c 1 198.51.100.1
ip netns exec a iptables -t mangle -A PREROUTING -i ac -j MARK --set-mark 2
ip netns exec c ping -c 1 198.51.100.1
ip netns exec g1 iptables -L INPUT -n -v -x
ip netns exec g2 iptables -L INPUT -n -v -x
ip netns exec a iptables -t mangle -L -n -v -x
ip -n a route get 198.51.100.1 from 10.0.3.2 iif ac mark 2
