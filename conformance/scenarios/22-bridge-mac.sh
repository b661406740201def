# The bridge MAC follows the numerically lowest port MAC unless set explicitly; an empty bridge is all zeros.
ip link add br0 type bridge
brctl show
ip link add p1 address 02:00:00:00:21:30 type veth peer name q1 address 02:00:00:00:21:31
ip link add p2 address 02:00:00:00:21:10 type veth peer name q2 address 02:00:00:00:21:11
ip link add p3 address 02:00:00:00:21:20 type veth peer name q3 address 02:00:00:00:21:21
ip link set p1 master br0
ip link show br0
ip link set p2 master br0
ip link show br0
ip link set p3 master br0
brctl show
ip link set p2 nomaster
ip link show br0
ip link set p3 address 02:00:00:00:21:05
ip link show br0
brctl delif br0 p3
ip link show br0
ip link set p1 nomaster
ip link show br0
brctl show br0
ip link set br0 address 02:00:00:00:21:ff
ip link set p2 master br0
ip link show br0
ip link set p2 nomaster
ip link show br0
