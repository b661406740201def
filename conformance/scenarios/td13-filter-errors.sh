# Filter expressions libpcap refuses, live and when reading, with its own messages and exit status 1;
# a live capture is not started when its filter is bad.
ip netns add a
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b
ip -n a link set va up
ip link set vb up
ip netns exec a tcpdump -i va -c 1 'tcp port'
ip netns exec a tcpdump -i va -c 1 host 10.0.0.300
ip netns exec a tcpdump -i va -c 1 port 65536
ip netns exec a tcpdump -i va -c 1 net 10.0.0.1/24
ip netns exec a tcpdump -i va -c 1 net 10.0.0.0/33
ip netns exec a tcpdump -i va -c 1 'icmp host 10.0.0.1'
ip netns exec a tcpdump -i va -c 1 'ether host 1:2:3'
ip netns exec a tcpdump -i va -c 1 'host nosuchname'
ip netns exec a tcpdump -i va -c 1 'port nosuchport'
ip netns exec a tcpdump -i va -c 1 '(arp or icmp'
ip netns exec a tcpdump -i va -c 1 arp and
ip netns exec a tcpdump -i va -c 1 10.0.0.1
ip netns exec a tcpdump -i va -c 1 tcp and 80
ip netns exec a tcpdump -i va -c 1 'udp port http'
ip netns exec a tcpdump -i va -c 1 'host 10.0.0.1/32'
ip netns exec a tcpdump -i any -c 1 'ether host 02:00:00:00:00:0a'
ip netns exec a tcpdump -i any -c 1 broadcast
ip netns exec a tcpdump -i va -w x.pcap -c 1 'vxlan'
tcpdump -r x.pcap
