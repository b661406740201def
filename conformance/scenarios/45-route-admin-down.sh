# Admin-down deletes every route through the device (static and default too) and its neighbours; up restores only the prefix route.
ip netns add peer
ip link add h0 address 02:00:00:00:35:01 type veth peer name eth0 address 02:00:00:00:35:02 netns peer
ip addr add 10.35.0.1/24 dev h0
ip link set h0 up
ip -n peer addr add 10.35.0.2/24 dev eth0
ip -n peer link set eth0 up
ip route add default via 10.35.0.2
ip route add 192.168.35.0/24 via 10.35.0.2 metric 5
ip route add 198.51.100.0/24 dev h0
ip neigh add 10.35.0.99 lladdr 02:00:00:00:35:99 dev h0
ping -c 1 -W 1 10.35.0.2
ip neigh show
ip route show
ip link set h0 down
ip route show
ip route show table local
ip neigh show
ip -br addr
ip link set h0 up
ip route show
ip route show table local
ip neigh show
ip route add default via 10.35.0.2
ip neigh add 10.35.0.99 lladdr 02:00:00:00:35:99 dev h0
ping -c 1 -W 1 10.35.0.2
ip neigh show
ip route show
# Carrier loss is different: routes stay but are marked linkdown, and only non-permanent neighbours go.
ip -n peer link set eth0 down
ip link show h0
ip route show
ip neigh show
ip -n peer link set eth0 up
ip link show h0
ip route show
