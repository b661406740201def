# tcpdump -i any on a router: every device of the namespace, in both directions, as LINUX_SLL2
# records (interface, In/Out, -e: ifindex and source MAC). Read back in the router's namespace the
# interface names resolve; elsewhere they may not.
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name ra address 02:00:00:00:01:0a netns r
ip link add vb address 02:00:00:00:00:0b netns b type veth peer name rb address 02:00:00:00:01:0b netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r tcpdump -i any -c 8 -w any.pcap 2>r.log &
sleep 1
ip netns exec a ping -c 1 10.0.1.2
sleep 2
cat r.log
ip netns exec r tcpdump -r any.pcap -nn -t
ip netns exec r tcpdump -r any.pcap -nn -t -e icmp
ip netns exec r tcpdump -r any.pcap -nn -t 'host 10.0.1.2 and arp'
ip -n r link show
