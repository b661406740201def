# FDB ageing: with ageing_time 500 (5 s) learned entries vanish once idle that long; local entries never age.
ip netns add a
ip netns add b
ip link add br0 address 02:00:00:00:25:00 type bridge ageing_time 500
ip link add pa address 02:00:00:00:25:01 type veth peer name eth0 address 02:00:00:00:25:11 netns a
ip link add pb address 02:00:00:00:25:02 type veth peer name eth0 address 02:00:00:00:25:12 netns b
ip link set pa master br0
ip link set pb master br0
ip link set br0 up
ip link set pa up
ip link set pb up
ip -n a addr add 10.25.0.1/24 dev eth0
ip -n b addr add 10.25.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec a ping -c 1 -W 1 10.25.0.2
bridge fdb show br br0 dynamic
brctl showmacs br0
sleep 2
brctl showmacs br0
# b's neighbour entry for a goes DELAY -> PROBE about 5 s after the ping; that unicast ARP exchange refreshes both MACs.
sleep 11
bridge fdb show br br0 dynamic
brctl showmacs br0
ip -n b neigh show
ip netns exec a ping -c 1 -W 1 10.25.0.2
bridge fdb show br br0 dynamic
ip link set br0 type bridge ageing_time 30000
sleep 12
bridge fdb show br br0 dynamic
