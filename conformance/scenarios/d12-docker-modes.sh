# The network modes side by side: host shares the host's namespace (nothing is built), none gets a
# namespace with only lo, container: joins another container's namespace.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker run -d --name b1 busybox sleep 3600
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
ip netns add b1
ip -n b1 link set lo up
ip link add veth0774409 txqueuelen 0 type veth peer name vethd8ccde8 txqueuelen 0 netns b1
ip link set veth0774409 mtu 1500
ip -n b1 link set vethd8ccde8 mtu 1500
ip link set veth0774409 master docker0
iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
ip link set veth0774409 up
ip -n b1 link set vethd8ccde8 down
ip -n b1 link set vethd8ccde8 name eth0
ip -n b1 link set eth0 address 02:50:9f:e7:35:da
ip -n b1 addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n b1 link set eth0 up
ip -n b1 route add default via 172.17.0.1 dev eth0
# docker$ docker run -d --name h1 --network host busybox sleep 3600
# docker$ docker run -d --name n1 --network none busybox sleep 3600
ip netns add n1
ip -n n1 link set lo up
# docker$ docker run -d --name j1 --network container:b1 busybox sleep 3600
# docker$ docker exec -d j1 nc -lk 8080
ip netns exec b1 nc -lk 8080 > /dev/null &
# docker$ docker exec -d h1 nc -lk 9090
nc -lk 9090 > /dev/null &
# traffic
ip -n n1 -br addr
ip -n b1 -br addr
ip netns list
nc -z -v -w 1 172.17.0.2 8080
ip netns exec b1 nc -z -v -w 1 172.17.0.1 9090
ip netns exec n1 ping -c 1 -W 1 172.17.0.1
iptables -t raw -S
