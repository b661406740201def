# Two routers in a row: ttl 62 at the far end; ping -t 1 and -t 2 get Time to live exceeded from the router where the TTL ran out.
ip netns add a
ip netns add r1
ip netns add r2
ip netns add b
ip link add eth0 address 02:00:00:00:51:01 netns a type veth peer name e0 address 02:00:00:00:51:02 netns r1
ip link add e1 address 02:00:00:00:51:03 netns r1 type veth peer name e0 address 02:00:00:00:51:04 netns r2
ip link add e1 address 02:00:00:00:51:05 netns r2 type veth peer name eth0 address 02:00:00:00:51:06 netns b
ip netns exec r1 sysctl -w net.ipv4.ip_forward=1
ip netns exec r2 sysctl -w net.ipv4.ip_forward=1
ip netns exec r1 sysctl -w net.ipv4.conf.all.rp_filter=0
ip netns exec r2 sysctl -w net.ipv4.conf.all.rp_filter=0
ip -n a addr add 10.51.1.2/24 dev eth0
ip -n r1 addr add 10.51.1.1/24 dev e0
ip -n r1 addr add 10.51.12.1/30 dev e1
ip -n r2 addr add 10.51.12.2/30 dev e0
ip -n r2 addr add 10.51.2.1/24 dev e1
ip -n b addr add 10.51.2.2/24 dev eth0
ip -n a link set eth0 up
ip -n r1 link set e0 up
ip -n r1 link set e1 up
ip -n r2 link set e0 up
ip -n r2 link set e1 up
ip -n b link set eth0 up
ip -n a route add default via 10.51.1.1
ip -n r1 route add 10.51.2.0/24 via 10.51.12.2
ip -n r2 route add 10.51.1.0/24 via 10.51.12.1
ip -n b route add default via 10.51.2.1
ip netns exec a ping -c 1 -W 1 10.51.2.2
ip netns exec a ping -c 1 -W 1 10.51.12.2
ip netns exec a ping -c 1 -W 1 -t 1 10.51.2.2
ip netns exec a ping -c 1 -W 1 -t 2 10.51.2.2
ip netns exec a ping -c 1 -W 1 -t 3 10.51.2.2
ip netns exec b ping -c 1 -W 1 -t 1 10.51.1.2
ip -n r1 route show
ip -n r2 route show
ip netns exec a ip route get 10.51.2.2
ip netns exec r1 ip route get 10.51.2.2
