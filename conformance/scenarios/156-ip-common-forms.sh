# The ip forms tutorials use: abbreviations (ip a, ip l, ip r s, ip n, ip netns ls, ip link ls),
# ip -all netns exec, ip netns identify, -4 (the peer's namespace ends the first line), -br, -s -s.
ip netns add ns1
ip netns add ns2
ip netns ls
ip netns list
ip netns
ip netns show
ip -all netns exec ip link show lo
ip netns exec ns1 ip a
ip netns exec ns1 ip addr
ip netns exec ns1 ip link
ip netns exec ns1 ip l
ip netns exec ns1 ip r
ip netns exec ns1 ip route
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth1 netns ns1
ip link set dev veth0 up
ip addr add 10.1.1.1/24 dev veth0
ip netns exec ns1 ip addr add 10.1.1.2/24 dev veth1
ip netns exec ns1 ip link set veth1 up
ip netns exec ns1 ip link set lo up
ip -n ns1 a
ip -n ns1 addr show veth1
ip -n ns1 -4 addr
ip -4 a
ip -4 addr show dev veth0
ip -br a
ip -br link
ip link show type veth
ip -d link show veth0
ip link show veth0
ip link show dev veth0
ip -s link show veth0
ip -s -s link show veth0
ip addr show up
ip link list
ip link ls
ip address
ip addr list
ip netns exec ns1 ping -c 1 10.1.1.1
ip netns exec ns1 ip neigh
ip netns exec ns1 ip n
ip neigh show
ip neigh show dev veth0
ip netns exec ns1 arp -n
ip netns identify
ip netns exec ns1 ip route show
ip netns exec ns1 ip route add default via 10.1.1.1
ip netns exec ns1 ip route
ip netns exec ns1 route -n
ip netns exec ns1 ip route get 8.8.8.8
ip route get 10.1.1.2
ip route show table local
ip route show table main
ip route list
ip r s
ip rule
ip rule list
ip link set veth0 down
ip link show veth0
ip link set veth0 up
ip link set veth0 mtu 1400
ip link set veth0 address 02:42:ac:11:00:02
ip link show veth0
ip addr del 10.1.1.1/24 dev veth0
ip addr flush dev veth0
ip a show veth0
ip link delete veth0
ip netns del ns2
ip netns exec ns1 ip netns identify
ip -all netns delete
ip netns
ip netns exec ns1 ip netns identify
