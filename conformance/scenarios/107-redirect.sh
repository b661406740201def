# REDIRECT: a port 80 probe lands on the listener at 8080; -L and -S show the target's options.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 8080 >/dev/null &
sleep 0.2
ip netns exec b iptables -t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080
ip netns exec b iptables -t nat -A POSTROUTING -p udp -j MASQUERADE --to-ports 2000-3000
ip netns exec b iptables -t nat -S
ip netns exec b iptables -t nat -L -n
ip netns exec a nc -z -v -w 1 10.0.0.2 80
ip netns exec a nc -z -v -w 1 10.0.0.2 81
ip netns exec b conntrack -L
ip netns exec b iptables -t nat -L PREROUTING -n -v -x
ip netns exec b iptables -t nat -A PREROUTING -p icmp -j REDIRECT --to-ports 5
ip netns exec b iptables -t filter -A INPUT -p tcp -j REDIRECT
