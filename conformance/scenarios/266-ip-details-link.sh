# ip -d link: the details line of lo, veth, a bridge and its port, macvlan
ip netns add n
ip -n n link add v0 address 02:00:00:00:d2:01 type veth peer name v1 address 02:00:00:00:d2:02
ip -n n link add br0 address 02:00:00:00:d2:10 type bridge
ip -n n link add mv0 link v1 address 02:00:00:00:d2:20 type macvlan mode bridge
ip -n n -d link show lo
ip -n n -d link show v0
ip -n n link set v0 master br0
ip -n n -d link show v0
ip -n n -d link show br0
ip -n n link set br0 type bridge ageing_time 1000 mcast_snooping 0
ip -n n -d link show br0
ip -n n -d link show mv0
ip -n n -d -br link show
