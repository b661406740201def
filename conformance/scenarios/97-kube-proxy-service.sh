# kube-proxy-style service: KUBE-SVC with -m statistic (probability 0 and 1), KUBE-MARK-MASQ (MARK --or-mark) and KUBE-POSTROUTING (-m mark, MARK --xor-mark, MASQUERADE); MARK formats.
sysctl -qw net.ipv4.ip_forward=1
ip netns add client
ip netns add pod1
ip netns exec client sysctl -qw net.ipv4.ip_forward=0
ip netns exec pod1 sysctl -qw net.ipv4.ip_forward=0
ip link add to-client address 02:00:00:00:97:01 type veth peer name eth0 address 02:00:00:00:97:02 netns client
ip link add to-pod1 address 02:00:00:00:97:03 type veth peer name eth0 address 02:00:00:00:97:04 netns pod1
ip addr add 192.168.97.1/24 dev to-client
ip addr add 10.244.0.1/24 dev to-pod1
ip link set to-client up
ip link set to-pod1 up
ip -n client addr add 192.168.97.2/24 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 192.168.97.1
ip -n pod1 addr add 10.244.0.2/24 dev eth0
ip -n pod1 link set eth0 up
ip -n pod1 route add default via 10.244.0.1
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
iptables -t nat -A KUBE-POSTROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -j KUBE-POSTROUTING
iptables -t nat -N KUBE-SVC-1
iptables -t nat -A KUBE-SVC-1 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-1 -m statistic --mode random --probability 0 -j RETURN
iptables -t nat -A KUBE-SVC-1 -m statistic --mode random --probability 1 -j DNAT --to-destination 10.244.0.2
iptables -t nat -A PREROUTING -d 10.96.0.10 -j KUBE-SVC-1
ip netns exec client ping -c 2 -i 0.2 -W 1 10.96.0.10
ip -n pod1 neigh show
conntrack -L
iptables -t nat -L -n -v
ip netns exec pod1 ping -c 1 -W 1 10.96.0.10
iptables -t nat -L KUBE-SVC-1 -n -v
