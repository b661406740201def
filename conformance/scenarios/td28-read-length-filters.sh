# less and greater test a packet's length on the wire (BPF's len), not what the snapshot length
# kept of it: a file captured with -s 60 still tells a 542-byte frame from a 98-byte one.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a tcpdump -i va -s 60 -c 4 -w short.pcap icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 -s 500 10.0.0.2 >/dev/null
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
sleep 2
tcpdump -r short.pcap -nn -t greater 100
tcpdump -r short.pcap -nn -t less 100
