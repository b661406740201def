# conntrack -L/-D counted by tuple (the d* scenarios count entries this way: an entry's countdown
# depends on how fast the machine ran the lines before it): -s/-d/-r/-q, the port options -p tcp adds
# (refused without it), and > /dev/null keeping the summary line, which goes to stderr.
ip netns add a
ip link add eth0 type veth peer name up0 netns a
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
ip -n a addr add 10.0.0.2/24 dev up0
ip -n a link set up0 up
iptables -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80
ip netns exec a nc -lk 80 > /dev/null &
sleep 0.2
nc -z 10.0.0.2 8080
nc -z 10.0.0.2 80
ping -c 1 10.0.0.2
conntrack -L -p tcp --dport 8080 --reply-src 10.0.0.2 > /dev/null
conntrack -L -p tcp --orig-port-dst 8080 > /dev/null
conntrack -L -p tcp --reply-port-src 80 > /dev/null
conntrack -L -p tcp -d 10.0.0.2 > /dev/null
conntrack -L -d 10.0.0.2 > /dev/null
conntrack -L -r 10.0.0.2 -p icmp > /dev/null
conntrack -L --reply-src 10.0.0.9 > /dev/null
conntrack -L -p tcp -s 10.0.0.1 -d 10.0.0.2 --dport 80 > /dev/null
conntrack -L --dport 80 > /dev/null
conntrack -L -p tcp --sport 1 > /dev/null
conntrack -L -p tcp --reply-port-dst 80 > /dev/null
conntrack -L -q 10.0.0.1 > /dev/null
conntrack -D -p tcp --dport 8080 > /dev/null
conntrack -L > /dev/null
