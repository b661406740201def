# net-tools netstat -rn and -tlnp / -ulnp / -tn with nc listeners and a connection
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
ip netns exec a netstat -rn
ip netns exec r netstat -rn
ip netns exec b nc -l 10.0.2.2 8080 &
ip netns exec b nc -lu 53 &
ip netns exec b nc -l 9000 &
ip netns exec b netstat -tln
ip netns exec b netstat -uln
ip netns exec b netstat -tlnp
ip netns exec b netstat -tulnp
ip netns exec a nc -zv 10.0.2.2 9000
ip netns exec b netstat -tn
ip netns exec b netstat -tan
