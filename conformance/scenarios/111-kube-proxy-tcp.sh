# A kube-proxy-style ClusterIP service over TCP: KUBE-SERVICES → KUBE-SVC → KUBE-SEP with
# probabilities 1 and 0 (where the kernel would be random), reached from a pod and from the node.
ip netns add pod1
ip netns add pod2
ip link add cni0 type bridge
ip addr add 10.244.0.1/24 dev cni0
ip link set cni0 up
ip link add vethp1 type veth peer name eth0 netns pod1
ip link add vethp2 type veth peer name eth0 netns pod2
ip link set vethp1 master cni0
ip link set vethp2 master cni0
ip link set vethp1 up
ip link set vethp2 up
ip -n pod1 addr add 10.244.0.2/24 dev eth0
ip -n pod2 addr add 10.244.0.3/24 dev eth0
ip -n pod1 link set eth0 up
ip -n pod2 link set eth0 up
ip -n pod1 route add default via 10.244.0.1
ip -n pod2 route add default via 10.244.0.1
sysctl -w net.ipv4.ip_forward=1
ip netns exec pod2 nc -lk 8080 >/dev/null &
sleep 0.2
iptables -t nat -N KUBE-SERVICES
iptables -t nat -N KUBE-SVC-WEB
iptables -t nat -N KUBE-SEP-A
iptables -t nat -N KUBE-SEP-B
iptables -t nat -A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
iptables -t nat -A KUBE-SERVICES -d 10.96.0.10/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-WEB
iptables -t nat -A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.0.9:8080" -m statistic --mode random --probability 0.00000000000 -j KUBE-SEP-A
iptables -t nat -A KUBE-SVC-WEB -m comment --comment "default/web -> 10.244.0.3:8080" -j KUBE-SEP-B
iptables -t nat -A KUBE-SEP-A -p tcp -m tcp -j DNAT --to-destination 10.244.0.9:8080
iptables -t nat -A KUBE-SEP-B -s 10.244.0.3/32 -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -A KUBE-SEP-B -p tcp -m tcp -j DNAT --to-destination 10.244.0.3:8080
iptables -t nat -A POSTROUTING -m mark --mark 0x4000/0x4000 -j MASQUERADE
ip netns exec pod1 nc -z -v -w 2 10.96.0.10 80
nc -z -v -w 2 10.96.0.10 80
ip netns exec pod1 nc -z -v -w 2 10.96.0.10 81
iptables -t nat -L KUBE-SVC-WEB -n -v
iptables -t nat -L KUBE-SEP-B -n -v
iptables -t nat -S KUBE-SERVICES
conntrack -L -p tcp
