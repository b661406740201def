# The route mtu attribute: a route's mtu limits local senders (lock, too), ip route show and get print it
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:c8:01 netns a type veth peer name ra address 02:00:00:00:c8:02 netns r
ip link add rb address 02:00:00:00:c8:03 netns r mtu 1400 type veth peer name vb address 02:00:00:00:c8:04 netns b mtu 1400
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n b addr add 10.0.2.2/24 dev vb
ip -n a link set lo up
ip -n r link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip -n a route add 198.51.100.0/24 via 10.0.1.1 mtu 1300
ip -n a route add 203.0.113.0/24 via 10.0.1.1 mtu lock 1200
ip -n a route
ip -n a route get 198.51.100.7
ip -n a route get 203.0.113.7
ip -n a route del 198.51.100.0/24
ip -n a route add 10.0.2.0/24 via 10.0.1.1 mtu 1300
ip -n a route get 10.0.2.2
ip netns exec a ping -c 1 -s 1272 -M do 10.0.2.2
ip netns exec a ping -c 1 -s 1273 -M do 10.0.2.2
ip netns exec a ping -c 1 -s 1400 10.0.2.2
ip -n a route replace 10.0.2.0/24 via 10.0.1.1 mtu 1450
ip -n a route get 10.0.2.2
ip netns exec a ping -c 1 -s 1422 -M do 10.0.2.2
ip -n a route get 10.0.2.2
ip -n a route add 10.0.3.0/24 via 10.0.1.1 mtu 67
ip -n a route add 10.0.3.0/24 via 10.0.1.1 mtu 70000
ip -n a route add 10.0.3.0/24 via 10.0.1.1 mtu abc
