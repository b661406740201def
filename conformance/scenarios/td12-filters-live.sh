# Filters on live captures, four at once on the same veth: icmp, arp, a host and not-arp, a port.
# Each keeps only what matches; -c counts only matching packets. pkill ends the ones still running.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -l 8080 >/dev/null &
ip netns exec a tcpdump -i va -w icmp.pcap icmp 2>icmp.log &
ip netns exec a tcpdump -i va -w arp.pcap arp 2>/dev/null &
ip netns exec a tcpdump -i va -w host.pcap 'dst host 10.0.0.2 and not arp' 2>/dev/null &
ip netns exec a tcpdump -i va -c 2 -w port.pcap 'tcp port 8080 and (src 10.0.0.2 or tcp dst port 8080)' 2>/dev/null &
sleep 1
ip netns exec a ping -c 2 10.0.0.2
ip netns exec a nc -z 10.0.0.2 8080
sleep 2
pkill tcpdump
sleep 1
cat icmp.log
tcpdump -r icmp.pcap -nn -t
tcpdump -r arp.pcap -nn -t
tcpdump -r host.pcap -nn -t
tcpdump -r port.pcap -nn -t
tcpdump -r host.pcap -nn -t icmp or udp
tcpdump -r host.pcap -nn -t 'not icmp and ip'
