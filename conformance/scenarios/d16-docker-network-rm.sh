# docker network rm: the bridge goes, then its rules, in the order Docker registered them; what is
# left is exactly what the daemon had before the network.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker network create -o com.docker.network.bridge.name=bridge1 --subnet 192.0.2.0/24 --gateway 192.0.2.1 bridge1
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
ip link add bridge1 address 3e:f7:65:11:b9:5d txqueuelen 0 type bridge
ip addr add 192.0.2.1/24 brd 192.0.2.255 dev bridge1
iptables -t nat -I POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
iptables -t nat -I DOCKER -i bridge1 -j RETURN
iptables -t filter -A DOCKER-FORWARD -i bridge1 -j ACCEPT
iptables -t filter -A DOCKER ! -i bridge1 -o bridge1 -j DROP
iptables -t filter -A DOCKER-CT -o bridge1 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -A DOCKER-BRIDGE -o bridge1 -j DOCKER
iptables -t filter -A DOCKER-ISOLATION-STAGE-1 -i bridge1 ! -o bridge1 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o bridge1 -j DROP
ip link set bridge1 up
# docker$ docker run -d --name c1 --network bridge1 -p 8080:80 busybox sleep 3600
ip netns add c1
ip -n c1 link set lo up
ip link add veth44b729a txqueuelen 0 type veth peer name vetha74314c txqueuelen 0 netns c1
ip link set veth44b729a master bridge1
iptables -t raw -A PREROUTING -d 192.0.2.2 ! -i bridge1 -j DROP
ip link set veth44b729a up
ip -n c1 link set vetha74314c down
ip -n c1 link set vetha74314c name eth0
ip -n c1 link set eth0 address 6a:9f:a3:f6:27:c3
ip -n c1 addr add 192.0.2.2/24 brd 192.0.2.255 dev eth0
ip -n c1 link set eth0 up
ip -n c1 route add default via 192.0.2.1 dev eth0
iptables -t nat -A DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 192.0.2.2:80 ! -i bridge1
iptables -t filter -I DOCKER ! -i bridge1 -o bridge1 -p tcp -d 192.0.2.2 --dport 80 -j ACCEPT
# docker$ docker rm -f c1
iptables -t nat -D DOCKER -p tcp -d 0/0 --dport 8080 -j DNAT --to-destination 192.0.2.2:80 ! -i bridge1
iptables -t filter -D DOCKER ! -i bridge1 -o bridge1 -p tcp -d 192.0.2.2 --dport 80 -j ACCEPT
ip -n c1 link set eth0 down
ip -n c1 link set eth0 name vetha74314c
ip -n c1 link set vetha74314c netns 1
iptables -t raw -D PREROUTING -d 192.0.2.2 ! -i bridge1 -j DROP
ip link del veth44b729a
ip netns del c1
# docker$ docker network rm bridge1
ip link del bridge1
iptables -t nat -D POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
iptables -t nat -D DOCKER -i bridge1 -j RETURN
iptables -t filter -D DOCKER-FORWARD -i bridge1 -j ACCEPT
iptables -t filter -D DOCKER ! -i bridge1 -o bridge1 -j DROP
iptables -t filter -D DOCKER-CT -o bridge1 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -D DOCKER-BRIDGE -o bridge1 -j DOCKER
iptables -t filter -D DOCKER-ISOLATION-STAGE-1 -i bridge1 ! -o bridge1 -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -D DOCKER-ISOLATION-STAGE-2 -o bridge1 -j DROP
# traffic
iptables -S
iptables -t nat -S
iptables -t raw -S
ip -br addr
