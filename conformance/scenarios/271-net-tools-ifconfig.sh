# net-tools ifconfig: all up interfaces, -a, one interface with its counters, ifconfig DEV up/down/address
ip netns add a
ip netns add r
ip netns add b
ip link add va address 02:00:00:00:c8:01 netns a type veth peer name ra address 02:00:00:00:c8:02 netns r
ip link add rb address 02:00:00:00:c8:03 netns r mtu 1400 type veth peer name vb address 02:00:00:00:c8:04 netns b mtu 1400
ip -n a addr add 10.0.1.2/24 dev va
ip -n r addr add 10.0.1.1/24 dev ra
ip -n r addr add 10.0.2.1/24 dev rb
ip -n b addr add 10.0.2.2/24 dev vb
ip -n a link set lo up
ip -n r link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.1.1
ip -n b route add default via 10.0.2.1
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec a ifconfig
ip netns exec a ping -c 2 -i 0.2 10.0.2.2
ip netns exec a ifconfig va
ip netns exec a ifconfig lo
ip netns exec r ifconfig -a
ip netns exec a ip link set va down
ip netns exec a ifconfig
ip netns exec a ifconfig -a
ip netns exec a ifconfig va up
ip netns exec a ifconfig va 10.0.1.7 netmask 255.255.255.0
ip -n a addr show va
ip netns exec a ifconfig va mtu 1400
ip -n a link show va
ip netns exec a ifconfig nosuch
