# Relative TCP sequence numbers depend on what the reader sees: tcpdump -r with a filter that drops
# the SYN-ACK prints the client's first ACK with absolute numbers; -S prints them all absolute.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec b nc -l 8080 >/dev/null &
ip netns exec a tcpdump -i va -c 3 -w hs.pcap tcp 2>/dev/null &
sleep 1
ip netns exec a nc -z 10.0.0.2 8080
sleep 2
tcpdump -r hs.pcap -nn -t
tcpdump -r hs.pcap -nn -t src host 10.0.0.1
tcpdump -r hs.pcap -nn -t -S
