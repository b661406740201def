# Moving a veth end into another namespace: it arrives DOWN with its IPv4 addresses and routes gone.
ip netns add c
ip netns add d
ip link add h0 address 02:00:00:00:12:01 type veth peer name c0 address 02:00:00:00:12:02
ip addr add 10.12.0.1/24 dev h0
ip addr add 10.12.0.2/24 dev c0
ip link set h0 up
ip link set c0 up
ip link show
ip -br addr
ip route show
ip link set c0 netns c
ip link show
ip -br addr
ip route show
ip -n c link show
ip -n c addr show c0
ip -n c addr add 10.12.0.2/24 dev c0
ip -n c link set c0 up
ip -n c -br addr
ip -n c route show
ip link show h0
ip netns exec c ping -c 1 -W 1 10.12.0.1
ip -n c link set c0 netns d
ip -n c -br link
ip -n d link show c0
ip -n d -br addr
ip link show h0
ip link set h0 netns d
ip -n d -br link
ip -br link
