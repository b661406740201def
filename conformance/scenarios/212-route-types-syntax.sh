# Route types in listings and errors: ip route show type, flush type, a device or gateway on a blackhole route, unreachable default
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
ip -n r route add unreachable 198.51.100.64/26 metric 10
ip -n r route add prohibit 198.51.100.128/26 table 100
ip -n r route add throw 198.51.100.192/26 table 100
ip -n r route add unreachable default metric 100
ip -n r route add blackhole 203.0.113.0/24 dev rb
ip -n r route add prohibit 203.0.113.0/24 via 10.0.2.2
ip -n r route add blackhole 198.51.100.0/26
ip -n r route add unreachable 198.51.100.0/26
ip -n r route
ip -n r route show type blackhole
ip -n r route show type unreachable
ip -n r route show table all type prohibit
ip -n r route show table 100
ip -n r route show type local table local
ip -n r route show type broadcast table local
ip -n r route get 10.5.5.5
ip -n r route del 198.51.100.64/26
ip -n r route del unreachable default
ip -n r route get 10.5.5.5
ip -n r route flush type blackhole
ip -n r route
ip -n r route add local 10.7.7.7 dev rb
ip -n r route show table local type local
ip -n r route get 10.7.7.7
