# ICMP errors about NATed pings are RELATED: un-NATed outside and inside so the originator sees them (TTL exceeded beyond the NAT, host unreachable at the NAT router and beyond); conntrack timers.
sysctl -w net.ipv4.ip_forward=1
ip netns add inner
ip netns add mid
ip netns add far
ip netns exec inner sysctl -qw net.ipv4.ip_forward=0
ip netns exec mid sysctl -qw net.ipv4.ip_forward=1
ip netns exec far sysctl -qw net.ipv4.ip_forward=0
ip link add to-inner address 02:00:00:00:94:01 type veth peer name eth0 address 02:00:00:00:94:02 netns inner
ip link add to-mid address 02:00:00:00:94:03 type veth peer name eth0 address 02:00:00:00:94:04 netns mid
ip -n mid link add to-far address 02:00:00:00:94:05 type veth peer name eth0 address 02:00:00:00:94:06 netns far
ip addr add 10.94.0.1/24 dev to-inner
ip addr add 100.64.94.1/24 dev to-mid
ip link set to-inner up
ip link set to-mid up
ip -n inner addr add 10.94.0.2/24 dev eth0
ip -n inner link set eth0 up
ip -n inner route add default via 10.94.0.1
ip -n mid addr add 100.64.94.2/24 dev eth0
ip -n mid addr add 198.51.100.1/24 dev to-far
ip -n mid link set eth0 up
ip -n mid link set to-far up
ip -n far addr add 198.51.100.2/24 dev eth0
ip -n far link set eth0 up
ip -n far route add default via 198.51.100.1
ip route add 198.51.100.0/24 via 100.64.94.2
iptables -t nat -A POSTROUTING -s 10.94.0.0/24 -o to-mid -j MASQUERADE
ip netns exec inner ping -c 1 -W 1 198.51.100.2
ip netns exec inner ping -c 1 -W 1 -t 2 198.51.100.2
ip netns exec inner ping -c 1 -W 5 100.64.94.77
ip netns exec inner ping -c 1 -W 5 198.51.100.99
conntrack -L
ip -n far neigh show
iptables -t nat -L POSTROUTING -n -v
