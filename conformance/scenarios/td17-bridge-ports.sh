# A bridge's ports and the bridge itself: a port shows what crosses it in both directions; br0
# (promiscuous while captured) shows a↔b traffic, and traffic to its own address, which br0 sees
# even with -p. -e shows the MACs.
# (The captures keep ARP and ICMP only: a bridge sends IGMP reports of its own at random times.)
ip netns add a
ip netns add b
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link set br0 up
ip addr add 10.0.0.254/24 dev br0
ip link add va address 02:00:00:00:00:0a netns a type veth peer name pa address 02:00:00:00:01:0a
ip link add vb address 02:00:00:00:00:0b netns b type veth peer name pb address 02:00:00:00:01:0b
ip link set pa master br0
ip link set pb master br0
ip link set pa up
ip link set pb up
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
tcpdump -i pa -c 6 -w pa.pcap arp or icmp 2>/dev/null &
tcpdump -i pb -c 4 -w pb.pcap arp or icmp 2>/dev/null &
tcpdump -i br0 -p -c 4 -w br0.pcap arp or icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a ping -c 1 10.0.0.254
sleep 2
tcpdump -r pa.pcap -nn -e -t
tcpdump -r pb.pcap -nn -e -t
tcpdump -r br0.pcap -nn -e -t
bridge fdb show br br0 dynamic
