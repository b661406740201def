# A capture file is written in 4096-byte blocks (stdio) until tcpdump exits: reading it while the
# capture runs shows the packets of the first block and libpcap's "truncated dump file" error; -U
# writes each packet at once; after pkill the file is complete.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -w big.pcap 2>/dev/null &
ip netns exec a tcpdump -i va -U -w each.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 3 -i 0.2 -s 1000 10.0.0.2 >/dev/null
sleep 2
tcpdump -r big.pcap -nn -t
tcpdump -r each.pcap -nn -t
pkill tcpdump
sleep 1
tcpdump -r big.pcap -nn -t
