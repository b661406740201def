# Conntrack follows UDP: unanswered datagrams stay [UNREPLIED]; the ICMP error is RELATED.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A OUTPUT -m conntrack --ctstate RELATED
ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW -p udp
ip netns exec b nc -l -u 5000 >/dev/null &
sleep 0.2
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5000
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5001
ip netns exec b conntrack -L -p udp
ip netns exec b iptables -L -n -v -x
ip netns exec a nc -z -u -w 1 10.0.0.2 5002
ip netns exec b conntrack -L -p udp
