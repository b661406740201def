# ICMP errors in a capture, with -v the packet each one quotes: Time exceeded (TTL 1), Net
# unreachable (no route on the router), Port unreachable for UDP, Frag needed with the next hop's
# MTU (DF and a 1400-byte link). The errors leave the router with TOS 0xc0 and without DF.
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name ra address 02:00:00:00:01:0a netns r
ip link add vb address 02:00:00:00:00:0b netns b type veth peer name rb address 02:00:00:00:01:0b netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n r link set rb mtu 1400
ip -n b link set vb mtu 1400
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ping -c 1 10.0.1.2
ip netns exec a tcpdump -i va -c 8 -w err.pcap icmp or udp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 -t 1 10.0.1.2
ip netns exec a ping -c 1 10.0.9.9
ip netns exec a nc -zvu -w 1 10.0.1.2 5001
ip netns exec a ping -c 1 -M do -s 1400 10.0.1.2
sleep 2
tcpdump -r err.pcap -nn -t
tcpdump -r err.pcap -nn -t -v icmp
