# ICMP rate limiting of a router's Host Unreachable (ip_error and icmp_send share one per-source token bucket): 4 of 6 slow pings answered, 2 of a burst
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
ip -n r route add unreachable 198.51.100.0/24
ip netns exec r sysctl net.ipv4.icmp_ratelimit net.ipv4.icmp_ratemask net.ipv4.icmp_msgs_per_sec net.ipv4.icmp_msgs_burst
ip netns exec a ping -c 6 -i 1.1 198.51.100.1
sleep 6
ip netns exec a ping -c 10 -i 0.3 198.51.100.1
sleep 6
ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=0
ip netns exec a ping -c 8 -i 0.3 198.51.100.1
sleep 6
ip netns exec r sysctl -w net.ipv4.icmp_ratelimit=1000
ip netns exec r sysctl -w net.ipv4.icmp_ratemask=0
ip netns exec a ping -c 8 -i 0.3 198.51.100.1
