# The script netns-lab exports for a docker-built lab (sources/d90-docker-export-topology.sh) runs on the kernel without Docker: containers on one network ping each other; c3's ping to the other network and the outside's ping straight to a container are dropped in raw PREROUTING (direct-access filtering, before isolation); the published port is DNATed; MASQUERADE hides c2 from the outside.
ip netns add outside
ip netns add web
ip netns add c2
ip netns add c3
ip -n web link set lo up
ip -n c2 link set lo up
ip -n c3 link set lo up
sysctl -qw net.ipv4.ip_forward=1
ip netns exec outside sysctl -qw net.ipv4.ip_forward=0
ip netns exec web sysctl -qw net.ipv4.ip_forward=1
ip netns exec c2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec c3 sysctl -qw net.ipv4.ip_forward=1
ip link add eth0 address 9e:b8:6d:fe:74:7d type veth peer name up0 address a2:00:87:fb:f7:47 netns outside
ip link add docker0 address 72:47:0d:99:1a:84 type bridge
ip link add br-fda6ce23842e address 3e:f7:65:11:b9:5d type bridge
ip link add veth44b729a address 66:c4:49:30:0a:6d type veth peer name eth0 address 6a:9f:a3:f6:27:c3 netns web
ip link add veth979c75f address c2:31:b8:74:c5:fe type veth peer name eth0 address da:aa:53:47:f0:4a netns c2
ip link add veth2e55792 address 26:b9:93:20:43:0c type veth peer name eth0 address 22:1c:25:fe:70:1a netns c3
ip link set veth44b729a master docker0
ip link set veth979c75f master docker0
ip link set veth2e55792 master br-fda6ce23842e
ip link set docker0 txqueuelen 0
ip link set br-fda6ce23842e txqueuelen 0
ip link set veth44b729a txqueuelen 0
ip link set veth979c75f txqueuelen 0
ip link set veth2e55792 txqueuelen 0
ip -n web link set eth0 txqueuelen 0
ip -n c2 link set eth0 txqueuelen 0
ip -n c3 link set eth0 txqueuelen 0
ip addr add 198.51.100.2/24 dev eth0
ip addr add 172.17.0.1/16 brd 172.17.255.255 dev docker0
ip addr add 172.18.0.1/16 brd 172.18.255.255 dev br-fda6ce23842e
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n web addr add 172.17.0.2/16 brd 172.17.255.255 dev eth0
ip -n c2 addr add 172.17.0.3/16 brd 172.17.255.255 dev eth0
ip -n c3 addr add 172.18.0.2/16 brd 172.18.255.255 dev eth0
ip link set eth0 up
ip link set docker0 up
ip link set br-fda6ce23842e up
ip link set veth44b729a up
ip link set veth979c75f up
ip link set veth2e55792 up
ip -n outside link set up0 up
ip -n web link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n web route add default via 172.17.0.1 dev eth0
ip -n c2 route add default via 172.17.0.1 dev eth0
ip -n c3 route add default via 172.18.0.1 dev eth0
iptables -N DOCKER
iptables -N DOCKER-BRIDGE
iptables -N DOCKER-CT
iptables -N DOCKER-FORWARD
iptables -N DOCKER-ISOLATION-STAGE-1
iptables -N DOCKER-ISOLATION-STAGE-2
iptables -N DOCKER-USER
iptables -P FORWARD DROP
iptables -A FORWARD -j DOCKER-USER
iptables -A FORWARD -j DOCKER-FORWARD
iptables -A DOCKER -d 172.17.0.2/32 '!' -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
iptables -A DOCKER '!' -i docker0 -o docker0 -j DROP
iptables -A DOCKER '!' -i br-fda6ce23842e -o br-fda6ce23842e -j DROP
iptables -A DOCKER-BRIDGE -o docker0 -j DOCKER
iptables -A DOCKER-BRIDGE -o br-fda6ce23842e -j DOCKER
iptables -A DOCKER-CT -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A DOCKER-CT -o br-fda6ce23842e -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -A DOCKER-FORWARD -j DOCKER-CT
iptables -A DOCKER-FORWARD -j DOCKER-ISOLATION-STAGE-1
iptables -A DOCKER-FORWARD -j DOCKER-BRIDGE
iptables -A DOCKER-FORWARD -i docker0 -j ACCEPT
iptables -A DOCKER-FORWARD -i br-fda6ce23842e -j ACCEPT
iptables -A DOCKER-ISOLATION-STAGE-1 -i docker0 '!' -o docker0 -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-1 -i br-fda6ce23842e '!' -o br-fda6ce23842e -j DOCKER-ISOLATION-STAGE-2
iptables -A DOCKER-ISOLATION-STAGE-2 -o br-fda6ce23842e -j DROP
iptables -A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A OUTPUT '!' -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A POSTROUTING -s 172.18.0.0/16 '!' -o br-fda6ce23842e -j MASQUERADE
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 '!' -o docker0 -j MASQUERADE
iptables -t nat -A DOCKER -i br-fda6ce23842e -j RETURN
iptables -t nat -A DOCKER -i docker0 -j RETURN
iptables -t nat -A DOCKER '!' -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t raw -A PREROUTING -d 172.17.0.2/32 '!' -i docker0 -j DROP
iptables -t raw -A PREROUTING -d 172.17.0.3/32 '!' -i docker0 -j DROP
iptables -t raw -A PREROUTING -d 172.18.0.2/32 '!' -i br-fda6ce23842e -j DROP
ip netns exec web nc -lk 80 > /dev/null &
sleep 0.2
ip netns exec c2 ping -c 1 -W 1 172.17.0.2
ip netns exec c3 ping -c 1 -W 1 172.17.0.2
ip netns exec c3 ping -c 1 -W 1 172.18.0.1
ip netns exec c2 ping -c 1 -W 1 198.51.100.1
ip netns exec outside nc -z -v -w 2 198.51.100.2 8080
ip -n outside route add 172.17.0.0/16 via 198.51.100.2
ip netns exec outside ping -c 1 -W 1 172.17.0.2
iptables -t nat -L DOCKER -n -v -x
iptables -t nat -L POSTROUTING -n -v -x
iptables -L DOCKER-ISOLATION-STAGE-2 -n -v -x
iptables -t raw -L PREROUTING -n -v -x
