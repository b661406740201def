# Proxy ARP: the router answers ARP for a host behind it, with its own MAC, only with forwarding on and a route to the target out another interface.
ip netns add left
ip netns add router
ip netns add right
ip link add eth0 address 02:00:00:00:46:01 netns left type veth peer name l0 address 02:00:00:00:46:02 netns router
ip link add eth0 address 02:00:00:00:46:04 netns right type veth peer name r0 address 02:00:00:00:46:03 netns router
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec router sysctl -w net.ipv4.conf.all.rp_filter=0
ip netns exec router sysctl -w net.ipv4.conf.all.proxy_arp=0
ip netns exec router sysctl -w net.ipv4.conf.l0.proxy_arp=1
# Proxy replies to broadcast requests are normally delayed by a random 0-0.8 s; make them immediate.
ip netns exec router sysctl -w net.ipv4.neigh.l0.proxy_delay=0
ip -n left addr add 10.46.0.1/16 dev eth0
ip -n router addr add 10.46.0.254/24 dev l0
ip -n router addr add 10.46.1.254/24 dev r0
ip -n right addr add 10.46.1.1/24 dev eth0
ip -n left link set eth0 up
ip -n router link set l0 up
ip -n router link set r0 up
ip -n right link set eth0 up
ip -n right route add default via 10.46.1.254
ip -n left route show
ip netns exec left ping -c 1 -W 1 10.46.1.1
ip -n left neigh show
ip -n router neigh show
ip netns exec left ping -c 1 -W 1 10.46.2.1
# The router's own unicast probe for 10.46.0.1 (5 s after the ping, give or take the timer slack) teaches left its real address, as STALE.
sleep 7
ip -n left neigh show
ip -n router neigh show
ip netns exec router sysctl -w net.ipv4.conf.l0.proxy_arp=0
ip netns exec left ping -c 1 -W 1 10.46.1.2
sleep 3
ip -n left neigh show
