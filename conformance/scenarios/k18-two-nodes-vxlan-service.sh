# A cluster of two nodes, each a network namespace on one underlay (192.168.50.0/24), registered as
# Node objects: the controller-manager gives node1 10.244.0.0/24 and node2 10.244.1.0/24, and
# flanneld's VXLAN backend makes flannel.1 on each (VNI 1, UDP 8472, the subnet's .0/32) with, for
# the other node, a permanent neighbour entry, an FDB entry to its node IP and a route via its
# flannel.1 address, onlink. The web Pod goes to node1 and the client to node2 (the node with the
# fewest Pods). The client reaches web across nodes (ttl 62: routed by both nodes), and reaches it
# through the ClusterIP too: node2's KUBE-SEP-… DNATs to node1's Pod, and the packet goes out
# through flannel.1. The NodePort on node2 reaches the Pod on node1: node2 masquerades it
# (KUBE-POSTROUTING) to its flannel.1 address, so the reply comes back to node2.
ip netns add node1
ip netns add node2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set lo up
ip -n node2 link set lo up
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: v1
# kubectl> kind: Node
# kubectl> metadata:
# kubectl>   name: node1
# kubectl> ---
# kubectl> apiVersion: v1
# kubectl> kind: Node
# kubectl> metadata:
# kubectl>   name: node2
# kubectl> EOF
ip -n node1 link add flannel.1 address fa:b7:8b:2b:ad:63 type vxlan id 1 local 192.168.50.1 dev eth0 dstport 8472 nolearning
ip -n node1 addr add 10.244.0.0/32 dev flannel.1
ip -n node1 link set flannel.1 up
ip netns exec node1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec node1 iptables -t nat -N FLANNEL-POSTRTG
ip netns exec node1 iptables -t nat -A POSTROUTING -m comment --comment 'flanneld masq' -j FLANNEL-POSTRTG
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG -m mark --mark 0x4000/0x4000 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.0.0/24 -d 10.244.0.0/16 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.0.0/16 -d 10.244.0.0/24 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.0.0/24 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.0.0/16 ! -d 224.0.0.0/4 -m comment --comment 'flanneld masq' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.0.0/16 -m comment --comment 'flanneld masq' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t filter -N FLANNEL-FWD
ip netns exec node1 iptables -t filter -A FORWARD -m comment --comment 'flanneld forward' -j FLANNEL-FWD
ip netns exec node1 iptables -t filter -A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment 'flanneld forward' -j ACCEPT
ip netns exec node1 iptables -t filter -A FLANNEL-FWD -d 10.244.0.0/16 -m comment --comment 'flanneld forward' -j ACCEPT
ip -n node2 link add flannel.1 address 5e:65:4f:73:a3:54 type vxlan id 1 local 192.168.50.2 dev eth0 dstport 8472 nolearning
ip -n node2 addr add 10.244.1.0/32 dev flannel.1
ip -n node2 link set flannel.1 up
ip netns exec node2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec node2 iptables -t nat -N FLANNEL-POSTRTG
ip netns exec node2 iptables -t nat -A POSTROUTING -m comment --comment 'flanneld masq' -j FLANNEL-POSTRTG
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG -m mark --mark 0x4000/0x4000 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.1.0/24 -d 10.244.0.0/16 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.0.0/16 -d 10.244.1.0/24 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.1.0/24 -m comment --comment 'flanneld masq' -j RETURN
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG -s 10.244.0.0/16 ! -d 224.0.0.0/4 -m comment --comment 'flanneld masq' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A FLANNEL-POSTRTG ! -s 10.244.0.0/16 -d 10.244.0.0/16 -m comment --comment 'flanneld masq' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t filter -N FLANNEL-FWD
ip netns exec node2 iptables -t filter -A FORWARD -m comment --comment 'flanneld forward' -j FLANNEL-FWD
ip netns exec node2 iptables -t filter -A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment 'flanneld forward' -j ACCEPT
ip netns exec node2 iptables -t filter -A FLANNEL-FWD -d 10.244.0.0/16 -m comment --comment 'flanneld forward' -j ACCEPT
ip -n node2 neigh replace 10.244.0.0 lladdr fa:b7:8b:2b:ad:63 dev flannel.1 nud permanent
bridge -n node2 fdb replace fa:b7:8b:2b:ad:63 dev flannel.1 dst 192.168.50.1 self permanent
ip -n node2 route replace 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node1 neigh replace 10.244.1.0 lladdr 5e:65:4f:73:a3:54 dev flannel.1 nud permanent
bridge -n node1 fdb replace 5e:65:4f:73:a3:54 dev flannel.1 dst 192.168.50.2 self permanent
ip -n node1 route replace 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
# kubectl$ kubectl get nodes
# kubectl$ kubectl run web --image=nginx --labels=app=web --port=80
ip netns exec node1 iptables -t mangle -N KUBE-PROXY-CANARY
ip netns exec node1 iptables -t nat -N KUBE-PROXY-CANARY
ip netns exec node1 iptables -t filter -N KUBE-PROXY-CANARY
ip netns exec node1 iptables -t filter -N KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -N KUBE-NODEPORTS
ip netns exec node1 iptables -t filter -I INPUT -m comment --comment 'kubernetes health check service ports' -j KUBE-NODEPORTS
ip netns exec node1 iptables -t filter -N KUBE-SERVICES
ip netns exec node1 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node1 iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node1 iptables -t filter -N KUBE-FORWARD
ip netns exec node1 iptables -t filter -I FORWARD -m comment --comment 'kubernetes forwarding rules' -j KUBE-FORWARD
ip netns exec node1 iptables -t filter -N KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t nat -N KUBE-SERVICES
ip netns exec node1 iptables -t nat -I OUTPUT -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node1 iptables -t nat -I PREROUTING -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node1 iptables -t nat -N KUBE-POSTROUTING
ip netns exec node1 iptables -t nat -I POSTROUTING -m comment --comment 'kubernetes postrouting rules' -j KUBE-POSTROUTING
ip netns exec node1 iptables -t filter -N KUBE-FIREWALL
ip netns exec node1 iptables -t filter -I INPUT -j KUBE-FIREWALL
ip netns exec node1 iptables -t filter -I OUTPUT -j KUBE-FIREWALL
ip netns exec node1 iptables -t filter -F KUBE-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-FORWARD
ip netns exec node1 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node1 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node1 iptables -t nat -F KUBE-SERVICES
ip netns exec node1 iptables -t nat -N KUBE-NODEPORTS
ip netns exec node1 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node1 iptables -t nat -N KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns exec node2 iptables -t mangle -N KUBE-PROXY-CANARY
ip netns exec node2 iptables -t nat -N KUBE-PROXY-CANARY
ip netns exec node2 iptables -t filter -N KUBE-PROXY-CANARY
ip netns exec node2 iptables -t filter -N KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes externally-visible service portals' -j KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -N KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -I INPUT -m comment --comment 'kubernetes health check service ports' -j KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -N KUBE-SERVICES
ip netns exec node2 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node2 iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node2 iptables -t filter -N KUBE-FORWARD
ip netns exec node2 iptables -t filter -I FORWARD -m comment --comment 'kubernetes forwarding rules' -j KUBE-FORWARD
ip netns exec node2 iptables -t filter -N KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -I INPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -I OUTPUT -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -I FORWARD -m conntrack --ctstate NEW -m comment --comment 'kubernetes load balancer firewall' -j KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t nat -N KUBE-SERVICES
ip netns exec node2 iptables -t nat -I OUTPUT -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node2 iptables -t nat -I PREROUTING -m comment --comment 'kubernetes service portals' -j KUBE-SERVICES
ip netns exec node2 iptables -t nat -N KUBE-POSTROUTING
ip netns exec node2 iptables -t nat -I POSTROUTING -m comment --comment 'kubernetes postrouting rules' -j KUBE-POSTROUTING
ip netns exec node2 iptables -t filter -N KUBE-FIREWALL
ip netns exec node2 iptables -t filter -I INPUT -j KUBE-FIREWALL
ip netns exec node2 iptables -t filter -I OUTPUT -j KUBE-FIREWALL
ip netns exec node2 iptables -t filter -F KUBE-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-FORWARD
ip netns exec node2 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node2 iptables -t nat -F KUBE-SERVICES
ip netns exec node2 iptables -t nat -N KUBE-NODEPORTS
ip netns exec node2 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node2 iptables -t nat -N KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns add web
ip -n web link set lo up
ip -n node1 link add cni0 mtu 1450 type bridge
ip -n node1 link set cni0 up
ip -n web link add eth0 mtu 1450 address 26:3b:e5:97:0b:46 type veth peer name veth523f2bcd mtu 1450 address b6:c1:56:40:61:72 netns node1
ip -n node1 link set veth523f2bcd up
ip -n node1 link set veth523f2bcd master cni0
bridge -n node1 link set dev veth523f2bcd hairpin on
ip netns exec web sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web addr add 10.244.0.2/24 brd 10.244.0.255 dev eth0
ip -n web link set eth0 up
ip -n web route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n web route add default via 10.244.0.1 dev eth0
ip -n node1 addr add 10.244.0.1/24 brd 10.244.0.255 dev cni0
ip -n node1 link set cni0 address b6:c1:56:40:61:72
# process: nginx in the Pod web
ip netns exec web nc -lk 80 > /dev/null &
# kubectl$ kubectl run client --image=busybox -- sleep 3600
ip netns add client
ip -n client link set lo up
ip -n node2 link add cni0 mtu 1450 type bridge
ip -n node2 link set cni0 up
ip -n client link add eth0 mtu 1450 address 7a:f7:c6:a8:83:cf type veth peer name veth89f5381a mtu 1450 address ea:bc:6f:42:a3:06 netns node2
ip -n node2 link set veth89f5381a up
ip -n node2 link set veth89f5381a master cni0
bridge -n node2 link set dev veth89f5381a hairpin on
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n client addr add 10.244.1.2/24 brd 10.244.1.255 dev eth0
ip -n client link set eth0 up
ip -n client route add 10.244.0.0/16 via 10.244.1.1 dev eth0
ip -n client route add default via 10.244.1.1 dev eth0
ip -n node2 addr add 10.244.1.1/24 brd 10.244.1.255 dev cni0
ip -n node2 link set cni0 address ea:bc:6f:42:a3:06
# kubectl$ kubectl expose pod web --port=80 --name=web --type=NodePort
ip netns exec node1 iptables -t filter -F KUBE-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-FORWARD
ip netns exec node1 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node1 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node1 iptables -t nat -F KUBE-SERVICES
ip netns exec node1 iptables -t nat -F KUBE-NODEPORTS
ip netns exec node1 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node1 iptables -t nat -F KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -N KUBE-EXT-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -N KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.104.163.225 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30070 -j KUBE-EXT-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.104.163.225 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment 'masquerade traffic for default/web external destinations' -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -F KUBE-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-FORWARD
ip netns exec node2 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node2 iptables -t nat -F KUBE-SERVICES
ip netns exec node2 iptables -t nat -F KUBE-NODEPORTS
ip netns exec node2 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node2 iptables -t nat -F KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -N KUBE-EXT-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -N KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.104.163.225 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30070 -j KUBE-EXT-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.104.163.225 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment 'masquerade traffic for default/web external destinations' -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl get svc
ip -n node1 route
ip -n node2 route
ip -n node2 neigh show dev flannel.1
bridge -n node2 fdb show dev flannel.1
# kubectl$ kubectl exec client -- ping -c 1 10.244.0.2
ip netns exec client ping -c 1 10.244.0.2
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.104.163.225 80
ip netns exec client nc -z -v -w 2 10.104.163.225 80
ip netns exec node1 nc -z -v -w 2 192.168.50.2 30070
ip netns exec node2 iptables -t nat -L KUBE-SERVICES -n -v
ip netns exec node2 iptables -t nat -L KUBE-NODEPORTS -n -v
ip netns exec node2 iptables -t nat -L KUBE-POSTROUTING -n -v
