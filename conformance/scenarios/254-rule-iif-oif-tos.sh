# Rule selectors on the path: iif lo for local traffic, iif DEV for forwarded, oif for sockets bound to a device, tos
ip netns add a
ip netns add g1
ip netns add g2
ip link add v1 address 02:00:00:00:fe:01 netns a type veth peer name e1 address 02:00:00:00:fe:02 netns g1
ip link add v2 address 02:00:00:00:fe:03 netns a type veth peer name e2 address 02:00:00:00:fe:04 netns g2
ip -n a addr add 10.0.1.2/24 dev v1
ip -n a addr add 10.0.2.2/24 dev v2
ip -n g1 addr add 10.0.1.1/24 dev e1
ip -n g2 addr add 10.0.2.1/24 dev e2
ip -n a link set lo up
ip -n a link set v1 up
ip -n a link set v2 up
ip -n g1 link set e1 up
ip -n g2 link set e2 up
ip -n a route add default via 10.0.1.1
ip -n a route add default via 10.0.2.1 table 10
ip -n a route add default via 10.0.2.1 table 20
ip -n a route add default via 10.0.2.1 table 30
ip -n a rule add iif lo to 198.51.100.0/24 table 10 priority 100
ip -n a rule add oif v2 table 20 priority 110
ip -n a rule add tos 0x10 table 30 priority 120
ip -n a rule
ip -n a route get 198.51.100.1
ip -n a route get 203.0.113.1
ip -n a route get 203.0.113.1 oif v2
ip -n a route get 203.0.113.1 tos 0x10
ip -n a route get 203.0.113.1 tos 0x08
ip -n a route get 198.51.100.1 from 10.0.2.1 iif v2
ip netns exec a sysctl -qw net.ipv4.ip_forward=1
ip -n a route get 198.51.100.1 from 10.0.2.1 iif v2
ip -n a rule add iif v1 table 20 priority 90
ip -n a route get 203.0.113.1 from 10.0.1.1 iif v1
ip -n a rule show iif v1
ip -n a rule del iif v1
ip -n a rule show
