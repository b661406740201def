# Deleting a namespace deletes the veth ends inside it, and so their peers outside (after a moment: cleanup is asynchronous).
ip netns add c1
ip netns add c2
ip link add h1 address 02:00:00:00:03:01 type veth peer name eth0 address 02:00:00:00:03:11 netns c1
ip link add h2 address 02:00:00:00:03:02 type veth peer name eth0 address 02:00:00:00:03:12 netns c2
ip -n c1 link add x1 address 02:00:00:00:03:21 type veth peer name y1 address 02:00:00:00:03:22
ip addr add 10.3.1.1/24 dev h1
ip link set h1 up
ip -br link
ip -n c1 -br link
ip route show
ip netns list
ip netns del c1
sleep 2
ip -br link
ip link show h1
ip route show
ip netns list
ip -n c2 -br link
ip link del h2
ip -n c2 -br link
ip -br link
