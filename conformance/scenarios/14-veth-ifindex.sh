# ifindex allocation: the peer is registered first, indexes are per namespace and not reused, and a moved device keeps its index when it is free.
ip link add first address 02:00:00:00:14:01 type veth peer name second address 02:00:00:00:14:02
ip link add br0 address 02:00:00:00:14:00 type bridge
ip link add third address 02:00:00:00:14:03 type veth peer name fourth address 02:00:00:00:14:04
ip link show
ip link del first
ip link add fifth address 02:00:00:00:14:05 type veth peer name sixth address 02:00:00:00:14:06
ip -br link
ip netns add n
ip -n n link add x address 02:00:00:00:14:07 type veth peer name y address 02:00:00:00:14:08
ip -n n -br link
ip link add z address 02:00:00:00:14:09 type veth peer name w address 02:00:00:00:14:0a netns n
ip -br link
ip -n n -br link
ip link set z netns n
ip -n n -br link
ip link set sixth netns n
ip -n n link show
