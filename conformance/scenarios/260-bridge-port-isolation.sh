# Bridge port isolation: isolated ports reach non-isolated ports and the bridge, not each other; bridge -d link show prints it
ip link add br0 address 02:00:00:00:a1:00 type bridge
ip link set br0 up
ip addr add 10.0.0.1/24 dev br0
ip netns add c1
ip netns add c2
ip netns add c3
ip link add h1 address 02:00:00:00:a1:11 type veth peer name eth0 address 02:00:00:00:a1:01 netns c1
ip link add h2 address 02:00:00:00:a1:12 type veth peer name eth0 address 02:00:00:00:a1:02 netns c2
ip link add h3 address 02:00:00:00:a1:13 type veth peer name eth0 address 02:00:00:00:a1:03 netns c3
ip link set h1 master br0 up
ip link set h2 master br0 up
ip link set h3 master br0 up
ip -n c1 addr add 10.0.0.11/24 dev eth0
ip -n c2 addr add 10.0.0.12/24 dev eth0
ip -n c3 addr add 10.0.0.13/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n c1 link set lo up
ip -n c2 link set lo up
ip -n c3 link set lo up
bridge link set dev h1 isolated on
bridge link set dev h2 isolated on
bridge link show
bridge -d link show dev h1
bridge -d link show dev h3
ip -d link show h1
ip netns exec c1 ping -c 1 -W 1 10.0.0.12
ip netns exec c1 ping -c 1 10.0.0.13
ip netns exec c2 ping -c 1 10.0.0.13
ip netns exec c1 ping -c 1 10.0.0.1
ip -n c1 neigh show
ip -n c2 neigh show
bridge fdb show br br0 dynamic
bridge link set dev h2 isolated off
ip netns exec c1 ping -c 1 10.0.0.12
bridge -d link show dev h2
bridge link set dev h3 isolated maybe
bridge link set dev br0 isolated on
