# arp_announce picks the sender IP of a's ARP requests; b learns whichever it sees. 0: the packet's own source (even from another interface); 2: the best address for the target.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:45:01 netns a type veth peer name eth0 address 02:00:00:00:45:02 netns b
ip -n a link add v0 address 02:00:00:00:45:03 type veth peer name v1 address 02:00:00:00:45:04
ip -n a addr add 10.45.0.1/24 dev eth0
ip -n a addr add 192.168.45.1/24 dev v0
ip -n b addr add 10.45.0.2/24 dev eth0
ip -n b addr add 10.45.0.3/24 dev eth0
ip -n a link set eth0 up
ip -n a link set v0 up
ip -n a link set v1 up
ip -n b link set eth0 up
ip netns exec b sysctl -w net.ipv4.conf.all.rp_filter=0
ip netns exec b sysctl -w net.ipv4.conf.eth0.rp_filter=0
ip netns exec a sysctl -w net.ipv4.conf.all.arp_announce=0
ip netns exec a sysctl -w net.ipv4.conf.eth0.arp_announce=0
ip netns exec a ping -c 1 -W 1 -I 192.168.45.1 10.45.0.2
ip -n a neigh show dev eth0
ip -n b neigh show
ip netns exec a sysctl -w net.ipv4.conf.eth0.arp_announce=2
ip netns exec a ping -c 1 -W 1 -I 192.168.45.1 10.45.0.3
ip -n a neigh show dev eth0
ip -n b neigh show
