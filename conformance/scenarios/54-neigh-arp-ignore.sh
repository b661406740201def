# Weak host model: b answers ARP on eth0 for an address that lives on another interface; arp_ignore=1 restricts answers to the receiving interface's addresses.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:44:01 netns a type veth peer name eth0 address 02:00:00:00:44:02 netns b
ip -n b link add v0 address 02:00:00:00:44:03 type veth peer name v1 address 02:00:00:00:44:04
ip -n a addr add 10.44.0.1/24 dev eth0
ip -n b addr add 10.44.0.2/24 dev eth0
ip -n b addr add 192.168.44.1/24 dev v0
ip -n b addr add 192.168.44.5/24 dev v0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n b link set v0 up
ip -n b link set v1 up
ip -n a route add 192.168.44.0/24 dev eth0
ip netns exec b sysctl -w net.ipv4.conf.all.arp_ignore=0
ip netns exec b sysctl -w net.ipv4.conf.eth0.arp_ignore=0
ip netns exec a ping -c 1 -W 1 192.168.44.1
ip -n a neigh show
ip -n b neigh show dev eth0
ip netns exec b sysctl -w net.ipv4.conf.all.arp_ignore=1
ip netns exec a ping -c 1 -W 1 192.168.44.5
ip netns exec a ping -c 1 -W 1 10.44.0.2
sleep 3
ip -n a neigh show
ip netns exec b sysctl -w net.ipv4.conf.all.arp_ignore=0
ip netns exec b sysctl -w net.ipv4.conf.eth0.arp_ignore=1
ip netns exec a ping -c 1 -W 1 192.168.44.5
sleep 3
ip -n a neigh show
ip netns exec b sysctl net.ipv4.conf.eth0.arp_ignore net.ipv4.conf.all.arp_ignore
