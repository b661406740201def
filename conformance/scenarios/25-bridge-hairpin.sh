# Hairpin: a macvlan child reaches its own parent's address only if the bridge sends frames back out the port they came in (hairpin on).
ip netns add h1
ip netns add h2
ip link add br0 address 02:00:00:00:28:00 type bridge
ip link add p1 address 02:00:00:00:28:01 type veth peer name eth0 address 02:00:00:00:28:11 netns h1
ip link set p1 master br0
ip link set br0 up
ip link set p1 up
ip -n h1 addr add 10.28.0.1/24 dev eth0
ip -n h1 link set eth0 up
ip -n h1 link add mv0 address 02:00:00:00:28:21 link eth0 type macvlan mode bridge
ip -n h1 link set mv0 netns h2
ip -n h2 addr add 10.28.0.2/24 dev mv0
ip -n h2 link set mv0 up
ip -n h2 link show mv0
bridge link show
ip netns exec h2 ping -c 1 -W 1 10.28.0.1
bridge fdb show br br0 dynamic
sleep 3
ip -n h2 neigh show
ip -n h1 neigh show
bridge link set dev p1 hairpin on
bridge link show
ip netns exec h2 ping -c 1 -W 1 10.28.0.1
ip -n h2 neigh show
ip -n h1 neigh show
bridge fdb show br br0 dynamic
ip netns exec h1 ping -c 1 -W 1 10.28.0.2
