# tcpdump on lo: a ping to the namespace's own address is seen once per packet (libpcap drops the
# outgoing copy on loopback); -i any shows it as "lo In". Without -n 127.0.0.1 is "localhost".
ip netns add a
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set lo up
ip -n a link set va up
ip link set vb up
ip netns exec a tcpdump -i lo -c 2 -w lo.pcap 2>/dev/null &
ip netns exec a tcpdump -i any -c 4 -w any.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.1
ip netns exec a ping -c 1 127.0.0.1
sleep 2
tcpdump -r lo.pcap -nn -t
tcpdump -r lo.pcap -t -e
ip netns exec a tcpdump -r any.pcap -nn -t
ip netns exec a tcpdump -r any.pcap -t
