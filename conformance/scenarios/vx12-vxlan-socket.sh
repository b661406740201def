# The UDP side of VXLAN: a device that is up opens the namespace's socket for its port (0.0.0.0:4789
# in ss), shared by every VXLAN device on that port and closed with the last; a port a user socket
# holds cannot be opened; a datagram for a VNI nobody has is dropped quietly, but once no device
# listens the node answers port unreachable.
ip netns add node1
ip netns add node2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 remote 192.168.50.2 dev eth0
ip -n node1 link add vx1 address 02:00:00:00:01:21 type vxlan id 101 dstport 4789 remote 192.168.50.2 dev eth0
ip -n node1 addr add 10.0.0.1/24 dev vx0
ip -n node1 addr add 10.0.1.1/24 dev vx1
ip netns exec node1 ss -uan
ip -n node1 link set vx0 up
ip -n node1 link set vx1 up
ip netns exec node1 ss -uan
ip -n node1 link set vx0 down
ip netns exec node1 ss -uan
ip -n node1 link set vx1 down
ip netns exec node1 ss -uan
ip -n node1 link set vx0 up
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 200 dstport 4789 remote 192.168.50.1 dev eth0
ip -n node2 addr add 10.0.0.2/24 dev vx0
ip -n node2 link set vx0 up
ip netns exec node1 tcpdump -i eth0 -nn -c 1 udp >n1.txt 2>/dev/null &
sleep 1
ip netns exec node2 ping -c 1 -W 1 10.0.0.1
sleep 2
cat n1.txt
ip -n node1 link set vx0 down
ip netns exec node1 tcpdump -i eth0 -nn -c 2 udp or icmp >n1b.txt 2>/dev/null &
sleep 1
ip netns exec node2 ping -c 1 -W 1 10.0.0.1
sleep 2
cat n1b.txt
ip netns exec node1 nc -u -l 4789 &
sleep 1
ip -n node1 link set vx1 up
ip -n node1 -br link show vx1
