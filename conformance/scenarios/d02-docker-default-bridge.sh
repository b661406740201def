# Docker Engine v28.2.2 (as netns-lab expands it): two containers on the default bridge. The
# daemon's chains, docker0 with Docker's sysctl and FORWARD policy, one veth pair per container;
# c1 reaches c2 across docker0 (br_netfilter sends it through DOCKER-FORWARD), the host reaches
# both, and both reach the gateway.
# docker$ docker run -d --name c1 busybox sleep 3600
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
ip netns add c1
ip -n c1 link set lo up
ip link add veth0774409 txqueuelen 0 type veth peer name vethd8ccde8 txqueuelen 0 netns c1
ip link set veth0774409 mtu 1500
ip -n c1 link set vethd8ccde8 mtu 1500
ip link set veth0774409 master docker0
iptables -t raw -A PREROUTING -d 172.17.0.2 ! -i docker0 -j DROP
ip link set veth0774409 up
ip -n c1 link set vethd8ccde8 down
ip -n c1 link set vethd8ccde8 name eth0
ip -n c1 link set eth0 address 02:50:9f:e7:35:da
ip -n c1 addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 172.17.0.1 dev eth0
# docker$ docker run -d --name c2 busybox sleep 3600
ip netns add c2
ip -n c2 link set lo up
ip link add veth8cc3095 txqueuelen 0 type veth peer name veth622031b txqueuelen 0 netns c2
ip link set veth8cc3095 mtu 1500
ip -n c2 link set veth622031b mtu 1500
ip link set veth8cc3095 master docker0
iptables -t raw -A PREROUTING -d 172.17.0.3 ! -i docker0 -j DROP
ip link set veth8cc3095 up
ip -n c2 link set veth622031b down
ip -n c2 link set veth622031b name eth0
ip -n c2 link set eth0 address be:89:f3:77:69:40
ip -n c2 addr add 172.17.0.3/16 brd 172.17.255.255 dev eth0
ip -n c2 link set eth0 up
ip -n c2 route add default via 172.17.0.1 dev eth0
# traffic
ip netns exec c1 ping -c 2 172.17.0.3
ping -c 1 172.17.0.2
ip netns exec c2 ping -c 1 172.17.0.1
# what Docker built
sysctl net.ipv4.ip_forward
iptables -S
iptables -t nat -S
iptables -t raw -S
iptables -L DOCKER-FORWARD -n -v -x
ip -br addr
ip -n c1 addr show eth0
ip -n c1 route
ip -n c2 -br addr
ip link show docker0
