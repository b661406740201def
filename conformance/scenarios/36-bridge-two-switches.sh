# Two bridges joined by a veth trunk: each learns the far host's MAC on its trunk port; a port down on one side does not flush the other.
ip netns add sw2
ip netns add a
ip netns add b
ip link add br1 address 02:00:00:00:36:a0 type bridge mcast_snooping 0
ip -n sw2 link add br2 address 02:00:00:00:36:b0 type bridge mcast_snooping 0
ip link add trunk1 address 02:00:00:00:36:01 type veth peer name trunk2 address 02:00:00:00:36:02 netns sw2
ip link add pa address 02:00:00:00:36:03 type veth peer name eth0 address 02:00:00:00:36:11 netns a
ip -n sw2 link add pb address 02:00:00:00:36:04 type veth peer name eth0 address 02:00:00:00:36:12 netns b
ip link set trunk1 master br1
ip link set pa master br1
ip -n sw2 link set trunk2 master br2
ip -n sw2 link set pb master br2
ip link set br1 up
ip link set trunk1 up
ip link set pa up
ip -n sw2 link set br2 up
ip -n sw2 link set trunk2 up
ip -n sw2 link set pb up
ip -n a addr add 10.36.0.1/24 dev eth0
ip -n b addr add 10.36.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec a ping -c 1 -W 1 10.36.0.2
bridge fdb show br br1 dynamic
ip -n sw2 -br link
ip netns exec sw2 bridge fdb show br br2 dynamic
ip netns exec sw2 brctl showmacs br2
bridge link show
ip -n sw2 link set pb down
ip netns exec sw2 bridge fdb show br br2 dynamic
bridge fdb show br br1 dynamic
