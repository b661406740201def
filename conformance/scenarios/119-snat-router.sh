# SNAT --to-source on a router, for TCP and ping; the server sees the router's public address.
ip netns add client
ip netns add router
ip netns add server
ip link add eth0 netns client type veth peer name lan netns router
ip link add wan netns router type veth peer name eth0 netns server
ip -n client addr add 10.10.0.2/24 dev eth0
ip -n router addr add 10.10.0.1/24 dev lan
ip -n router addr add 198.51.100.1/24 dev wan
ip -n router addr add 198.51.100.7/24 dev wan
ip -n server addr add 198.51.100.20/24 dev eth0
ip -n client link set eth0 up
ip -n router link set lan up
ip -n router link set wan up
ip -n server link set eth0 up
ip -n client route add default via 10.10.0.1
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec router iptables -t nat -A POSTROUTING -o wan -j SNAT --to-source 198.51.100.7
ip netns exec server nc -lk 443 >/dev/null &
sleep 0.2
ip netns exec client nc -z -v -w 1 198.51.100.20 443
ip netns exec client ping -c 1 198.51.100.20
ip netns exec router conntrack -L
ip netns exec server ss -tan
ip netns exec router iptables -t nat -L POSTROUTING -n -v
