# Deleting either end of a veth pair deletes both; deleting a missing device is an error.
ip netns add n
ip link add a1 address 02:00:00:00:13:01 type veth peer name b1 address 02:00:00:00:13:02
ip link add a2 address 02:00:00:00:13:03 type veth peer name b2 address 02:00:00:00:13:04 netns n
ip addr add 10.13.0.1/24 dev a1
ip link set a1 up
ip -br link
ip route show
ip link del b1
ip -br link
ip route show
ip link del a1
ip -n n link del b2
ip -br link
ip -n n -br link
ip link del nosuch
ip link del dev nosuch
