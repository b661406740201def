# Learned FDB entries are flushed when their port goes down (and when it leaves the bridge); local entries stay.
ip netns add a
ip netns add b
ip link add br0 address 02:00:00:00:24:00 type bridge
ip link add pa address 02:00:00:00:24:01 type veth peer name eth0 address 02:00:00:00:24:11 netns a
ip link add pb address 02:00:00:00:24:02 type veth peer name eth0 address 02:00:00:00:24:12 netns b
ip link set pa master br0
ip link set pb master br0
ip link set br0 up
ip link set pa up
ip link set pb up
ip -n a addr add 10.24.0.1/24 dev eth0
ip -n b addr add 10.24.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec a ping -c 1 -W 1 10.24.0.2
bridge fdb show br br0 dynamic
ip link set pb down
bridge fdb show br br0 dynamic
brctl showmacs br0
bridge link show
ip link set pb up
bridge fdb show br br0 dynamic
ip netns exec b ping -c 1 -W 1 10.24.0.1
bridge fdb show br br0 dynamic
ip link set pa nomaster
bridge fdb show br br0 dynamic
brctl showmacs br0
