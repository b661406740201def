# conntrack's other listing forms: -C/--count (and its refusal of a filter), -L -n/--src-nat and
# -g/--dst-nat with and without an address (an ICMP echo entry counts as port-translated: its id and
# type/code sit in the compared port fields), -o extended; cat of a /proc/sys file.
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
ip netns exec b nc -lk 80 > /dev/null &
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec r iptables -t nat -A PREROUTING -d 10.0.0.254 -p tcp --dport 8080 -j DNAT --to-destination 10.0.1.2:80
ip netns exec a nc -z 10.0.1.2 80
ip netns exec a nc -z 10.0.0.254 8080
ip netns exec a ping -c 1 10.0.1.2
ip netns exec r conntrack -C
ip netns exec r conntrack --count
ip netns exec r conntrack -L -n
ip netns exec r conntrack -L -g
ip netns exec r conntrack -L --src-nat
ip netns exec r conntrack -L --dst-nat
ip netns exec r conntrack -L -o extended
ip netns exec r conntrack -L -p tcp -o extended
ip netns exec r conntrack -L -n -p icmp
ip netns exec r conntrack -L -g 10.0.1.2
ip netns exec r conntrack -L -n 10.0.1.254
ip netns exec r conntrack -C -p tcp
cat /proc/sys/net/ipv4/ip_forward
cat /proc/sys/net/ipv4/nope
