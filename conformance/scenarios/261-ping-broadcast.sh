# ping -b to a subnet broadcast: every host answers unless icmp_echo_ignore_broadcasts (the default) is set; ping's warnings and DUP! replies
ip link add br0 address 02:00:00:00:a1:00 type bridge
ip link set br0 up
ip addr add 10.0.0.1/24 dev br0
ip netns add c1
ip netns add c2
ip netns add c3
ip link add h1 address 02:00:00:00:a1:11 type veth peer name eth0 address 02:00:00:00:a1:01 netns c1
ip link add h2 address 02:00:00:00:a1:12 type veth peer name eth0 address 02:00:00:00:a1:02 netns c2
ip link add h3 address 02:00:00:00:a1:13 type veth peer name eth0 address 02:00:00:00:a1:03 netns c3
ip link set h1 master br0 up
ip link set h2 master br0 up
ip link set h3 master br0 up
ip -n c1 addr add 10.0.0.11/24 dev eth0
ip -n c2 addr add 10.0.0.12/24 dev eth0
ip -n c3 addr add 10.0.0.13/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n c1 link set lo up
ip -n c2 link set lo up
ip -n c3 link set lo up
ip netns exec c1 sysctl net.ipv4.icmp_echo_ignore_broadcasts
ip netns exec c1 ping -c 1 10.0.0.255
ip netns exec c1 ping -c 1 -W 1 -b 10.0.0.255
ip netns exec c2 sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec c3 sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec c1 ping -c 2 -i 0.5 -b 10.0.0.255
sysctl -qw net.ipv4.icmp_echo_ignore_broadcasts=0
ip netns exec c1 ping -c 1 -W 1 -b 10.0.0.255
ip netns exec c1 ping -c 1 -W 1 -b 255.255.255.255
ip netns exec c1 ping -c 1 -b 10.0.0.12
ip netns exec c1 ping -c 1 -W 1 -b -I eth0 255.255.255.255
ip -n c1 neigh show
