# Unknown unicast on a bridge: with the FDB entry for b gone (static ARP, nothing learned), the echo
# request is flooded to every other port, so a capture on a third port sees it too; a port's own
# capture never sees frames the bridge does not send it.
# (The captures keep ARP and ICMP only: a bridge sends IGMP reports of its own at random times.)
ip netns add a
ip netns add b
ip netns add c
ip link add br0 address 02:00:00:00:00:01 type bridge
ip link set br0 up
ip link add va address 02:00:00:00:00:0a netns a type veth peer name pa address 02:00:00:00:01:0a
ip link add vb address 02:00:00:00:00:0b netns b type veth peer name pb address 02:00:00:00:01:0b
ip link add vc address 02:00:00:00:00:0c netns c type veth peer name pc address 02:00:00:00:01:0c
ip link set pa master br0
ip link set pb master br0
ip link set pc master br0
ip link set pa up
ip link set pb up
ip link set pc up
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n c addr add 10.0.0.3/24 dev vc
ip -n a link set va up
ip -n b link set vb up
ip -n c link set vc up
ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:00:0b dev va
ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:00:0a dev vb
tcpdump -i pc -c 1 -w pc.pcap icmp 2>/dev/null &
ip netns exec c tcpdump -i vc -c 1 -w vc.pcap icmp 2>/dev/null &
tcpdump -i br0 -c 2 -w br0.pcap icmp 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
sleep 2
tcpdump -r pc.pcap -nn -e -t
ip netns exec c tcpdump -r vc.pcap -nn -e -t
tcpdump -r br0.pcap -nn -e -t
bridge fdb show br br0 dynamic
