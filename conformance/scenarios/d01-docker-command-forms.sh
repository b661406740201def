# The exact argument forms Docker Engine's iptables and netlink calls take: --dst/--src aliases,
# "! -i" right after the chain of -I, "-d 0/0" (no match at all), options after the target,
# txqueuelen 0 on both veth ends (no "qlen" in ip link), addresses with an explicit broadcast.
iptables -t nat -N DOCKER
iptables -t filter -N DOCKER
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
iptables -t filter -I DOCKER -d 172.17.0.3 -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.0.0.0/8 --src 10.0.0.0/8 -j ACCEPT
iptables -t nat -A POSTROUTING -d 10.0.0.0/8 --dst 10.0.0.0/8 -j ACCEPT
iptables -t nat -A POSTROUTING --src 0.0.0.0/0 -o docker0 -j MASQUERADE
iptables -t nat -D DOCKER -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables -t nat -S
iptables -S
ip netns add web
ip link add docker0 address 02:42:ac:11:00:01 type bridge
ip link set docker0 mtu 1500
ip addr add 172.17.0.1/16 brd 172.17.255.255 dev docker0
ip link add veth1a2b3c4 address 02:00:00:00:00:0a txqueuelen 0 type veth peer name veth5d6e7f8 address 02:00:00:00:00:0b txqueuelen 0 netns web
ip link set veth1a2b3c4 master docker0
ip link set veth1a2b3c4 up
ip link set docker0 up
ip -n web link set veth5d6e7f8 name eth0
ip -n web addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n web link set eth0 up
ip link show veth1a2b3c4
ip -n web link show eth0
ip link set veth1a2b3c4 txqueuelen 500
ip link show veth1a2b3c4
ip link set veth1a2b3c4 txqueuelen abc
ip -n web addr show eth0
ip addr show docker0
iptables -C DOCKER -d 172.17.0.3/32 -j ACCEPT
iptables -C DOCKER -d 172.17.0.4 -j ACCEPT
iptables -t nat -C DOCKER -j RETURN
iptables --check FORWARD -j DROP
iptables -C DOCKER 1
iptables -D DOCKER -d 172.17.0.9 -j ACCEPT
