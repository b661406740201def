# conntrack -S: ip_conntrack_stat once per CPU (2 on the machine the goldens come from), all zero
# for ordinary traffic (nothing is invalid, no table is full); the normaliser compares each counter
# summed over the CPUs, as which CPU counts a packet is the scheduler's choice.
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
ip netns exec r conntrack -S
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec a ping -c 2 10.0.2.2
ip netns exec a nc -zu -w 1 10.0.2.2 9999
ip netns exec a ping -c 1 -t 1 10.0.2.2
ip netns exec r conntrack -S
ip netns exec r conntrack --stats
ip netns exec a conntrack -S
conntrack -S
ip netns exec r conntrack -S -p tcp
ip netns exec r conntrack -S bogus
ip netns exec r conntrack -S | grep -c cpu=
