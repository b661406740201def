# VTEPs in different subnets: the underlay is routed (node1 – rtr – node2), so the outer packet
# leaves through node1's default route and arrives with TTL 63; the inner frame is untouched. With no
# route to the remote VTEP the VXLAN device drops what it should send: nothing reaches the wire.
ip netns add node1
ip netns add rtr
ip netns add node2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name e1 address 02:00:00:00:fe:01 netns rtr
ip link add eth0 address 02:00:00:00:02:01 netns node2 type veth peer name e2 address 02:00:00:00:fe:02 netns rtr
ip -n node1 addr add 192.168.1.2/24 dev eth0
ip -n node2 addr add 192.168.2.2/24 dev eth0
ip -n rtr addr add 192.168.1.1/24 dev e1
ip -n rtr addr add 192.168.2.1/24 dev e2
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n rtr link set e1 up
ip -n rtr link set e2 up
ip netns exec rtr sysctl -qw net.ipv4.ip_forward=1
ip -n node1 route add default via 192.168.1.1
ip -n node2 route add default via 192.168.2.1
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 5 dstport 4789 remote 192.168.2.2
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 5 dstport 4789 remote 192.168.1.2
ip -n node1 addr add 10.5.0.1/24 dev vx0
ip -n node2 addr add 10.5.0.2/24 dev vx0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 route get 192.168.2.2
ip netns exec node2 tcpdump -i eth0 -nn -v -c 2 udp >n2.txt 2>/dev/null &
sleep 1
ip netns exec node1 ping -c 1 10.5.0.2
sleep 2
cat n2.txt
sleep 6
ip -n node1 route del default
ip -n node1 neigh flush all
ip netns exec rtr tcpdump -i e1 -nn -c 1 udp >rtr.txt 2>/dev/null &
sleep 1
ip netns exec node1 ping -c 1 -W 1 10.5.0.2
sleep 3
cat rtr.txt
ip -n node1 neigh
