# tcpdump on a bridge: opening the capture puts br0 in promiscuous mode, and a promiscuous bridge
# passes up a copy of every frame it forwards, so the capture sees unicast between two ports. With -p
# (no promiscuous mode) br0 sees only what it would pass up anyway: broadcasts and its own traffic.
# (The captures keep ARP and ICMP only: a bridge sends IGMP reports of its own at random times.)
ip netns add a
ip netns add b
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link set br0 up
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
tcpdump -i br0 -c 4 -w promisc.pcap arp or icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
sleep 2
tcpdump -r promisc.pcap -nn -e -t
ip -n a neigh flush dev va
ip -n b neigh flush dev vb
tcpdump -i br0 -p -c 1 -w plain.pcap arp or icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
sleep 2
tcpdump -r plain.pcap -nn -e -t
