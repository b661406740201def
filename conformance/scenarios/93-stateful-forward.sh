# A stateful firewall: FORWARD policy DROP with a RELATED,ESTABLISHED rule lets replies back; -m state, -m comment and -m addrtype in listings and -S.
sysctl -qw net.ipv4.ip_forward=1
ip netns add a
ip netns add b
ip netns exec a sysctl -qw net.ipv4.ip_forward=0
ip netns exec b sysctl -qw net.ipv4.ip_forward=0
ip link add ha address 02:00:00:00:93:01 type veth peer name eth0 address 02:00:00:00:93:11 netns a
ip link add hb address 02:00:00:00:93:02 type veth peer name eth0 address 02:00:00:00:93:12 netns b
ip addr add 10.93.1.1/24 dev ha
ip addr add 10.93.2.1/24 dev hb
ip link set ha up
ip link set hb up
ip -n a addr add 10.93.1.2/24 dev eth0
ip -n b addr add 10.93.2.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a route add default via 10.93.1.1
ip -n b route add default via 10.93.2.1
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A FORWARD -i ha -o hb -m comment --comment "a may start" -j ACCEPT
iptables -A INPUT -m state --state INVALID -j DROP
iptables -A INPUT -m addrtype --dst-type LOCAL -p icmp -j ACCEPT
iptables -A OUTPUT -m addrtype --src-type LOCAL --dst-type UNICAST -j ACCEPT
ip netns exec a ping -c 2 -i 0.2 -W 1 10.93.2.2
ip netns exec b ping -c 1 -W 1 10.93.1.2
iptables -L -n -v
iptables -L
iptables -S
conntrack -L
ip netns exec a ping -c 1 -W 1 10.93.9.9
iptables -L FORWARD -n -v
