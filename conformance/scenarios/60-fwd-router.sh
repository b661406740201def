# A router namespace between two subnets: with ip_forward=1 replies arrive with ttl 63; with ip_forward=0 transit packets vanish silently.
ip netns add a
ip netns add r
ip netns add b
ip link add eth0 address 02:00:00:00:50:01 netns a type veth peer name ra address 02:00:00:00:50:02 netns r
ip link add eth0 address 02:00:00:00:50:04 netns b type veth peer name rb address 02:00:00:00:50:03 netns r
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0
ip -n a addr add 10.50.1.2/24 dev eth0
ip -n r addr add 10.50.1.1/24 dev ra
ip -n r addr add 10.50.2.1/24 dev rb
ip -n b addr add 10.50.2.2/24 dev eth0
ip -n a link set eth0 up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set eth0 up
ip -n a route add default via 10.50.1.1
ip -n b route add default via 10.50.2.1
ip -n r route show
ip netns exec a ping -c 2 -i 0.5 -W 1 10.50.2.2
ip netns exec a ping -c 1 -W 1 10.50.2.1
ip netns exec a ping -c 1 -W 1 10.50.1.1
ip -n a neigh show
ip -n r neigh show
ip -n b neigh show
ip netns exec r sysctl -w net.ipv4.ip_forward=0
ip netns exec r sysctl net.ipv4.conf.ra.forwarding
ip netns exec a ping -c 1 -W 1 10.50.2.2
ip netns exec a ping -c 1 -W 1 10.50.2.1
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec b ping -c 1 -W 1 10.50.1.2
