# SNAT --to-source with an address range and a port range: which address (a hash of source and destination) and port the kernel picks, seen in the server's ARP attempts and conntrack
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
ip -n b addr add 203.0.113.10/24 dev vb
ip -n r addr add 203.0.113.1/24 dev rb
ip -n a addr add 10.0.1.3/24 dev va
ip -n a addr add 10.0.1.4/24 dev va
ip -n a addr add 10.0.1.5/24 dev va
ip netns exec r iptables -t nat -A POSTROUTING -o rb -s 10.0.1.0/24 -j SNAT --to-source 203.0.113.20-203.0.113.29
ip netns exec r iptables -t nat -S POSTROUTING
ip netns exec r iptables -t nat -L POSTROUTING -n
ip netns exec a ping -c 1 -W 1 -I 10.0.1.2 10.0.2.2
ip netns exec a ping -c 1 -W 1 -I 10.0.1.3 10.0.2.2
ip netns exec a ping -c 1 -W 1 -I 10.0.1.4 10.0.2.2
ip netns exec a ping -c 1 -W 1 -I 10.0.1.5 10.0.2.2
ip netns exec a ping -c 1 -W 1 -I 10.0.1.2 203.0.113.10
sleep 4
ip -n b neigh show
ip netns exec r conntrack -F
ip netns exec r iptables -t nat -F
ip netns exec r iptables -t nat -A POSTROUTING -o rb -p tcp -j SNAT --to-source 203.0.113.1:2000-2001
ip netns exec r iptables -t nat -A POSTROUTING -o rb -p udp -j SNAT --to-source 203.0.113.1:3000
ip netns exec r iptables -t nat -S POSTROUTING
ip netns exec b nc -lk 10.0.2.2 8080 &
ip netns exec a nc -zv -p 2001 10.0.2.2 8080
ip netns exec a nc -zv -p 2000 -s 10.0.1.3 10.0.2.2 8080
ip netns exec r conntrack -L -p tcp
ip netns exec b nc -lu 10.0.2.2 5353 &
ip netns exec a nc -zu -p 3000 10.0.2.2 5353
ip netns exec r conntrack -L -p udp
ip netns exec r iptables -t nat -A POSTROUTING -j SNAT --to-source 203.0.113.30-203.0.113.20
ip netns exec r iptables -t nat -A POSTROUTING -p tcp -j SNAT --to-source 203.0.113.1:2001-2000
ip netns exec r iptables -t nat -A POSTROUTING -j SNAT --to-source 203.0.113.1:2000
