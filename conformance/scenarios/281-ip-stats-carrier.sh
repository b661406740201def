# ip -s -s link: the carrier changes (transns) of veth ends, a bridge and a macvlan as their links come
# and go, and the counters of a bridge, its port and the far end after ARP and pings (no multicast
# snooping, so the bridge sends no IGMP of its own)
ip netns add n
ip netns add m
ip -n n link add br0 address 02:00:00:00:28:10 type bridge mcast_snooping 0
ip -n n link add v0 address 02:00:00:00:28:11 type veth peer name v1 address 02:00:00:00:28:12 netns m
ip -n n link add v2 address 02:00:00:00:28:13 type veth peer name v3 address 02:00:00:00:28:14
ip -n n link add mv0 link v2 address 02:00:00:00:28:15 type macvlan mode bridge
ip -n n -s -s link
ip -n n link set v0 master br0
ip -n n link set br0 up
ip -n n link set v0 up
ip -n m link set v1 up
ip -n n link set v2 up
ip -n n link set v3 up
ip -n n link set mv0 up
ip -n n -s -s link
ip -n n addr add 10.28.0.1/24 dev br0
ip -n m addr add 10.28.0.2/24 dev v1
ip netns exec m ping -c 2 -i 0.2 10.28.0.1
ip -n n -s link show br0
ip -n n -s link show v0
ip -n m -s link show v1
ip -n m link set v1 down
ip -n n -s -s link show v0
ip -n n -s -s link show br0
ip -n n link set v3 down
ip -n n -s -s link show mv0
ip -n n link set v3 up
ip -n n -s -s link show mv0
ip -n n link set v0 nomaster
ip -n n -s -s link show br0
