# A ping through a router to a host that has no route back: the request arrives and is answered,
# but the echo reply cannot be routed (no default route on b), so it is dropped silently and the
# ping sees 100% loss; the router's FORWARD counter shows only the requests. Adding b's default
# route makes the same ping work.
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.0.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -A FORWARD -p icmp
ip netns exec b iptables -A INPUT -p icmp
ip netns exec b iptables -A OUTPUT -p icmp
ip netns exec a ping -c 2 -W 1 10.0.1.2
ip -n b route get 10.0.0.1
ip netns exec r iptables -nvL FORWARD
ip netns exec b iptables -nvL INPUT
ip netns exec b iptables -nvL OUTPUT
ip -n b route add default via 10.0.1.254
ip netns exec a ping -c 1 -W 1 10.0.1.2
