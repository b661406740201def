# FDB learning on a bridge: entries appear for the MACs that sent frames, on the port they came from.
ip netns add a
ip netns add b
ip netns add c
ip link add br0 address 02:00:00:00:23:00 type bridge
ip link add pa address 02:00:00:00:23:01 type veth peer name eth0 address 02:00:00:00:23:11 netns a
ip link add pb address 02:00:00:00:23:02 type veth peer name eth0 address 02:00:00:00:23:12 netns b
ip link add pc address 02:00:00:00:23:03 type veth peer name eth0 address 02:00:00:00:23:13 netns c
ip link set pa master br0
ip link set pb master br0
ip link set pc master br0
ip link set br0 up
ip link set pa up
ip link set pb up
ip link set pc up
ip -n a addr add 10.23.0.1/24 dev eth0
ip -n b addr add 10.23.0.2/24 dev eth0
ip -n c addr add 10.23.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n c link set eth0 up
bridge fdb show br br0 dynamic
ip netns exec a ping -c 1 -W 1 10.23.0.2
bridge fdb show br br0 dynamic
brctl showmacs br0
ip netns exec c ping -c 1 -W 1 10.23.0.1
bridge fdb show br br0 dynamic
bridge fdb show dev pc
ip -n a neigh show
ip -n b neigh show
ip -n c neigh show
