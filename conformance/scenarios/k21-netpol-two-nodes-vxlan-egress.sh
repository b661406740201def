# An egress policy on two nodes over flannel's VXLAN backend (kube-flannel.yml's default
# net-conf.json): frontend (node2) may only open TCP 8080 on app=api Pods. kube-router on node2,
# frontend's node, checks its egress before the packet is encapsulated on flannel.1: api:9090 and
# web:80 on node1 are REJECTed on node2 (node1's counters stay at zero); api:8080 passes, and node1
# lets it in (api has no ingress policy). node1's Pods are not restricted. flanneld's own rules
# (FLANNEL-POSTRTG, FLANNEL-FWD) are on both nodes.
ip netns add node1
ip netns add node2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.61.1/24 dev eth0
ip -n node2 addr add 192.168.61.2/24 dev eth0
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
ip -n node1 link add flannel.1 address fa:b7:8b:2b:ad:63 type vxlan id 1 local 192.168.61.1 dev eth0 dstport 8472 nolearning
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
ip -n node2 link add flannel.1 address 5e:65:4f:73:a3:54 type vxlan id 1 local 192.168.61.2 dev eth0 dstport 8472 nolearning
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
bridge -n node2 fdb replace fa:b7:8b:2b:ad:63 dev flannel.1 dst 192.168.61.1 self permanent
ip -n node2 route replace 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node1 neigh replace 10.244.1.0 lladdr 5e:65:4f:73:a3:54 dev flannel.1 nud permanent
bridge -n node1 fdb replace 5e:65:4f:73:a3:54 dev flannel.1 dst 192.168.61.2 self permanent
ip -n node1 route replace 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
# kubectl$ kubectl run api --image=busybox --labels=app=api -- sleep 3600
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
ip netns add api
ip -n api link set lo up
ip -n node1 link add cni0 mtu 1450 type bridge
ip -n node1 link set cni0 up
ip -n api link add eth0 mtu 1450 address 26:3b:e5:97:0b:46 type veth peer name veth523f2bcd mtu 1450 address b6:c1:56:40:61:72 netns node1
ip -n node1 link set veth523f2bcd up
ip -n node1 link set veth523f2bcd master cni0
bridge -n node1 link set dev veth523f2bcd hairpin on
ip netns exec api sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n api addr add 10.244.0.2/24 brd 10.244.0.255 dev eth0
ip -n api link set eth0 up
ip -n api route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n api route add default via 10.244.0.1 dev eth0
ip -n node1 addr add 10.244.0.1/24 brd 10.244.0.255 dev cni0
ip -n node1 link set cni0 address b6:c1:56:40:61:72
# the api Pod's servers (busybox runs sleep; nc listens in its namespace)
ip netns exec api nc -lk 8080 > /dev/null &
ip netns exec api nc -lk 9090 > /dev/null &
# kubectl$ kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600
ip netns add frontend
ip -n frontend link set lo up
ip -n node2 link add cni0 mtu 1450 type bridge
ip -n node2 link set cni0 up
ip -n frontend link add eth0 mtu 1450 address 7a:f7:c6:a8:83:cf type veth peer name veth89f5381a mtu 1450 address ea:bc:6f:42:a3:06 netns node2
ip -n node2 link set veth89f5381a up
ip -n node2 link set veth89f5381a master cni0
bridge -n node2 link set dev veth89f5381a hairpin on
ip netns exec frontend sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n frontend addr add 10.244.1.2/24 brd 10.244.1.255 dev eth0
ip -n frontend link set eth0 up
ip -n frontend route add 10.244.0.0/16 via 10.244.1.1 dev eth0
ip -n frontend route add default via 10.244.1.1 dev eth0
ip -n node2 addr add 10.244.1.1/24 brd 10.244.1.255 dev cni0
ip -n node2 link set cni0 address ea:bc:6f:42:a3:06
# kubectl$ kubectl run web --image=busybox --labels=app=web -- sleep 3600
ip netns add web
ip -n web link set lo up
ip -n web link add eth0 mtu 1450 address 6e:84:a2:f7:d7:34 type veth peer name vetha0d00334 mtu 1450 address a2:9b:02:0e:35:5d netns node1
ip -n node1 link set vetha0d00334 up
ip -n node1 link set vetha0d00334 master cni0
bridge -n node1 link set dev vetha0d00334 hairpin on
ip netns exec web sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web addr add 10.244.0.3/24 brd 10.244.0.255 dev eth0
ip -n web link set eth0 up
ip -n web route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n web route add default via 10.244.0.1 dev eth0
# the web Pod's server
ip netns exec web nc -lk 80 > /dev/null &
# kubectl$ kubectl get pods -o wide
ip netns exec node2 iptables -t nat -S FLANNEL-POSTRTG
ip netns exec node2 iptables -S FLANNEL-FWD
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: frontend-egress
# kubectl> spec:
# kubectl>   podSelector:
# kubectl>     matchLabels:
# kubectl>       role: frontend
# kubectl>   policyTypes:
# kubectl>   - Egress
# kubectl>   egress:
# kubectl>   - to:
# kubectl>     - podSelector:
# kubectl>         matchLabels:
# kubectl>           app: api
# kubectl>     ports:
# kubectl>     - protocol: TCP
# kubectl>       port: 8080
# kubectl> EOF
ip netns exec node1 iptables -t filter -N KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -I INPUT 1 -m comment --comment 'kube-router netpol - 4IA2OSFRMVNDXBVV' -j KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -N KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -I FORWARD 1 -m comment --comment 'kube-router netpol - TEMCG2JMHZYE7H7T' -j KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -N KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -I OUTPUT 1 -m comment --comment 'kube-router netpol - VEAAIY32XVBHCSCY' -j KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -I KUBE-ROUTER-INPUT 1 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -d 10.96.0.0/12 -j RETURN
ip netns exec node1 iptables -t filter -I KUBE-ROUTER-INPUT 2 -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -I KUBE-ROUTER-INPUT 3 -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -I KUBE-ROUTER-INPUT 4 -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-DEFAULT -j MARK -m comment --comment 'rule to mark traffic matching a network policy' --set-xmark 0x10000/0x10000
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule to drop invalid state for pod"' -m conntrack --ctstate INVALID -j DROP
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule for stateful firewall for pod"' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp echo requests' -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp destination unreachable messages' -p icmp --icmp-type destination-unreachable -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp time exceeded messages' -p icmp --icmp-type time-exceeded -j ACCEPT
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-TAIL -m comment --comment 'accept netpol-ok' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-DST-BVIDFWBCWAY4H2LL hash:ip timeout 0 -exist
ip netns exec node1 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-BVIDFWBCWAY4H2LL
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-SRC-5RQZNPDKU4CIOEQY hash:ip timeout 0 -exist
ip netns exec node1 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-5RQZNPDKU4CIOEQY
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-GFTMRRQAW4CVZOSD -m comment --comment 'default/frontend-egress egress pods' -m set --match-set KUBE-SRC-5RQZNPDKU4CIOEQY src -m set --match-set KUBE-DST-BVIDFWBCWAY4H2LL dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-GFTMRRQAW4CVZOSD -m comment --comment 'default/frontend-egress egress pods' -m set --match-set KUBE-SRC-5RQZNPDKU4CIOEQY src -m set --match-set KUBE-DST-BVIDFWBCWAY4H2LL dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.2 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -s 10.244.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -d 10.244.0.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.3 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -s 10.244.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -d 10.244.0.3 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -m comment --comment 'default/web log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -m comment --comment 'default/web reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-OCYEAHU55TTW3LI2 -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -N KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -I INPUT 1 -m comment --comment 'kube-router netpol - 4IA2OSFRMVNDXBVV' -j KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -N KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -I FORWARD 1 -m comment --comment 'kube-router netpol - TEMCG2JMHZYE7H7T' -j KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -N KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -I OUTPUT 1 -m comment --comment 'kube-router netpol - VEAAIY32XVBHCSCY' -j KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -I KUBE-ROUTER-INPUT 1 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -d 10.96.0.0/12 -j RETURN
ip netns exec node2 iptables -t filter -I KUBE-ROUTER-INPUT 2 -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -I KUBE-ROUTER-INPUT 3 -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -I KUBE-ROUTER-INPUT 4 -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-DEFAULT -j MARK -m comment --comment 'rule to mark traffic matching a network policy' --set-xmark 0x10000/0x10000
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule to drop invalid state for pod"' -m conntrack --ctstate INVALID -j DROP
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule for stateful firewall for pod"' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp echo requests' -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp destination unreachable messages' -p icmp --icmp-type destination-unreachable -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp time exceeded messages' -p icmp --icmp-type time-exceeded -j ACCEPT
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-TAIL -m comment --comment 'accept netpol-ok' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-DST-BVIDFWBCWAY4H2LL hash:ip timeout 0 -exist
ip netns exec node2 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-BVIDFWBCWAY4H2LL
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-SRC-5RQZNPDKU4CIOEQY hash:ip timeout 0 -exist
ip netns exec node2 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-5RQZNPDKU4CIOEQY
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-GFTMRRQAW4CVZOSD -m comment --comment 'default/frontend-egress egress pods' -m set --match-set KUBE-SRC-5RQZNPDKU4CIOEQY src -m set --match-set KUBE-DST-BVIDFWBCWAY4H2LL dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-GFTMRRQAW4CVZOSD -m comment --comment 'default/frontend-egress egress pods' -m set --match-set KUBE-SRC-5RQZNPDKU4CIOEQY src -m set --match-set KUBE-DST-BVIDFWBCWAY4H2LL dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.2 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -d 10.244.1.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -s 10.244.1.2 -m comment --comment 'default/frontend-egress policy' -j KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
# kubectl$ kubectl describe networkpolicy frontend-egress
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.2 8080
ip netns exec frontend nc -z -v -w 2 10.244.0.2 8080
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.2 9090
ip netns exec frontend nc -z -v -w 2 10.244.0.2 9090
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.3 80
ip netns exec frontend nc -z -v -w 2 10.244.0.3 80
# kubectl$ kubectl exec frontend -- ping -c 1 10.244.0.3
ip netns exec frontend ping -c 1 10.244.0.3
# kubectl$ kubectl exec api -- nc -z -v -w 2 10.244.0.3 80
ip netns exec api nc -z -v -w 2 10.244.0.3 80
ip netns exec node2 iptables -L KUBE-ROUTER-FORWARD -n -v
ip netns exec node1 iptables -L KUBE-ROUTER-FORWARD -n -v
ip netns exec node2 iptables -S
ip netns exec node1 ipset list
# kubectl$ kubectl delete networkpolicy frontend-egress
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.2 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -s 10.244.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.244.0.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.3 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -s 10.244.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -d 10.244.0.3 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -m comment --comment 'default/web log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -m comment --comment 'default/web reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-Q7SX7H6RXFF4WNGP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/web in' -d 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/web out' -s 10.244.0.3 -j KUBE-POD-FW-Q7SX7H6RXFF4WNGP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 iptables -t filter -X KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-OCYEAHU55TTW3LI2
ip netns exec node1 ipset destroy KUBE-DST-BVIDFWBCWAY4H2LL
ip netns exec node1 ipset destroy KUBE-SRC-5RQZNPDKU4CIOEQY
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.2 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -s 10.244.1.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -d 10.244.1.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node2 iptables -t filter -F KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -X KUBE-NWPLCY-GFTMRRQAW4CVZOSD
ip netns exec node2 iptables -t filter -X KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 ipset destroy KUBE-DST-BVIDFWBCWAY4H2LL
ip netns exec node2 ipset destroy KUBE-SRC-5RQZNPDKU4CIOEQY
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.3 80
ip netns exec frontend nc -z -v -w 2 10.244.0.3 80
ip netns exec node2 iptables -t nat -L FLANNEL-POSTRTG -n -v
