# Rule counters without a target, ICMP errors quoting the whole packet (112 bytes), and chain policy counters that stay 0 until -P is used.
sysctl -qw net.ipv4.ip_forward=1
ip netns add a
ip netns exec a sysctl -qw net.ipv4.ip_forward=0
ip link add ha type veth peer name eth0 netns a
ip addr add 10.5.0.1/24 dev ha
ip link set ha up
ip -n a addr add 10.5.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n a route add default via 10.5.0.1
iptables -A OUTPUT -p icmp
iptables -A FORWARD -p icmp -j REJECT
ip netns exec a ping -c 1 -W 1 10.5.0.1
ip netns exec a ping -c 1 -W 1 192.0.2.1
iptables -L -n -v
iptables -t nat -L -n -v
ip netns exec a ping -c 1 -W 1 192.0.2.1
iptables -L -n -v
