# Endpoints follow the Pods: a Service exposed before its Pod exists has no endpoints (a REJECT in
# filter KUBE-SERVICES: "Connection refused"); when a Pod with its label appears, kube-proxy's
# partial sync rewrites KUBE-SERVICES and adds the KUBE-SVC/KUBE-SEP chains; when the Pod is
# replaced by one with another address, the old KUBE-SEP chain is flushed and deleted. (The node
# has a default route, so the ClusterIP is routed at all: without one the Pod would get "Network is
# unreachable" before any filter rule.)
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
ip route add default via 198.51.100.1
# kubectl$ kubectl run seed --image=nginx --labels=app=web
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
ip netns add seed
ip -n seed link set lo up
ip link add cni0 type bridge
ip link set cni0 up
ip -n seed link add eth0 address e6:72:d5:69:47:84 type veth peer name veth79432879 address 2e:e8:52:3f:2b:cd netns 1
ip link set veth79432879 up
ip link set veth79432879 master cni0
bridge link set dev veth79432879 hairpin off
ip netns exec seed sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n seed addr add 10.22.0.2/16 brd 10.22.255.255 dev eth0
ip -n seed link set eth0 up
ip -n seed route add default via 10.22.0.1 dev eth0
ip addr add 10.22.0.1/16 brd 10.22.255.255 dev cni0
ip link set cni0 address 2e:e8:52:3f:2b:cd
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t nat -N CNI-6ecb9d729316e48aa1eb2d6a
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a -d 10.22.0.2/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A POSTROUTING -s 10.22.0.2 -j CNI-6ecb9d729316e48aa1eb2d6a -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
# kubectl$ kubectl expose pod seed --port=80 --name=web
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -F KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -F KUBE-MARK-MASQ
iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -N KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl delete pod seed
ip -n seed link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.2 -j CNI-6ecb9d729316e48aa1eb2d6a -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -F CNI-6ecb9d729316e48aa1eb2d6a
iptables -t nat -X CNI-6ecb9d729316e48aa1eb2d6a
ip netns del seed
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-SERVICES -m comment --comment 'default/web has no endpoints' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j REJECT
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -F KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -F KUBE-MARK-MASQ
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -X KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -X KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl run client --image=busybox -- sleep 3600
ip netns add client
ip -n client link set lo up
ip -n client link add eth0 address 9a:17:06:f3:1c:58 type veth peer name vethd4696f39 address 4a:89:f5:38:1a:7b netns 1
ip link set vethd4696f39 up
ip link set vethd4696f39 master cni0
bridge link set dev vethd4696f39 hairpin off
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n client addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-4cad9e60b39c3154b6bd921d
iptables -t nat -A CNI-4cad9e60b39c3154b6bd921d -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "3be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555f9"'
iptables -t nat -A CNI-4cad9e60b39c3154b6bd921d ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "3be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555f9"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-4cad9e60b39c3154b6bd921d -m comment --comment 'name: "my-network" id: "3be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555f9"'
# kubectl$ kubectl get endpoints web
iptables -S KUBE-SERVICES
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.98.97.236 80
ip netns exec client nc -z -v -w 2 10.98.97.236 80
# kubectl$ kubectl run web1 --image=nginx --labels=app=web
ip netns add web1
ip -n web1 link set lo up
ip -n web1 link add eth0 address 4a:c6:56:f1:7e:8f type veth peer name veth4d6db2f8 address 8e:a0:d0:03:34:6f netns 1
ip link set veth4d6db2f8 up
ip link set veth4d6db2f8 master cni0
bridge link set dev veth4d6db2f8 hairpin off
ip netns exec web1 sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web1 addr add 10.22.0.4/16 brd 10.22.255.255 dev eth0
ip -n web1 link set eth0 up
ip -n web1 route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-69789cf78aff3e8b9e446096
iptables -t nat -A CNI-69789cf78aff3e8b9e446096 -d 10.22.0.4/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "f7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd"'
iptables -t nat -A CNI-69789cf78aff3e8b9e446096 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "f7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd"'
iptables -t nat -A POSTROUTING -s 10.22.0.4 -j CNI-69789cf78aff3e8b9e446096 -m comment --comment 'name: "my-network" id: "f7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd"'
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -F KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -F KUBE-MARK-MASQ
iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -N KUBE-SEP-KH6ZUSNV5TJCFJ4H
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.4:80' -j KUBE-SEP-KH6ZUSNV5TJCFJ4H
iptables -t nat -A KUBE-SEP-KH6ZUSNV5TJCFJ4H -m comment --comment default/web -s 10.22.0.4 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-KH6ZUSNV5TJCFJ4H -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.4:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# process: nginx in web1
ip netns exec web1 nc -lk 80 > /dev/null &
# kubectl$ kubectl get endpoints web
iptables -S KUBE-SERVICES
iptables -t nat -S
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.98.97.236 80
ip netns exec client nc -z -v -w 2 10.98.97.236 80
# kubectl$ kubectl delete pod web1
ip -n web1 link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.4 -j CNI-69789cf78aff3e8b9e446096 -m comment --comment 'name: "my-network" id: "f7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd"'
iptables -t nat -F CNI-69789cf78aff3e8b9e446096
iptables -t nat -X CNI-69789cf78aff3e8b9e446096
ip netns del web1
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-SERVICES -m comment --comment 'default/web has no endpoints' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j REJECT
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -F KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -F KUBE-MARK-MASQ
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-KH6ZUSNV5TJCFJ4H
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -X KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -X KUBE-SEP-KH6ZUSNV5TJCFJ4H
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl run web2 --image=nginx --labels=app=web
ip netns add web2
ip -n web2 link set lo up
ip -n web2 link add eth0 address 5e:bd:94:79:67:18 type veth peer name vethd1813c1e address 26:08:cf:87:7f:61 netns 1
ip link set vethd1813c1e up
ip link set vethd1813c1e master cni0
bridge link set dev vethd1813c1e hairpin off
ip netns exec web2 sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web2 addr add 10.22.0.5/16 brd 10.22.255.255 dev eth0
ip -n web2 link set eth0 up
ip -n web2 route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-a1427bcf8fe3355903910895
iptables -t nat -A CNI-a1427bcf8fe3355903910895 -d 10.22.0.5/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b60e"'
iptables -t nat -A CNI-a1427bcf8fe3355903910895 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b60e"'
iptables -t nat -A POSTROUTING -s 10.22.0.5 -j CNI-a1427bcf8fe3355903910895 -m comment --comment 'name: "my-network" id: "84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b60e"'
iptables -t filter -F KUBE-SERVICES
iptables -t filter -F KUBE-EXTERNAL-SERVICES
iptables -t filter -F KUBE-FORWARD
iptables -t filter -F KUBE-NODEPORTS
iptables -t filter -F KUBE-PROXY-FIREWALL
iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t nat -F KUBE-SERVICES
iptables -t nat -F KUBE-NODEPORTS
iptables -t nat -F KUBE-POSTROUTING
iptables -t nat -F KUBE-MARK-MASQ
iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -N KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# process: nginx in web2
ip netns exec web2 nc -lk 80 > /dev/null &
# kubectl$ kubectl get endpoints web
iptables -t nat -S
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.98.97.236 80
ip netns exec client nc -z -v -w 2 10.98.97.236 80
