# Static neighbours: ip neigh add (PERMANENT) / del / flush / show dev; a wrong static MAC silently black-holes traffic.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:43:01 netns a type veth peer name eth0 address 02:00:00:00:43:02 netns b
ip -n a addr add 10.43.0.1/24 dev eth0
ip -n b addr add 10.43.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a neigh add 10.43.0.2 lladdr 02:00:00:00:43:99 dev eth0
ip -n a neigh add 10.43.0.50 lladdr 02:00:00:00:43:50 dev eth0
ip -n a neigh show
ip -n a neigh show dev eth0
ip netns exec a ping -c 1 -W 1 10.43.0.2
ip -n a neigh add 10.43.0.2 lladdr 02:00:00:00:43:02 dev eth0
ip -n a neigh del 10.43.0.2 dev eth0
ip -n a neigh del 10.43.0.2 dev eth0
ip -n a neigh show
ip netns exec a ping -c 1 -W 1 10.43.0.2
ip -n a neigh show
ip -n a neigh flush dev eth0
ip -n a neigh show
ip -n a neigh flush dev eth0 nud permanent
ip -n a neigh show
ip -n a neigh add 10.43.0.60 lladdr 02:00:00:00:43:60 dev nosuch
ip -n a neigh add 10.43.0.61 lladdr zz:00 dev eth0
ip -n a neigh add 10.43.0.62 dev eth0
ip -n a neigh del 10.43.0.63 dev eth0
ip -n a neigh show
