# A responder that only answers ARP keeps the requester STALE: b ignores echo requests, so nothing ever confirms a.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:41:01 netns a type veth peer name eth0 address 02:00:00:00:41:02 netns b
ip -n a addr add 10.41.0.1/24 dev eth0
ip -n b addr add 10.41.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=1
ip netns exec a ping -c 1 -W 1 10.41.0.2
ip -n a neigh show
ip -n b neigh show
sleep 6
ip -n a neigh show
ip -n b neigh show
ip netns exec b sysctl -w net.ipv4.icmp_echo_ignore_all=0
ip netns exec a ping -c 1 -W 1 10.41.0.2
ip -n a neigh show
ip -n b neigh show
