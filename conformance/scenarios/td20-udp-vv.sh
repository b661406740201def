# UDP in a capture: nc's one-byte probes (UDP, length 1), the port unreachable for a closed port with
# the quoted datagram, and -vv, which checks UDP checksums: a socket's datagram leaves with only
# the pseudo-header sum, so tcpdump calls it bad.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec b nc -u -l 5000 >/dev/null &
ip netns exec a tcpdump -i va -w udp.pcap udp or icmp 2>/dev/null &
sleep 1
ip netns exec a nc -zvu -w 1 10.0.0.2 5000
ip netns exec a nc -zvu -w 1 10.0.0.2 5001
sleep 2
pkill tcpdump
sleep 1
tcpdump -r udp.pcap -nn -t
tcpdump -r udp.pcap -nn -t -v
tcpdump -r udp.pcap -nn -t -vv
tcpdump -r udp.pcap -t
