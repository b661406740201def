# ip -j and ip -j -p: JSON for link, addr, route and neigh
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:d3:01 netns a type veth peer name vb address 02:00:00:00:d3:02 netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a route add 198.51.100.0/24 via 10.0.0.2 metric 5
ip -n a neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev va
ip -n a -j link show
ip -n a -j -p link show va
ip -n a -j addr show
ip -n a -j -p addr show dev va
ip -n a -j route show
ip -n a -j -p route show
ip -n a -j neigh show
ip -n a -j -p neigh show
ip -n a -j -br addr
ip -n a -j route get 198.51.100.1
ip -n a -j link show nosuch
