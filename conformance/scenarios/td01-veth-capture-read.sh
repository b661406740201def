# tcpdump on a veth: a capture written with -w in the background, read back with -r. A veth shows
# both directions: ARP request and reply, echo request and reply; -e adds the MACs and frame lengths
# (a veth does not pad: ARP is 42 bytes).
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -c 4 -w va.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
sleep 2
tcpdump -r va.pcap
tcpdump -r va.pcap -nn -t
tcpdump -r va.pcap -nn -e -t
tcpdump -r va.pcap -n -tt
tcpdump -r va.pcap -e -t
