# macvlan in bridge mode: children in two namespaces reach each other and a host on the parent's segment, but not the parent itself.
ip netns add host
ip netns add outside
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:60:01 netns host type veth peer name eth0 address 02:00:00:00:60:02 netns outside
ip -n host link add mv1 address 02:00:00:00:60:11 link eth0 type macvlan mode bridge
ip -n host link add mv2 address 02:00:00:00:60:12 link eth0 type macvlan mode bridge
ip -n host link show
ip -n host link set mv1 netns c1
ip -n host link set mv2 netns c2
ip -n host addr add 10.60.0.1/24 dev eth0
ip -n outside addr add 10.60.0.2/24 dev eth0
ip -n c1 addr add 10.60.0.11/24 dev mv1
ip -n c2 addr add 10.60.0.12/24 dev mv2
ip -n host link set eth0 up
ip -n outside link set eth0 up
ip -n c1 link set mv1 up
ip -n c2 link set mv2 up
ip -n host link show
ip -n c1 link show mv1
ip -n c1 -br addr
ip netns exec c1 ping -c 1 -W 1 10.60.0.12
ip netns exec c1 ping -c 1 -W 1 10.60.0.2
ip netns exec outside ping -c 1 -W 1 10.60.0.12
ip netns exec c2 ping -c 1 -W 1 10.60.0.1
ip -n c1 neigh show
ip -n c2 neigh show
ip -n outside neigh show
ip -n host neigh show
sleep 7
ip -n c2 neigh show
ip -n outside neigh show
ip netns exec outside ping -c 1 -W 1 10.60.0.1
ip -n host link set eth0 down
ip -n c1 link show mv1
ip netns exec c1 ping -c 1 -W 1 10.60.0.12
