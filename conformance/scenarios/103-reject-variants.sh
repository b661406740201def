# REJECT with each answer it can give, as TCP and UDP clients see them.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 80 >/dev/null &
ip netns exec b nc -lk 81 >/dev/null &
ip netns exec b nc -lk 82 >/dev/null &
ip netns exec b nc -lk 83 >/dev/null &
ip netns exec b nc -lk 84 >/dev/null &
ip netns exec b nc -l -u 53 >/dev/null &
sleep 0.2
ip netns exec b iptables -A INPUT -p tcp --dport 80 -j REJECT
ip netns exec b iptables -A INPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset
ip netns exec b iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with icmp-host-prohibited
ip netns exec b iptables -A INPUT -p tcp --dport 83 -j REJECT --reject-with icmp-net-unreachable
ip netns exec b iptables -A INPUT -p tcp --dport 84 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec b iptables -A INPUT -p udp --dport 53 -j REJECT
ip netns exec a nc -z -v -w 2 10.0.0.2 80
ip netns exec a nc -z -v -w 2 10.0.0.2 81
ip netns exec a nc -z -v -w 2 10.0.0.2 82
ip netns exec a nc -z -v -w 2 10.0.0.2 83
ip netns exec a nc -z -v -w 2 10.0.0.2 84
ip netns exec a nc -z -v -u -w 1 10.0.0.2 53
ip netns exec b iptables -S INPUT
ip netns exec b iptables -L INPUT -n -v
ip netns exec b iptables -L INPUT -v
