# conntrack -E on a router doing MASQUERADE: [NEW] at the first packet's confirm, [UPDATE] when a
# reply, a TCP state change or ASSURED comes, [DESTROY] when a RST answers a SYN (state CLOSE, the
# SYN_SENT timeout not refreshed) and when conntrack -D/-F deletes (with the requester's netlink port,
# which the normaliser masks); -e, -p, -n, -o extended and -o timestamp (the time masked) in
# listeners writing to files; on SIGTERM the count of events shown goes to stderr. Listeners on the
# terminal are one at a time (two would interleave as the scheduler likes), and the commands' own
# output is kept off the terminal where it would race with the listener's lines.
ip netns add a
ip netns add b
ip netns add r
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n r link set ra up
ip -n r link set rb up
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec r conntrack -E -e NEW,DESTROY -p tcp -o extended > tcp.txt 2>&1 &
ip netns exec r conntrack -E -n > snat.txt 2>&1 &
ip netns exec r conntrack -E -o timestamp,ext -e n -p icmp > ts.txt 2>&1 &
ip netns exec r conntrack -E &
ip netns exec a ping -c 2 10.0.1.2 > /dev/null
ip netns exec r conntrack -D -p icmp > /dev/null 2>&1
ip netns exec a nc -z 10.0.1.2 5001
ip netns exec b nc -l 5000 > /dev/null &
ip netns exec a nc -z 10.0.1.2 5000
ip netns exec r conntrack -F > /dev/null 2>&1
ip netns exec b ping -c 1 10.0.0.1 > /dev/null
pkill conntrack
cat tcp.txt
cat snat.txt
cat ts.txt
ip netns exec r conntrack -E -e FOO
ip netns exec r conntrack -E -e NEW,
timeout 1 ip netns exec r conntrack -E -e D
timeout 1 ip netns exec r conntrack -E -p udp
conntrack -E -t 5
conntrack -E -e NEW -p icmp -z
conntrack -E --tuple-src 10.0.0.1
conntrack -L -e NEW -t 5
conntrack -L -e FOO -t 5
conntrack -D -e NEW
