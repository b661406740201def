# veth MTU at creation: the peer inherits an MTU given to one end only; ip link add checks the MTU against min/max as ip link set does
ip netns add n
ip -n n link add a0 mtu 1400 address 02:00:00:00:f0:01 type veth peer name b0 address 02:00:00:00:f0:02
ip -n n link show a0
ip -n n link show b0
ip -n n link add a1 address 02:00:00:00:f0:03 type veth peer name b1 mtu 1300 address 02:00:00:00:f0:04
ip -n n link show a1
ip -n n link show b1
ip -n n link add a2 mtu 1400 address 02:00:00:00:f0:05 type veth peer name b2 mtu 9000 address 02:00:00:00:f0:06
ip -n n -br link show
ip -n n link show a2
ip -n n link show b2
ip -n n link add a3 mtu 67 type veth peer name b3
ip -n n link add a3 mtu 65536 type veth peer name b3
ip -n n link add a3 type veth peer name b3 mtu 67
ip -n n link add a3 mtu 68 address 02:00:00:00:f0:07 type veth peer name b3 address 02:00:00:00:f0:08
ip -n n link show a3
ip -n n link show b3
ip -n n link add a4 mtu 65535 address 02:00:00:00:f0:09 type veth peer name b4 address 02:00:00:00:f0:0a
ip -n n -br link show a4
ip -n n link add br0 mtu 67 type bridge
ip -n n link add br0 mtu 65536 type bridge
ip -n n link add br0 mtu 9000 address 02:00:00:00:f0:10 type bridge
ip -n n link show br0
ip -n n link set a0 mtu 67
ip -n n link set a0 mtu 65536
ip -n n link add a5 mtu abc type veth peer name b5
ip -n n link add a5 mtu -1 type veth peer name b5
