# A client behind a router: MASQUERADE rewrites TCP and UDP; the server only ever sees the router.
ip netns add client
ip netns add router
ip netns add server
ip link add eth0 netns client type veth peer name lan netns router
ip link add wan netns router type veth peer name eth0 netns server
ip -n client addr add 192.168.1.10/24 dev eth0
ip -n router addr add 192.168.1.1/24 dev lan
ip -n router addr add 203.0.113.1/24 dev wan
ip -n server addr add 203.0.113.20/24 dev eth0
ip -n client link set eth0 up
ip -n router link set lan up
ip -n router link set wan up
ip -n server link set eth0 up
ip -n client route add default via 192.168.1.1
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec router iptables -t nat -A POSTROUTING -s 192.168.1.0/24 -o wan -j MASQUERADE
ip netns exec server nc -lk 80 >/dev/null &
ip netns exec server nc -l -u 53 >/dev/null &
sleep 0.2
ip netns exec client nc -z -v -w 2 203.0.113.20 80
ip netns exec client nc -z -v -w 2 203.0.113.20 81
ip netns exec client nc -z -v -u -w 1 203.0.113.20 53
ip netns exec client nc -z -v -u -w 1 203.0.113.20 54
ip netns exec router conntrack -L
ip netns exec router iptables -t nat -L POSTROUTING -n -v -x
ip netns exec server ss -tan
ip netns exec client ss -tan
