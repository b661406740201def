# -s: the snapshot length. A capture with -s 60 keeps the first 60 bytes of each frame and the file
# says "snapshot length 60"; reading it back prints what fits (an ICMP echo whole).
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec a tcpdump -i va -s 60 -c 2 -w short.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 -s 500 10.0.0.2
sleep 2
tcpdump -r short.pcap -nn -t
tcpdump -r short.pcap -nn -t -v
