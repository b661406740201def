# Unknown unicast is flooded to every other port (the silent destination still gets it) but is not passed up to the bridge itself.
ip netns add a
ip netns add b
ip netns add c
ip link add br0 address 02:00:00:00:2a:00 type bridge
ip link add pa address 02:00:00:00:2a:01 type veth peer name eth0 address 02:00:00:00:2a:11 netns a
ip link add pb address 02:00:00:00:2a:02 type veth peer name eth0 address 02:00:00:00:2a:12 netns b
ip link add pc address 02:00:00:00:2a:03 type veth peer name eth0 address 02:00:00:00:2a:13 netns c
ip link set pa master br0
ip link set pb master br0
ip link set pc master br0
ip addr add 10.42.0.254/24 dev br0
ip link set br0 up
ip link set pa up
ip link set pb up
ip link set pc up
ip -n a addr add 10.42.0.1/24 dev eth0
ip -n b addr add 10.42.0.2/24 dev eth0
ip -n c addr add 10.42.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n c link set eth0 up
ip -n a neigh add 10.42.0.2 lladdr 02:00:00:00:2a:12 dev eth0
ip -n a neigh add 10.42.0.254 lladdr 02:00:00:00:2a:99 dev eth0
bridge fdb show br br0 dynamic
ip netns exec a ping -c 1 -W 1 10.42.0.2
bridge fdb show br br0 dynamic
ip -n a neigh show
ip -n b neigh show
ip -n c neigh show
ip neigh show
ip netns exec a ping -c 1 -W 1 10.42.0.254
ip neigh show
bridge fdb show br br0 dynamic
