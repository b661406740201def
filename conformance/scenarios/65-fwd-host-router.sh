# The sandbox's own namespace as the router between two namespaces, switched with echo > /proc/sys/net/ipv4/ip_forward.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:55:01 type veth peer name eth0 address 02:00:00:00:55:02 netns a
ip link add vb address 02:00:00:00:55:03 type veth peer name eth0 address 02:00:00:00:55:04 netns b
echo 0 > /proc/sys/net/ipv4/conf/all/rp_filter
echo 0 > /proc/sys/net/ipv4/ip_forward
ip addr add 10.55.1.1/24 dev va
ip addr add 10.55.2.1/24 dev vb
ip link set va up
ip link set vb up
ip -n a addr add 10.55.1.2/24 dev eth0
ip -n b addr add 10.55.2.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a route add default via 10.55.1.1
ip -n b route add default via 10.55.2.1
ip netns exec a ping -c 1 -W 1 10.55.2.2
echo 1 > /proc/sys/net/ipv4/ip_forward
sysctl net.ipv4.conf.va.forwarding net.ipv4.conf.vb.forwarding
ip netns exec a ping -c 1 -W 1 10.55.2.2
ip netns exec b ping -c 1 -W 1 -t 1 10.55.1.2
ip route show
ip neigh show
ip -n a neigh show
ip -n b neigh show
