# DNAT of UDP to another port; conntrack shows both tuples.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -l -u 53 >/dev/null &
sleep 0.2
ip netns exec b iptables -t nat -A PREROUTING -p udp --dport 5353 -j DNAT --to-destination 10.0.0.2:53
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5353
ip netns exec a nc -z -v -u -w 1 10.0.0.2 5354
ip netns exec b conntrack -L -p udp
ip netns exec b iptables -t nat -L PREROUTING -n -v
ip netns exec b ss -uan
