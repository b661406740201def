# Path MTU discovery: a router with a 1400-byte hop answers DF pings with Frag needed; the sender caches the PMTU and fragments the next ping
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
ip -n r link show rb
ip netns exec a ping -c 1 10.0.2.2
ip -n a route get 10.0.2.2
ip netns exec a ping -c 2 -i 0.2 -s 1472 10.0.2.2
ip -n a route get 10.0.2.2
ip netns exec a ping -c 1 -s 1472 10.0.2.2
ip netns exec a ping -c 1 -s 1372 -M do 10.0.2.2
ip netns exec a ping -c 1 -s 1373 -M do 10.0.2.2
ip netns exec a ping -c 1 -s 1472 -M do 10.0.2.2
ip -n a route flush cache
ip -n a route get 10.0.2.2
ip -n a route show cache
ip netns exec b ping -c 1 -s 1472 -M do 10.0.1.2
ip netns exec b ping -c 1 -s 1472 10.0.1.2
ip -n b route get 10.0.1.2
