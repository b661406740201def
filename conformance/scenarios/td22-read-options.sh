# Reading options: -# numbers the packets, -t/-tt/-ttt/-tttt/-ttttt the time stamps (their values are
# masked: they are the capture's times), -e -v together, -c when reading, --number.
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
tcpdump -r va.pcap -nn -#
tcpdump -r va.pcap -nn --number -t
tcpdump -r va.pcap -nn -ttt
tcpdump -r va.pcap -nn -ttttt
tcpdump -r va.pcap -nn -e -v -t
tcpdump -r va.pcap -nn -t -c 2
tcpdump -nn -t -r va.pcap icmp -c 1
