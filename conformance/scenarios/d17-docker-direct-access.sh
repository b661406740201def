# Direct access to a container's address from outside is dropped in raw PREROUTING (Docker 28.0.2
# and later), even for a published port: only the DNATed path through the published host port
# works. The host itself (its bridge) may still reach the container directly. The counter counts a
# ping; the dropped connect comes after it (how often its SYN is sent again within its time-out
# depends on how fast the machine runs it).
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
ip -n outside route add 172.17.0.0/16 via 198.51.100.2
ip netns exec outside ping -c 1 -W 1 172.17.0.2
iptables -t raw -L PREROUTING -n -v -x
ip netns exec outside nc -z -v -w 1 172.17.0.2 80
ip netns exec outside nc -z -v -w 1 198.51.100.2 8080
nc -z -v -w 1 172.17.0.2 80
