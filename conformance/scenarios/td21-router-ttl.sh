# A packet on both sides of a router: the same IP id, TTL one less after forwarding, new MACs on each
# hop; the router's ARP for the next hop appears only on its outside link.
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
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r tcpdump -i ra -c 4 -w ra.pcap 2>/dev/null &
ip netns exec r tcpdump -i rb -c 4 -w rb.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.1.2
sleep 2
tcpdump -r ra.pcap -nn -e -t
tcpdump -r rb.pcap -nn -e -t
tcpdump -r ra.pcap -nn -t -v icmp
tcpdump -r rb.pcap -nn -t -v icmp
