# The topology whose export is conformance scenario 95-export-rebuilds (see export.test.ts).
ip link add br0 address 02:00:00:00:95:00 type bridge ageing_time 1000
ip addr add 10.95.0.1/24 dev br0
ip link set br0 up
sysctl -w net.ipv4.ip_forward=1
ip netns add c1
ip netns add 'c-2'
ip link add v1 address 02:00:00:00:95:01 type veth peer name eth0 address 02:00:00:00:95:11 netns c1
ip link add v2 address 02:00:00:00:95:02 type veth peer name eth0 address 02:00:00:00:95:12 netns c-2
ip link set v1 master br0
ip link set v2 master br0
ip link set v1 up
ip link set v2 up
ip -n c1 addr add 10.95.0.2/24 dev eth0
ip -n c1 addr add 10.95.0.22/24 dev eth0
ip -n c-2 addr add 10.95.0.3/24 dev eth0
ip -n c1 link set eth0 up
ip -n c-2 link set eth0 up
ip -n c1 link set lo up
ip -n c1 route add default via 10.95.0.1
ip -n c-2 route add 192.0.2.0/24 via 10.95.0.1 metric 50
ip -n c1 neigh add 10.95.0.99 lladdr 02:00:00:00:95:99 dev eth0
bridge fdb add 02:00:00:00:95:77 dev v2 master static
ip netns exec c-2 sysctl -w net.ipv4.conf.eth0.arp_ignore=1
