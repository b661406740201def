# Policy routing decides the path: source-based tables, ip route get from/iif/mark/oif, ping -I from a second address
ip netns add a
ip netns add g1
ip netns add g2
ip link add v1 address 02:00:00:00:fb:01 netns a type veth peer name e1 address 02:00:00:00:fb:02 netns g1
ip link add v2 address 02:00:00:00:fb:03 netns a type veth peer name e2 address 02:00:00:00:fb:04 netns g2
ip -n a addr add 10.0.1.2/24 dev v1
ip -n a addr add 10.0.2.2/24 dev v2
ip -n g1 addr add 10.0.1.1/24 dev e1
ip -n g1 addr add 198.51.100.1/32 dev lo
ip -n g2 addr add 10.0.2.1/24 dev e2
ip -n g2 addr add 198.51.100.1/32 dev lo
ip -n a link set lo up
ip -n g1 link set lo up
ip -n g2 link set lo up
ip -n a link set v1 up
ip -n a link set v2 up
ip -n g1 link set e1 up
ip -n g2 link set e2 up
ip -n a route add default via 10.0.1.1
ip -n a route add default via 10.0.2.1 table 200
ip -n a rule add from 10.0.2.2 table 200 priority 100
ip -n a rule add fwmark 2 table 200 priority 110
ip -n a route get 198.51.100.1
ip -n a route get 198.51.100.1 from 10.0.2.2
ip -n a route get 198.51.100.1 mark 2
ip -n a route get 198.51.100.1 mark 3
ip -n a route get 198.51.100.1 oif v2
ip -n a route get 198.51.100.1 from 10.0.9.9
ip -n a route get 198.51.100.1 from 10.0.1.1 iif v1
ip netns exec a sysctl -qw net.ipv4.ip_forward=1
ip -n a route get 198.51.100.1 from 10.0.1.1 iif v1
ip -n a route get 198.51.100.1 from 10.0.2.2 iif v1
ip netns exec a ping -c 1 198.51.100.1
ip netns exec a ping -c 1 -I 10.0.2.2 198.51.100.1
ip -n a neigh show
ip -n a route show table 200
ip -n a route show table all
ip -n a route get 198.51.100.1 from 10.0.2.2 table 254
ip -n a rule add from 10.0.1.2 table 201 priority 90
ip -n a route get 198.51.100.1 from 10.0.1.2
ip -n a route add throw 198.51.100.0/24 table 201
ip -n a route get 198.51.100.1 from 10.0.1.2
ip -n a route add unreachable 198.51.100.0/24 table 201
ip -n a route add unreachable 198.51.100.1 table 201
ip -n a route get 198.51.100.1 from 10.0.1.2
ip netns exec a ping -c 1 198.51.100.1
