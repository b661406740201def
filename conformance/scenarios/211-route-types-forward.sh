# blackhole, unreachable, prohibit and throw routes on a router: silent drop, Host Unreachable, Packet filtered, and throw (Net Unreachable)
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
ip -n r route add blackhole 198.51.100.0/26
ip -n r route add unreachable 198.51.100.64/26
ip -n r route add prohibit 198.51.100.128/26
ip -n r route add throw 198.51.100.192/26
ip netns exec a ping -c 1 -W 1 198.51.100.1
sleep 3
ip netns exec a ping -c 1 198.51.100.65
sleep 3
ip netns exec a ping -c 1 198.51.100.129
sleep 3
ip netns exec a ping -c 1 198.51.100.193
sleep 3
ip netns exec a nc -zv -w 1 198.51.100.65 80
sleep 3
ip netns exec a nc -zv -w 1 198.51.100.129 80
sleep 3
ip netns exec a nc -zv -w 1 198.51.100.1 80
ip netns exec r sysctl -qw net.ipv4.ip_forward=0
sleep 3
ip netns exec a ping -c 1 -W 1 198.51.100.65
ip -n r route get 198.51.100.65 from 10.0.1.2 iif ra
ip -n r route get 198.51.100.1 from 10.0.1.2 iif ra
