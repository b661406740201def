# Conntrack timeouts on the clock: unreplied UDP and ICMP go after 30 s, TCP TIME_WAIT after 120 s.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -t nat -A PREROUTING -p tcp --dport 1 -j DNAT --to-destination 10.0.0.2:2
ip netns exec b nc -lk 80 >/dev/null &
ip netns exec b nc -l -u 53 >/dev/null &
sleep 0.2
ip netns exec a nc -z -v -u -w 1 10.0.0.2 53
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a nc -z -v 10.0.0.2 80
ip netns exec b conntrack -L
sleep 31
ip netns exec b conntrack -L
