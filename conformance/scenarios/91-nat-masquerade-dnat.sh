# MASQUERADE out and DNAT in through a host router: conntrack bindings, nat counters counting connections, REJECT and DROP in FORWARD, policy counters.
sysctl -w net.ipv4.ip_forward=1
ip netns add inner
ip netns add world
ip netns exec inner sysctl -qw net.ipv4.ip_forward=0
ip netns exec world sysctl -qw net.ipv4.ip_forward=0
ip link add to-inner address 02:00:00:00:03:01 type veth peer name eth0 address 02:00:00:00:03:02 netns inner
ip link add to-world address 02:00:00:00:03:03 type veth peer name eth0 address 02:00:00:00:03:04 netns world
ip addr add 10.3.0.1/24 dev to-inner
ip addr add 100.64.0.1/24 dev to-world
ip link set to-inner up
ip link set to-world up
ip netns exec inner ip addr add 10.3.0.2/24 dev eth0
ip netns exec inner ip link set eth0 up
ip netns exec inner ip route add default via 10.3.0.1
ip netns exec world ip addr add 100.64.0.2/24 dev eth0
ip netns exec world ip link set eth0 up
iptables -t nat -A POSTROUTING -s 10.3.0.0/24 -o to-world -j MASQUERADE
iptables -t nat -A PREROUTING -d 100.64.0.1 -p icmp -j DNAT --to-destination 10.3.0.2
ip netns exec inner ping -c 2 -i 0.2 -W 1 100.64.0.2
ip netns exec world ping -c 1 -W 1 100.64.0.1
conntrack -L
iptables -t nat -L -n -v
iptables -A FORWARD -i to-inner -p icmp -j REJECT
ip netns exec inner ping -c 1 -W 1 100.64.0.2
iptables -R FORWARD 1 -i to-inner -p icmp -j DROP
ip netns exec inner ping -c 1 -W 1 100.64.0.2
iptables -L FORWARD -n -v
iptables -P FORWARD DROP
iptables -F FORWARD
ip netns exec world ping -c 1 -W 1 100.64.0.1
iptables -L -n -v
iptables -A OUTPUT -d 100.64.0.2 -j DROP
ping -c 1 -W 1 100.64.0.2
iptables -L OUTPUT -n -v --line-numbers
conntrack -F
conntrack -L
