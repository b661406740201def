# TCP with nc: a listener, a successful probe, a refused one, and what ss and the counters show.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -p tcp --dport 8080
ip netns exec b iptables -A INPUT -p tcp --dport 9090
ip netns exec b iptables -A OUTPUT -p tcp
ip netns exec b nc -l 8080 >/dev/null &
sleep 0.2
ip netns exec b ss -ltn
ip netns exec b ss -lt
ip netns exec a nc -z -v -w 2 10.0.0.2 8080
ip netns exec a nc -z -v -w 2 10.0.0.2 9090
ip netns exec a nc -z -w 2 10.0.0.2 9090
ip netns exec a nc -vz 10.0.0.2 1-3
ip netns exec b iptables -L -n -v -x
ip netns exec a ss -tan
ip netns exec b ss -tan
ip netns exec b ss -ltn
