# The whole `bridge fdb show`: local (permanent) port MACs, the bridge's own MAC once set, the self permanent multicast entries (fewer with mcast_snooping 0).
ip netns add a
ip link add br0 type bridge
ip link add p1 address 02:00:00:00:27:01 type veth peer name eth0 address 02:00:00:00:27:11 netns a
ip link add p2 address 02:00:00:00:27:02 type veth peer name q2 address 02:00:00:00:27:12
ip link set p1 master br0
bridge fdb show
ip link set p2 master br0
bridge fdb show
ip link set br0 up
ip link set p1 up
ip link set p2 up
bridge fdb show
ip addr add 10.27.0.1/24 dev br0
ip link set br0 address 02:00:00:00:27:00
bridge fdb show
bridge fdb show br br0
ip -n a addr add 10.27.0.2/24 dev eth0
ip -n a link set eth0 up
ip netns exec a ping -c 1 -W 1 10.27.0.1
bridge fdb show br br0
ip -n a neigh show
ip neigh show
ip link add br1 address 02:00:00:00:34:00 type bridge mcast_snooping 0
ip link set br1 up
bridge fdb show br br1
