# Errors from a router abort a TCP connect: no route (net unreachable) and a neighbour that never
# answers (host unreachable, after three seconds of ARP).
ip netns add client
ip netns add router
ip link add eth0 netns client type veth peer name lan netns router
ip link add wan netns router type veth peer name far
ip -n client addr add 192.168.1.10/24 dev eth0
ip -n router addr add 192.168.1.1/24 dev lan
ip -n router addr add 203.0.113.1/24 dev wan
ip -n client link set eth0 up
ip -n router link set lan up
ip -n router link set wan up
ip link set far up
ip -n client route add default via 192.168.1.1
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec client nc -z -v -w 5 198.18.0.1 80
ip netns exec client nc -z -v -w 4 203.0.113.99 80
ip netns exec client nc -z -v -u -w 1 198.18.0.1 53
ip netns exec client nc -z -v -u -w 1 203.0.113.99 53
ip netns exec client ss -tan
