# A capture before and after NAT: on the router's inside port the client's own address, on the
# uplink the router's (MASQUERADE); the replies are rewritten back on the way in.
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name ra address 02:00:00:00:01:0a netns r
ip link add vb address 02:00:00:00:00:0b netns b type veth peer name rb address 02:00:00:00:01:0b netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 192.168.50.1/24 dev rb
ip -n b addr add 192.168.50.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.0.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -o rb -j MASQUERADE
ip netns exec b nc -l 80 >/dev/null &
ip netns exec r tcpdump -i ra -c 7 -w inside.pcap 2>/dev/null &
ip netns exec r tcpdump -i rb -c 7 -w outside.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 192.168.50.2
ip netns exec a nc -z 192.168.50.2 80
sleep 2
tcpdump -r inside.pcap -nn -t
tcpdump -r outside.pcap -nn -t
tcpdump -r outside.pcap -nn -t -v icmp
