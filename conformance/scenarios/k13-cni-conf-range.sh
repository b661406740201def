# The node's CNI configuration decides the Pods' addresses: host-local with a rangeStart and a
# gateway of its own, isDefaultGateway (the plugin adds the default route itself, so ipam.routes is
# empty), and no ipMasq (no CNI-… chain). A configuration the plugin cannot load leaves the next Pod
# ContainerCreating, with no namespace left behind.
# kubectl$ cat > /etc/cni/net.d/10-lab.conf <<'EOF'
# kubectl> {"cniVersion":"1.0.0","name":"lab","type":"bridge","bridge":"lab0","isDefaultGateway":true,"ipam":{"type":"host-local","ranges":[[{"subnet":"10.30.0.0/24","rangeStart":"10.30.0.100","gateway":"10.30.0.254"}]]}}
# kubectl> EOF
# kubectl$ kubectl run a --image=busybox -- sleep 3600
iptables -t mangle -N KUBE-PROXY-CANARY
iptables -t nat -N KUBE-PROXY-CANARY
iptables -t filter -N KUBE-PROXY-CANARY
iptables -t filter -N KUBE-EXTERNAL-SERVICES
iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
iptables -t filter -N KUBE-NODEPORTS
iptables -t filter -I INPUT -m comment --comment 'kubernetes health check service ports' -j KUBE-NODEPORTS
iptables -t filter -N KUBE-SERVICES
iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -t filter -N KUBE-FORWARD
iptables -t filter -I FORWARD -m comment --comment 'kubernetes forwarding rules' -j KUBE-FORWARD
iptables -t filter -N KUBE-PROXY-FIREWALL
iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
iptables -t nat -N KUBE-SERVICES
iptables -t nat -I OUTPUT -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -t nat -I PREROUTING -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -I POSTROUTING -m comment --comment 'kubernetes postrouting rules' -j KUBE-POSTROUTING
iptables -t filter -N KUBE-FIREWALL
iptables -t filter -I INPUT -j KUBE-FIREWALL
iptables -t filter -I OUTPUT -j KUBE-FIREWALL
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -N KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns add a
ip -n a link set lo up
ip link add lab0 type bridge
ip link set lab0 up
ip -n a link add eth0 address e6:72:d5:69:47:84 type veth peer name veth79432879 address 2e:e8:52:3f:2b:cd netns 1
ip link set veth79432879 up
ip link set veth79432879 master lab0
bridge link set dev veth79432879 hairpin off
ip netns exec a sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n a addr add 10.30.0.100/24 brd 10.30.0.255 dev eth0
ip -n a link set eth0 up
ip -n a route add default via 10.30.0.254 dev eth0
ip addr add 10.30.0.254/24 brd 10.30.0.255 dev lab0
ip link set lab0 address 2e:e8:52:3f:2b:cd
echo 1 > /proc/sys/net/ipv4/ip_forward
# kubectl$ kubectl run b --image=busybox -- sleep 3600
ip netns add b
ip -n b link set lo up
ip -n b link add eth0 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f address 5a:49:89:f5:38:1a netns 1
ip link set vethf9d4696f up
ip link set vethf9d4696f master lab0
bridge link set dev vethf9d4696f hairpin off
ip netns exec b sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n b addr add 10.30.0.101/24 brd 10.30.0.255 dev eth0
ip -n b link set eth0 up
ip -n b route add default via 10.30.0.254 dev eth0
# kubectl$ kubectl get pods -o wide
ip -br addr show lab0
ip -n a route
ip -n b addr show eth0
iptables -t nat -S POSTROUTING
# kubectl$ kubectl exec a -- ping -c 1 10.30.0.101
ip netns exec a ping -c 1 10.30.0.101
# kubectl$ kubectl exec a -- ping -c 1 10.30.0.254
ip netns exec a ping -c 1 10.30.0.254
# kubectl$ cat > /etc/cni/net.d/10-lab.conf <<'EOF'
# kubectl> {"cniVersion":"1.0.0","name":"lab","type":"bridge","bridge":"lab0","ipam":{"type":"host-local","ranges":[[{"subnet":"10.30.0.1/24"}]]}}
# kubectl> EOF
# kubectl$ kubectl run c --image=busybox -- sleep 3600
ip netns add c
ip -n c link set lo up
ip netns del c
# kubectl$ kubectl get pods
ip netns list
