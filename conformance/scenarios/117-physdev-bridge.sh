# -m physdev: with br_netfilter, FORWARD rules can name the bridge ports a packet crosses.
ip netns add c1
ip netns add c2
ip netns add c3
ip link add br0 type bridge
ip link set br0 up
ip link add veth1 type veth peer name eth0 netns c1
ip link add veth2 type veth peer name eth0 netns c2
ip link add veth3 type veth peer name eth0 netns c3
ip link set veth1 master br0
ip link set veth2 master br0
ip link set veth3 master br0
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip -n c1 addr add 10.1.0.1/24 dev eth0
ip -n c2 addr add 10.1.0.2/24 dev eth0
ip -n c3 addr add 10.1.0.3/24 dev eth0
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip netns exec c2 nc -lk 80 >/dev/null &
ip netns exec c3 nc -lk 80 >/dev/null &
sleep 0.2
iptables -A FORWARD -m physdev --physdev-in veth1 --physdev-out veth3 -p tcp -j DROP
iptables -A FORWARD -m physdev --physdev-is-bridged -p tcp --dport 80 -j ACCEPT
ip netns exec c1 nc -z -v -w 1 10.1.0.2 80
ip netns exec c1 nc -z -v -w 1 10.1.0.3 80
ip netns exec c2 nc -z -v -w 1 10.1.0.3 80
iptables -L FORWARD -n -v -x
iptables -S FORWARD
