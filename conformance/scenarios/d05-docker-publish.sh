# docker run -p 8080:80: a busybox container with a listener started by docker exec -d, reached
# from an outside namespace through the DNAT in nat DOCKER (PREROUTING), from the host itself
# through nat OUTPUT (to the host's address; 127.0.0.1 is left to docker-proxy), and directly from
# the host. The filter DOCKER chain's per-port ACCEPT and the conntrack entries show the NAT; the
# entries are counted by their tuples (`> /dev/null` keeps conntrack's count, on stderr, and drops
# the entries, whose TIME_WAIT countdown depends on how fast the machine ran the lines in between).
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker run -d --name web -p 8080:80 busybox sleep 3600
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
ip netns add web
ip -n web link set lo up
ip link add veth0774409 txqueuelen 0 type veth peer name vethd8ccde8 txqueuelen 0 netns web
ip link set veth0774409 mtu 1500
ip -n web link set vethd8ccde8 mtu 1500
ip link set veth0774409 master docker0
iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
ip link set veth0774409 up
ip -n web link set vethd8ccde8 down
ip -n web link set vethd8ccde8 name eth0
ip -n web link set eth0 address 02:50:9f:e7:35:da
ip -n web addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n web link set eth0 up
ip -n web route add default via 172.17.0.1 dev eth0
iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 172.17.0.2:80 ! -i docker0
iptables -t filter -I DOCKER ! -i docker0 -o docker0 -p tcp -d 172.17.0.2 --dport 80 -j ACCEPT
# docker$ docker exec -d web nc -lk 80
ip netns exec web nc -lk 80 > /dev/null &
# traffic
ip netns exec outside nc -z -v -w 2 198.51.100.2 8080
ip netns exec outside curl -sS -m 1 http://198.51.100.2:8080/
nc -z -v -w 2 198.51.100.2 8080
nc -z -v -w 2 172.17.0.2 80
ip netns exec outside nc -z -v -w 2 198.51.100.2 8081
iptables -t nat -L DOCKER -n -v -x
iptables -L DOCKER -n -v -x
iptables -t nat -L POSTROUTING -n -v -x
conntrack -L -p tcp > /dev/null
conntrack -L -p tcp --dport 8080 --reply-src 172.17.0.2 --reply-port-src 80 > /dev/null
conntrack -L -p tcp -s 198.51.100.1 --dport 8080 --reply-src 172.17.0.2 --reply-port-src 80 -q 198.51.100.1 > /dev/null
conntrack -L -p tcp -s 198.51.100.2 -d 198.51.100.2 --dport 8080 --reply-src 172.17.0.2 -q 198.51.100.2 > /dev/null
conntrack -L -p tcp -s 172.17.0.1 -d 172.17.0.2 --dport 80 > /dev/null
