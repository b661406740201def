# A macvlan network on the host's eth0 (a fixed --ip: Docker's IPAM would hand out .2, the host's own address, which it does not know about): the container's interface is a macvlan child of eth0 in
# bridge mode, with an address on the outside network; it reaches the outside namespace, but not
# the host's own address on the parent (macvlan children cannot talk to their parent).
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker network create -d macvlan --subnet 198.51.100.0/24 --gateway 198.51.100.1 -o parent=eth0 macnet
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
# docker$ docker run -d --name m1 --network macnet --ip 198.51.100.10 busybox sleep 3600
ip netns add m1
ip -n m1 link set lo up
ip link add veth44b729a link eth0 txqueuelen 0 type macvlan mode bridge
ip link set veth44b729a netns m1
ip -n m1 link set veth44b729a down
ip -n m1 link set veth44b729a name eth0
ip -n m1 link set eth0 address 56:1d:a0:85:16:65
ip -n m1 addr add 198.51.100.10/24 brd 198.51.100.255 dev eth0
ip -n m1 link set eth0 up
ip -n m1 route add default via 198.51.100.1 dev eth0
# traffic
ip -n m1 -br addr
ip -n m1 route
ip netns exec m1 ping -c 1 198.51.100.1
ip netns exec m1 ping -c 1 -W 1 198.51.100.2
ip -n outside neigh
