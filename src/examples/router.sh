# Two subnets joined by a router namespace: left (10.0.1.0/24) and right (10.0.2.0/24). The router
# forwards between them because net.ipv4.ip_forward is 1 in its namespace.

ip netns add left
ip netns add router
ip netns add right

ip link add eth0 netns left type veth peer name eth1 netns router
ip link add eth0 netns right type veth peer name eth2 netns router

ip -n left addr add 10.0.1.2/24 dev eth0
ip -n router addr add 10.0.1.1/24 dev eth1
ip -n router addr add 10.0.2.1/24 dev eth2
ip -n right addr add 10.0.2.2/24 dev eth0

ip -n left link set lo up
ip -n router link set lo up
ip -n right link set lo up
ip -n left link set eth0 up
ip -n router link set eth1 up
ip -n router link set eth2 up
ip -n right link set eth0 up

ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip -n left route add default via 10.0.1.1
ip -n right route add default via 10.0.2.1

ip netns exec left ping -c 1 10.0.2.2
