# Two captures writing one file: each tcpdump opens it with O_TRUNC and writes at an offset of its
# own when it exits, so the file holds what the later one wrote and, past its end, the rest of what
# the earlier one left. Reading it stops where a record header is made of another record's bytes.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i any -c 2 -w two.pcap icmp 2>/dev/null &
ip netns exec a tcpdump -i va -s 60 -c 1 -w two.pcap 'icmp and greater 200' 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
sleep 2
tcpdump -r two.pcap -nn -t -e
ip netns exec a ping -c 1 -s 300 10.0.0.2
sleep 2
tcpdump -r two.pcap -nn -t -e
