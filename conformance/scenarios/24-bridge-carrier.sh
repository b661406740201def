# Bridge carrier: none until some port is forwarding (not even before the first port); after the last port leaves, NO-CARRIER and linkdown routes.
ip netns add h
ip link add br0 address 02:00:00:00:22:00 type bridge
ip addr add 10.22.0.1/24 dev br0
ip link set br0 up
ip link show br0
ip route show
ip link add p1 address 02:00:00:00:22:01 type veth peer name eth0 address 02:00:00:00:22:11 netns h
ip link set p1 master br0
ip link show br0
ip -br link
ip route show
ip link set p1 up
ip link show br0
ip -n h link set eth0 up
ip link show br0
ip link show p1
ip route show
ip -n h link set eth0 down
ip link show br0
ip link set p1 nomaster
ip link show br0
ip -br link
ip route show
ip route show table local
ip link set p1 master br0
ip -n h link set eth0 up
ip link show br0
ip route show
