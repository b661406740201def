# Bridge MTU follows the smallest port MTU until it is set explicitly.
ip link add br0 address 02:00:00:00:2b:00 type bridge
ip link add p1 address 02:00:00:00:2b:01 type veth peer name q1 address 02:00:00:00:2b:11
ip link add p2 address 02:00:00:00:2b:02 type veth peer name q2 address 02:00:00:00:2b:12
ip link set p1 mtu 9000
ip link set p2 mtu 1400
ip link show br0
ip link set p1 master br0
ip link show br0
ip link set p2 master br0
ip link show br0
ip link set p2 mtu 9000
ip link show br0
ip link set p2 mtu 1300
ip -br link
ip link show br0
ip link set br0 mtu 1450
ip link show br0
ip link set p2 mtu 1280
ip link show br0
ip link set p2 nomaster
ip link show br0
