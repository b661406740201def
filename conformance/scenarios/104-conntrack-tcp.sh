# Conntrack follows TCP: TIME_WAIT after nc's close, ASSURED once the handshake completed; -p and -D.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW -p tcp
ip netns exec b iptables -A INPUT -m conntrack --ctstate ESTABLISHED -p tcp
ip netns exec b iptables -A INPUT -m conntrack --ctstate INVALID
ip netns exec b nc -l 9000 >/dev/null &
ip netns exec b nc -lk 9001 >/dev/null &
sleep 0.2
ip netns exec a nc -z -w 1 10.0.0.2 9000
ip netns exec a nc -z -w 1 10.0.0.2 9001
ip netns exec a nc -z -w 1 10.0.0.2 9001
ip netns exec a nc -z -w 1 10.0.0.2 9002
ip netns exec b conntrack -L -p tcp
ip netns exec b conntrack -D -p tcp
ip netns exec b conntrack -L
ip netns exec b conntrack -L -p udp
ip netns exec b iptables -L INPUT -n -v -x
ip netns exec b ss -tan
