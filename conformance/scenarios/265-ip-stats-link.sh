# ip -s link: RX/TX bytes, packets and drops after pings (static neighbours, so no ARP), -s -s, and ip -s -br
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:d1:01 netns a type veth peer name vb address 02:00:00:00:d1:02 netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a -s link show va
ip -n a neigh add 10.0.0.2 lladdr 02:00:00:00:d1:02 dev va nud permanent
ip -n b neigh add 10.0.0.1 lladdr 02:00:00:00:d1:01 dev vb nud permanent
ip -n a link set va up
ip -n b link set vb up
ip -n a -s link show va
ip netns exec a ping -c 3 -i 0.2 10.0.0.2
ip -n a -s link show va
ip -n b -s link show vb
ip -n a -s -s link show va
ip -n a link set lo up
ip netns exec a ping -c 2 -i 0.2 10.0.0.1
ip -n a -s link show lo
ip -n b link set vb mtu 1000
ip netns exec a ping -c 1 -W 1 -s 1200 10.0.0.2
ip -n a -s link show va
ip -n b -s link show vb
ip -n a -s link
