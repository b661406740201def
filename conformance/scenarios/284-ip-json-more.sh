# ip -j beside the text forms: a bridge and its port (master), a veth pair in one namespace, a route
# through a device without carrier (linkdown), an unresolved neighbour, a gateway's route get
ip netns add n
ip -n n link add br0 address 02:00:00:00:d4:10 type bridge mcast_snooping 0
ip -n n link add v0 address 02:00:00:00:d4:01 type veth peer name v1 address 02:00:00:00:d4:02
ip -n n link set v0 master br0
ip -n n link set br0 up
ip -n n link set v0 up
ip -n n addr add 10.4.0.1/24 dev br0
ip -n n addr add 10.5.0.1/24 dev v1
ip -n n link set v1 up
ip -n n link set v1 down
ip -n n link set v1 up
ip -n n -j link show
ip -n n -j -p link show v0
ip -n n -j addr show dev br0
ip -n n -j -br addr show
ip -n n route add 192.0.2.0/24 via 10.4.0.2 metric 3
ip -n n route add 198.51.100.0/24 via 10.4.0.3 dev br0
ip -n n -j route show
ip -n n -j route get 192.0.2.9
ip -n n -j route get 10.4.0.77
ip netns exec n ping -c 1 -W 1 10.4.0.77
ip -n n -j neigh show
ip -n n -j -p neigh
ip -n n -j addr show dev nosuch
