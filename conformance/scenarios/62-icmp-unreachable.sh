# Where "unreachable" comes from: a local sender with no route gets connect: Network is unreachable; a router with no route answers Destination Net Unreachable; a router that cannot resolve the next hop answers Destination Host Unreachable.
ip netns add a
ip netns add r
ip link add eth0 address 02:00:00:00:52:01 netns a type veth peer name ra address 02:00:00:00:52:02 netns r
ip -n r link add rb address 02:00:00:00:52:03 type veth peer name rz address 02:00:00:00:52:04
ip netns exec r sysctl -w net.ipv4.ip_forward=1
ip netns exec r sysctl -w net.ipv4.conf.all.rp_filter=0
ip -n a addr add 10.52.1.2/24 dev eth0
ip -n r addr add 10.52.1.1/24 dev ra
ip -n r addr add 10.52.2.1/24 dev rb
ip -n a link set eth0 up
ip -n r link set ra up
ip -n r link set rb up
ip -n r link set rz up
ip netns exec a ping -c 1 -W 1 10.52.9.9
ip netns exec a ip route get 10.52.9.9
ip -n a route add default via 10.52.1.1
ip netns exec a ping -c 1 -W 1 10.52.9.9
ip netns exec a ping -c 1 -W 4 10.52.2.77
ip -n r neigh show
ip -n a neigh show
ip -n r route add 10.52.9.0/24 via 10.52.2.99
ip netns exec a ping -c 1 -W 4 10.52.9.9
ip -n r neigh show dev rb
