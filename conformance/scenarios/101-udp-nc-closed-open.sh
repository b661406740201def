# UDP probes: a closed port answers with ICMP port unreachable and nc says nothing; an open one succeeds.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -p udp --dport 5353
ip netns exec b iptables -A INPUT -p udp --dport 5000
ip netns exec b iptables -A OUTPUT -p icmp
ip netns exec b nc -l -u 5000 >/dev/null &
sleep 0.2
ip netns exec b ss -lun
ip netns exec b ss -lu
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5353
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5000
ip netns exec a nc -z -v -u 10.0.0.2 5353
ip netns exec b iptables -L -n -v -x
ip netns exec b ss -uan
