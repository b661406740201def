# Lesson 08's localhost case: a nat OUTPUT DNAT sends the host's connection to 127.0.0.1:8080 to a
# container. The rewritten SYN keeps the source 127.0.0.1, and rerouting it (ip_route_me_harder) to
# a non-loopback device fails (a loopback source, route_localnet 0), so the SYN is dropped before
# conntrack confirms its entry: nc times out and conntrack -L lists nothing for it. The same rule
# works from the host's own address.
ip netns add outside
ip link add uplink type veth peer name eth0 netns outside
ip addr add 198.51.100.1/24 dev uplink
ip link set uplink up
ip -n outside addr add 198.51.100.7/24 dev eth0
ip -n outside link set lo up
ip -n outside link set eth0 up
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip netns add web
ip link add veth1 type veth peer name eth0 netns web
ip link set veth1 master docker0
ip link set veth1 up
ip -n web addr add 172.17.0.2/16 dev eth0
ip -n web link set lo up
ip -n web link set eth0 up
ip -n web route add default via 172.17.0.1
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec web nc -lk 80 &
nc -zv -w 1 127.0.0.1 8080
conntrack -L
iptables -t nat -L OUTPUT -n -v
iptables -t nat -L POSTROUTING -n -v
nc -zv -w 1 198.51.100.1 8080
conntrack -L
ip netns exec web ss -tan
# Without NAT the same rule of __mkroute_output refuses the socket's route: connect() and sendmsg()
# fail with EINVAL.
nc -zv -w 1 -s 127.0.0.1 172.17.0.2 80
ping -c 1 -W 1 -I 127.0.0.1 172.17.0.2
nc -u -w 1 -s 127.0.0.1 172.17.0.2 53 < /dev/null
