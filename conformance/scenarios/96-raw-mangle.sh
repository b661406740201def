# raw and mangle rules run at their hooks: a raw PREROUTING DROP and a mangle INPUT DROP stop pings; their listings and counters.
sysctl -qw net.ipv4.ip_forward=1
ip netns add a
ip netns exec a sysctl -qw net.ipv4.ip_forward=0
ip link add ha type veth peer name eth0 netns a
ip addr add 10.96.0.1/24 dev ha
ip link set ha up
ip -n a addr add 10.96.0.2/24 dev eth0
ip -n a link set eth0 up
iptables -t raw -A PREROUTING -s 10.96.0.2 -p icmp -j DROP
ip netns exec a ping -c 1 -W 1 10.96.0.1
iptables -t raw -L -n -v
iptables -t raw -F
iptables -t mangle -A INPUT -p icmp -j DROP
ip netns exec a ping -c 1 -W 1 10.96.0.1
iptables -t mangle -L INPUT -n -v
iptables -t mangle -S
iptables -t raw -S
