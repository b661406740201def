# A new namespace has lo DOWN and no 127.0.0.1 until `ip link set lo up`; ping 127.0.0.1 before and after.
ip netns add n1
ip -n n1 link show
ip -n n1 addr show
ip -n n1 -br addr
ip -n n1 route show
ip -n n1 route show table local
ip netns exec n1 ping -c 1 -W 1 127.0.0.1
ip netns exec n1 ip link set lo up
ip -n n1 link show lo
ip -n n1 addr show lo
ip -n n1 -br link
ip -n n1 route show table local
ip -n n1 route show table main
ip netns exec n1 ping -c 1 -W 1 127.0.0.1
ip netns exec n1 ping -c 1 -W 1 127.5.6.7
ip netns exec n1 ip route get 127.0.0.1
ip netns exec n1 ping -c 1 -W 1 10.0.0.1
ip -n n1 link set lo down
ip -n n1 addr show lo
ip -n n1 route show table local
ip netns exec n1 ping -c 1 -W 1 127.0.0.1
