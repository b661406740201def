# A connection that stays open: nc clients in the background keep ESTABLISHED connections (stdin is
# empty but netcat does not close on its end of input); ss and conntrack show them; -w closes one.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b iptables -A INPUT -m conntrack --ctstate ESTABLISHED -p tcp
ip netns exec b nc -lk 80 >/dev/null &
ip netns exec b nc -l 81 >/dev/null &
sleep 0.2
ip netns exec a nc 10.0.0.2 80 >/dev/null &
ip netns exec a nc 10.0.0.2 81 >/dev/null &
sleep 0.2
ip netns exec b conntrack -L
ip netns exec a ss -tn
ip netns exec b ss -tan
ip netns exec a nc -w 1 10.0.0.2 80
ip netns exec a nc -v -w 1 10.0.0.2 80
ip netns exec a nc -v -w 1 10.0.0.2 82
sleep 0.1
ip netns exec b ss -tn
ip netns exec a ss -tan
