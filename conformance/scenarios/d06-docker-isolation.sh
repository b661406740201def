# Two bridge networks: the default bridge and a user network. Traffic from one to the other is
# dropped already in raw PREROUTING (Docker 28's direct-access rule: a container's address is only
# reachable through its own bridge), before the DOCKER-ISOLATION chains would drop it in FORWARD;
# both networks still reach the host and the outside (MASQUERADE). The conntrack entries are counted
# by their tuples (their countdown depends on how fast the machine ran the lines in between): the
# dropped pings made none, the pings to the outside come back to the host's address. The curl whose
# SYNs are dropped comes last, after the counters: how many times its SYN is sent again in its
# time-out depends on how fast the machine runs it.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker network create mynet
iptables -t nat -N DOCKER
iptables -t filter -N DOCKER
iptables -t filter -N DOCKER-FORWARD
iptables -t filter -N DOCKER-BRIDGE
iptables -t filter -N DOCKER-CT
iptables -t filter -N DOCKER-ISOLATION-STAGE-1
iptables -t filter -N DOCKER-ISOLATION-STAGE-2
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER ! --dst 127.0.0.0/8
iptables -I FORWARD -j DOCKER-FORWARD
iptables -I DOCKER-FORWARD -j DOCKER-BRIDGE
iptables -I DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -I DOCKER-FORWARD -j DOCKER-CT
iptables -t filter -N DOCKER-USER
iptables -I FORWARD -j DOCKER-USER
ip link add docker0 address 72:47:0d:99:1a:84 txqueuelen 0 type bridge
ip link set docker0 mtu 1500
ip addr add 172.17.0.1/16 brd 172.17.255.255 dev docker0
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t filter -P FORWARD DROP
iptables -t nat -I POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables -t nat -I DOCKER -i docker0 -j RETURN
iptables -t filter -A DOCKER-FORWARD -i docker0 -j ACCEPT
iptables -t filter -A DOCKER ! -i docker0 -o docker0 -j DROP
iptables -t filter -A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -A DOCKER-BRIDGE -o docker0 -j DOCKER
iptables -t filter -A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
ip link set docker0 up
ip link add br-fda6ce23842e address 3e:f7:65:11:b9:5d txqueuelen 0 type bridge
ip addr add 172.18.0.1/16 brd 172.18.255.255 dev br-fda6ce23842e
iptables -t nat -I POSTROUTING -s 172.18.0.0/16 ! -o br-fda6ce23842e -j MASQUERADE
iptables -t nat -I DOCKER -i br-fda6ce23842e -j RETURN
iptables -t filter -A DOCKER-FORWARD -i br-fda6ce23842e -j ACCEPT
iptables -t filter -A DOCKER ! -i br-fda6ce23842e -o br-fda6ce23842e -j DROP
iptables -t filter -A DOCKER-CT -o br-fda6ce23842e -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -A DOCKER-BRIDGE -o br-fda6ce23842e -j DOCKER
iptables -t filter -A DOCKER-ISOLATION-STAGE-1 -i br-fda6ce23842e ! -o br-fda6ce23842e -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o br-fda6ce23842e -j DROP
ip link set br-fda6ce23842e up
# docker$ docker run -d --name c1 busybox sleep 3600
ip netns add c1
ip -n c1 link set lo up
ip link add veth44b729a txqueuelen 0 type veth peer name vetha74314c txqueuelen 0 netns c1
ip link set veth44b729a mtu 1500
ip -n c1 link set vetha74314c mtu 1500
ip link set veth44b729a master docker0
iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
ip link set veth44b729a up
ip -n c1 link set vetha74314c down
ip -n c1 link set vetha74314c name eth0
ip -n c1 link set eth0 address 6a:9f:a3:f6:27:c3
ip -n c1 addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.17.0.1 dev eth0
# docker$ docker run -d --name c2 --network mynet busybox sleep 3600
ip netns add c2
ip -n c2 link set lo up
ip link add veth979c75f txqueuelen 0 type veth peer name veth5de7c23 txqueuelen 0 netns c2
ip link set veth979c75f master br-fda6ce23842e
iptables -t raw -A PREROUTING -d 172.18.0.2 ! -i br-fda6ce23842e -j DROP
ip link set veth979c75f up
ip -n c2 link set veth5de7c23 down
ip -n c2 link set veth5de7c23 name eth0
ip -n c2 link set eth0 address da:aa:53:47:f0:4a
ip -n c2 addr add 172.18.0.2/16 brd 172.18.255.255 dev eth0
ip -n c2 link set eth0 up
ip -n c2 route add default via 172.18.0.1 dev eth0
# docker$ docker exec -d c2 nc -lk 80
ip netns exec c2 nc -lk 80 > /dev/null &
# traffic
ip netns exec c1 ping -c 1 -W 1 172.18.0.2
ip netns exec c2 ping -c 1 -W 1 172.17.0.2
ip netns exec c1 ping -c 1 172.17.0.1
ip netns exec c2 ping -c 1 198.51.100.1
ip netns exec c1 ping -c 1 198.51.100.1
iptables -t raw -L PREROUTING -n -v -x
iptables -L DOCKER-ISOLATION-STAGE-1 -n -v -x
iptables -L DOCKER-ISOLATION-STAGE-2 -n -v -x
iptables -t nat -L POSTROUTING -n -v -x
conntrack -L -p icmp > /dev/null
conntrack -L -p icmp -d 172.18.0.2 > /dev/null
conntrack -L -p icmp -s 172.18.0.2 -d 198.51.100.1 -q 198.51.100.2 > /dev/null
conntrack -L -p icmp -s 172.17.0.2 -d 198.51.100.1 -q 198.51.100.2 > /dev/null
conntrack -L -p icmp -s 172.17.0.2 -d 172.17.0.1 -q 172.17.0.2 > /dev/null
ip netns exec c1 curl -sS -m 1 http://172.18.0.2/
