# Both ends of a veth pair captured at once: what one end sends, the other receives. The echo
# IP header: the request has DF set, the reply does not, and its TTL is the sender's.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -c 4 -w a.pcap 2>/dev/null &
ip netns exec b tcpdump -i vb -c 4 -w b.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 -s 100 10.0.0.2
sleep 2
tcpdump -r a.pcap -nn -t
tcpdump -r b.pcap -nn -t
tcpdump -r a.pcap -nn -t -v
tcpdump -r b.pcap -nn -t -v icmp
