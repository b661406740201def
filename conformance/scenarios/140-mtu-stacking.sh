# MTUs of stacked devices: a veth peer takes the device's MTU only when no `peer` part is given; a
# bridge follows its ports unless its MTU was changed by the user (setting the same MTU again is no
# change); a macvlan starts at its parent's MTU, may not exceed it, and shrinks when the parent does.
ip link add p0 address 02:00:00:00:40:00 mtu 1400 type veth
ip link set dev veth0 address 02:00:00:00:40:01
ip link add p1 address 02:00:00:00:40:02 mtu 1400 type veth peer name q1 address 02:00:00:00:40:03
ip link add p2 address 02:00:00:00:40:04 type veth peer name q2 address 02:00:00:00:40:05 mtu 1300
ip link show
ip link add name br0 address 02:00:00:00:40:10 type bridge
ip link set dev br0 mtu 1500
ip link set dev p1 master br0
ip link show br0
ip link add name br1 address 02:00:00:00:40:11 type bridge
ip link add name p3 address 02:00:00:00:40:06 mtu 9000 type veth peer name q3 address 02:00:00:00:40:07
ip link set dev p3 master br1
ip link add name m1 link br1 address 02:00:00:00:40:21 type macvlan mode bridge
ip link add name m2 link br1 address 02:00:00:00:40:22 mtu 9000 type macvlan mode bridge
ip link add name m3 link br1 address 02:00:00:00:40:23 mtu 9001 type macvlan mode bridge
ip link add name m4 link q1 address 02:00:00:00:40:24 mtu 1300 type macvlan mode bridge
ip link set dev m4 mtu 1500
ip link set dev m4 mtu 1501
ip link set dev m4 mtu 1400
ip link set dev q2 master br1
ip link show m1
ip link show m2
ip link set dev q2 nomaster
ip link show br1
ip link show m2
ip link set dev q1 mtu 1350
ip link show m4
ip link set dev q1 mtu 1450
ip link show m4
