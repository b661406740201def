# A user network with its own subnet and gateway, a container with a fixed address (--ip), another
# one that gets the lowest free address; and the default bridge's next container.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
# docker$ docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.254 lab
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
ip addr add 10.10.0.254/24 brd 10.10.0.255 dev br-fda6ce23842e
iptables -t nat -I POSTROUTING -s 10.10.0.0/24 ! -o br-fda6ce23842e -j MASQUERADE
iptables -t nat -I DOCKER -i br-fda6ce23842e -j RETURN
iptables -t filter -A DOCKER-FORWARD -i br-fda6ce23842e -j ACCEPT
iptables -t filter -A DOCKER ! -i br-fda6ce23842e -o br-fda6ce23842e -j DROP
iptables -t filter -A DOCKER-CT -o br-fda6ce23842e -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -A DOCKER-BRIDGE -o br-fda6ce23842e -j DOCKER
iptables -t filter -A DOCKER-ISOLATION-STAGE-1 -i br-fda6ce23842e ! -o br-fda6ce23842e -j DOCKER-ISOLATION-STAGE-2
iptables -t filter -I DOCKER-ISOLATION-STAGE-2 -o br-fda6ce23842e -j DROP
ip link set br-fda6ce23842e up
# docker$ docker run -d --name fixed --network lab --ip 10.10.0.10 busybox sleep 3600
ip netns add fixed
ip -n fixed link set lo up
ip link add veth44b729a txqueuelen 0 type veth peer name vetha74314c txqueuelen 0 netns fixed
ip link set veth44b729a master br-fda6ce23842e
iptables -t raw -A PREROUTING -d 10.10.0.10 ! -i br-fda6ce23842e -j DROP
ip link set veth44b729a up
ip -n fixed link set vetha74314c down
ip -n fixed link set vetha74314c name eth0
ip -n fixed link set eth0 address 6a:9f:a3:f6:27:c3
ip -n fixed addr add 10.10.0.10/24 brd 10.10.0.255 dev eth0
ip -n fixed link set eth0 up
ip -n fixed route add default via 10.10.0.254 dev eth0
# docker$ docker run -d --name auto --network lab busybox sleep 3600
ip netns add auto
ip -n auto link set lo up
ip link add veth979c75f txqueuelen 0 type veth peer name veth5de7c23 txqueuelen 0 netns auto
ip link set veth979c75f master br-fda6ce23842e
iptables -t raw -A PREROUTING -d 10.10.0.1 ! -i br-fda6ce23842e -j DROP
ip link set veth979c75f up
ip -n auto link set veth5de7c23 down
ip -n auto link set veth5de7c23 name eth0
ip -n auto link set eth0 address da:aa:53:47:f0:4a
ip -n auto addr add 10.10.0.1/24 brd 10.10.0.255 dev eth0
ip -n auto link set eth0 up
ip -n auto route add default via 10.10.0.254 dev eth0
# traffic
ip -n fixed -br addr
ip -n auto -br addr
ip -n auto route
ip netns exec auto ping -c 1 10.10.0.10
ip netns exec fixed ping -c 1 10.10.0.254
ip -br addr
