# br_netfilter: with bridge-nf-call-iptables = 1, traffic between two containers on one bridge
# goes through the host's FORWARD chain (-i docker0 -o docker0), so a policy DROP isolates them.
ip netns add c1
ip netns add c2
ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link set veth1 master docker0
ip link set veth2 master docker0
ip link set veth1 up
ip link set veth2 up
ip -n c1 addr add 172.17.0.2/16 dev eth0
ip -n c2 addr add 172.17.0.3/16 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip netns exec c2 nc -lk 80 >/dev/null &
sleep 0.2
sysctl net.bridge.bridge-nf-call-iptables
iptables -P FORWARD DROP
iptables -A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
iptables -A FORWARD -i docker0 -o docker0 -p icmp -j ACCEPT
ip netns exec c1 ping -c 1 -W 1 172.17.0.3
ip netns exec c1 nc -z -v -w 1 172.17.0.3 80
iptables -L FORWARD -n -v -x
iptables -I FORWARD 2 -i docker0 -o docker0 -p tcp --dport 80 -j ACCEPT
ip netns exec c1 nc -z -v -w 1 172.17.0.3 80
iptables -L FORWARD -n -v -x
conntrack -L
sysctl -w net.bridge.bridge-nf-call-iptables=0
iptables -Z FORWARD
ip netns exec c1 nc -z -v -w 1 172.17.0.3 80
iptables -L FORWARD -n -v -x
