# tcpdump stopped by timeout(1): SIGTERM ends the capture; tcpdump prints an empty line after the
# packets it printed, then its counts, and timeout exits with 124. With -w nothing is printed but
# the counts.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a timeout 2 tcpdump -i va -nn
ip netns exec a ping -c 2 -i 2 10.0.0.2 >/dev/null &
sleep 1
ip netns exec a timeout 4 tcpdump -i va -nn -t icmp
ip netns exec a ping -c 2 -i 2 10.0.0.2 >/dev/null &
sleep 1
ip netns exec a timeout 4 tcpdump -i va -w t.pcap icmp
tcpdump -r t.pcap -nn -t
sleep 3
ip netns exec a timeout 2 tcpdump -i va -c 1 -v
