# Link-level and length filters on a live capture: ether src/dst/host, broadcast, less/greater,
# ip proto, portrange; each capture is read back.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -w src.pcap ether src 02:00:00:00:00:0b 2>/dev/null &
ip netns exec a tcpdump -i va -w bcast.pcap broadcast 2>/dev/null &
ip netns exec a tcpdump -i va -w small.pcap less 60 2>/dev/null &
ip netns exec a tcpdump -i va -w big.pcap 'greater 200 and ip proto 1' 2>/dev/null &
ip netns exec a tcpdump -i va -w host.pcap 'ether host 02:00:00:00:00:0a and not arp' 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a ping -c 1 -s 300 10.0.0.2
sleep 2
pkill tcpdump
sleep 1
tcpdump -r src.pcap -nn -t
tcpdump -r bcast.pcap -nn -t
tcpdump -r small.pcap -nn -t
tcpdump -r big.pcap -nn -t
tcpdump -r host.pcap -nn -t -e
