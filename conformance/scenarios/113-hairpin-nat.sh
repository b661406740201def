# Hairpin NAT: a container reaches its own published port through the host's address. DNAT sends
# the SYN back out of the port it came in on (hairpin mode), MASQUERADE makes the reply come back.
ip netns add c1
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip link add veth1 type veth peer name eth0 netns c1
ip link set veth1 master docker0
ip link set veth1 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.17.0.1
ip link add dummy0 type veth peer name dummy1
ip addr add 203.0.113.5/24 dev dummy0
ip link set dummy0 up
ip link set dummy1 up
sysctl -w net.ipv4.ip_forward=1
ip netns exec c1 nc -lk 80 >/dev/null &
sleep 0.2
iptables -t nat -A PREROUTING -d 203.0.113.5/32 -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp --dport 80 -j MASQUERADE
ip netns exec c1 nc -z -v -w 1 203.0.113.5 8080
bridge link set dev veth1 hairpin on
ip netns exec c1 nc -z -v -w 1 203.0.113.5 8080
conntrack -L
iptables -t nat -L -n -v
