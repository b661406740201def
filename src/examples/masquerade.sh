# A container reaching an outside network through the host, which MASQUERADEs its private address
# (what Docker does for every container). "outside" stands for the Internet: it has no route back
# to 172.18.0.0/16, so replies only find their way because of NAT.

# The outside network, reached through the host's uplink 198.51.100.0/24.
ip netns add outside
ip link add uplink type veth peer name eth0 netns outside
ip addr add 198.51.100.1/24 dev uplink
ip link set uplink up
ip -n outside addr add 198.51.100.2/24 dev eth0
ip -n outside link set lo up
ip -n outside link set eth0 up

# The container on a private bridge.
ip link add br0 type bridge
ip addr add 172.18.0.1/16 dev br0
ip link set br0 up
ip netns add c1
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master br0
ip link set veth1 up
ip -n c1 addr add 172.18.0.2/16 dev eth0
ip -n c1 link set lo up
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.18.0.1

# The host forwards, and rewrites the container's source address on the way out.
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 172.18.0.0/16 -o uplink -j MASQUERADE

ip netns exec c1 ping -c 1 198.51.100.2
