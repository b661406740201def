# The material's two policies (default-deny-ingress; allow role=frontend -> app=api on TCP 8080) on
# two nodes with flannel's host-gw backend. kube-router runs on each node: both have the policy
# chains and the same ipsets (every matching Pod of the cluster), but each has Pod chains only for
# its own Pods. frontend (node2) reaches api:8080 (node1): node2 checks frontend's egress (no policy:
# allowed), node1 checks api's ingress (allowed by the policy). Port 9090, or a Pod without the
# label on either node, is REJECTed by node1, whose counters show it; node2's REJECT refuses api ->
# remote:80 the other way. ICMP echo passes (KUBE-NWPLCY-COMMON); the node reaches its own Pods.
ip netns add node1
ip netns add node2
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.60.1/24 dev eth0
ip -n node2 addr add 192.168.60.2/24 dev eth0
ip -n node1 link set lo up
ip -n node2 link set lo up
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
# kubectl$ cat > /etc/kube-flannel/net-conf.json <<'EOF'
# kubectl> {"Network": "10.244.0.0/16", "Backend": {"Type": "host-gw"}}
# kubectl> EOF
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
ip -n node2 route replace 10.244.0.0/24 via 192.168.60.1 dev eth0
ip -n node1 route replace 10.244.1.0/24 via 192.168.60.2 dev eth0
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
ip -n node1 link add cni0 mtu 1500 type bridge
ip -n node1 link set cni0 up
ip -n api link add eth0 mtu 1500 address e6:72:d5:69:47:84 type veth peer name veth79432879 mtu 1500 address 2e:e8:52:3f:2b:cd netns node1
ip -n node1 link set veth79432879 up
ip -n node1 link set veth79432879 master cni0
bridge -n node1 link set dev veth79432879 hairpin on
ip netns exec api sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n api addr add 10.244.0.2/24 brd 10.244.0.255 dev eth0
ip -n api link set eth0 up
ip -n api route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n api route add default via 10.244.0.1 dev eth0
ip -n node1 addr add 10.244.0.1/24 brd 10.244.0.255 dev cni0
ip -n node1 link set cni0 address 2e:e8:52:3f:2b:cd
# the api Pod's servers (busybox runs sleep; nc listens in its namespace)
ip netns exec api nc -lk 8080 > /dev/null &
ip netns exec api nc -lk 9090 > /dev/null &
# kubectl$ kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600
ip netns add frontend
ip -n frontend link set lo up
ip -n node2 link add cni0 mtu 1500 type bridge
ip -n node2 link set cni0 up
ip -n frontend link add eth0 mtu 1500 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f mtu 1500 address 5a:49:89:f5:38:1a netns node2
ip -n node2 link set vethf9d4696f up
ip -n node2 link set vethf9d4696f master cni0
bridge -n node2 link set dev vethf9d4696f hairpin on
ip netns exec frontend sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n frontend addr add 10.244.1.2/24 brd 10.244.1.255 dev eth0
ip -n frontend link set eth0 up
ip -n frontend route add 10.244.0.0/16 via 10.244.1.1 dev eth0
ip -n frontend route add default via 10.244.1.1 dev eth0
ip -n node2 addr add 10.244.1.1/24 brd 10.244.1.255 dev cni0
ip -n node2 link set cni0 address 5a:49:89:f5:38:1a
# kubectl$ kubectl run local --image=busybox -- sleep 3600
ip netns add local
ip -n local link set lo up
ip -n local link add eth0 mtu 1500 address fa:4b:c6:56:f1:7e type veth peer name vethdd4d6db2 mtu 1500 address 8e:8d:a0:d0:03:34 netns node1
ip -n node1 link set vethdd4d6db2 up
ip -n node1 link set vethdd4d6db2 master cni0
bridge -n node1 link set dev vethdd4d6db2 hairpin on
ip netns exec local sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n local addr add 10.244.0.3/24 brd 10.244.0.255 dev eth0
ip -n local link set eth0 up
ip -n local route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n local route add default via 10.244.0.1 dev eth0
# kubectl$ kubectl run remote --image=busybox -- sleep 3600
ip netns add remote
ip -n remote link set lo up
ip -n remote link add eth0 mtu 1500 address 1e:5f:bd:94:79:67 type veth peer name veth0ed1813c mtu 1500 address 1a:26:08:cf:87:7f netns node2
ip -n node2 link set veth0ed1813c up
ip -n node2 link set veth0ed1813c master cni0
bridge -n node2 link set dev veth0ed1813c hairpin on
ip netns exec remote sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n remote addr add 10.244.1.3/24 brd 10.244.1.255 dev eth0
ip -n remote link set eth0 up
ip -n remote route add 10.244.0.0/16 via 10.244.1.1 dev eth0
ip -n remote route add default via 10.244.1.1 dev eth0
# the remote Pod's server
ip netns exec remote nc -lk 80 > /dev/null &
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl exec remote -- nc -z -v -w 2 10.244.0.2 9090
ip netns exec remote nc -z -v -w 2 10.244.0.2 9090
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: default-deny-ingress
# kubectl> spec:
# kubectl>   podSelector: {}
# kubectl>   policyTypes:
# kubectl>   - Ingress
# kubectl> ---
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: allow-frontend-to-api
# kubectl> spec:
# kubectl>   podSelector:
# kubectl>     matchLabels:
# kubectl>       app: api
# kubectl>   policyTypes:
# kubectl>   - Ingress
# kubectl>   ingress:
# kubectl>   - from:
# kubectl>     - podSelector:
# kubectl>         matchLabels:
# kubectl>           role: frontend
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
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.3 timeout 0 -exist
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.3 timeout 0 -exist
ip netns exec node1 ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip timeout 0 -exist
ip netns exec node1 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-6MQLO45JRP4DAHR6
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.2 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -s 10.244.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -d 10.244.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.3 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -s 10.244.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -d 10.244.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -m comment --comment 'default/local log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -m comment --comment 'default/local reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-VPWDR2PEFYRATVOV -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-VPWDR2PEFYRATVOV
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
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.3 timeout 0 -exist
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.3 timeout 0 -exist
ip netns exec node2 ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip timeout 0 -exist
ip netns exec node2 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-6MQLO45JRP4DAHR6
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.2 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -s 10.244.1.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -d 10.244.1.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.3 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -s 10.244.1.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -d 10.244.1.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -m comment --comment 'default/remote log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -m comment --comment 'default/remote reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-FJNRUSXU7YUN6L4Q -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node1 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.2 timeout 0 -exist
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.2 timeout 0 -exist
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.3 timeout 0 -exist
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.3 timeout 0 -exist
ip netns exec node1 ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node1 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-6MQLO45JRP4DAHR6
ip netns exec node1 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip timeout 0 -exist
ip netns exec node1 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-XCI3JR2BAKIP6Q7W
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip timeout 0 -exist
ip netns exec node1 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-ZUBZQAV7RREA6XJS
ip netns exec node1 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 ipset destroy TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.2 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -s 10.244.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.244.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.244.0.2 -m comment --comment 'default/allow-frontend-to-api policy' -j KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.3 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -s 10.244.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -d 10.244.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -m comment --comment 'default/local log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -m comment --comment 'default/local reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-KOR7Q3GGIRIWGQXX -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node1 iptables -t filter -X KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-IJJJI4G45TY5NIDP
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-VPWDR2PEFYRATVOV
ip netns exec node2 ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node2 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.2 timeout 0 -exist
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.2 timeout 0 -exist
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.3 timeout 0 -exist
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.3 timeout 0 -exist
ip netns exec node2 ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node2 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-6MQLO45JRP4DAHR6
ip netns exec node2 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.0.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip timeout 0 -exist
ip netns exec node2 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-XCI3JR2BAKIP6Q7W
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset add TMP-PRBJ7ASFQM5DJR3Q 10.244.1.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip timeout 0 -exist
ip netns exec node2 ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-ZUBZQAV7RREA6XJS
ip netns exec node2 ipset flush TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 ipset destroy TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.2 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -s 10.244.1.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -d 10.244.1.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.3 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -s 10.244.1.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -d 10.244.1.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -m comment --comment 'default/remote log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -m comment --comment 'default/remote reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-2HMWM36SDCRFFF2J -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -F KUBE-POD-FW-FJNRUSXU7YUN6L4Q
ip netns exec node2 iptables -t filter -X KUBE-NWPLCY-UZSK4R7S4JZYZFE2
ip netns exec node2 iptables -t filter -X KUBE-POD-FW-USJVK6GJRDX7Q3XK
ip netns exec node2 iptables -t filter -X KUBE-POD-FW-FJNRUSXU7YUN6L4Q
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.2 8080
ip netns exec frontend nc -z -v -w 2 10.244.0.2 8080
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.244.0.2 9090
ip netns exec frontend nc -z -v -w 2 10.244.0.2 9090
# kubectl$ kubectl exec remote -- nc -z -v -w 2 10.244.0.2 8080
ip netns exec remote nc -z -v -w 2 10.244.0.2 8080
# kubectl$ kubectl exec local -- nc -z -v -w 2 10.244.0.2 8080
ip netns exec local nc -z -v -w 2 10.244.0.2 8080
# kubectl$ kubectl exec api -- nc -z -v -w 2 10.244.1.3 80
ip netns exec api nc -z -v -w 2 10.244.1.3 80
# kubectl$ kubectl exec remote -- ping -c 1 10.244.0.2
ip netns exec remote ping -c 1 10.244.0.2
ip netns exec node1 nc -z -v -w 2 10.244.0.2 9090
ip netns exec node1 iptables -L KUBE-ROUTER-FORWARD -n -v
ip netns exec node2 iptables -L KUBE-ROUTER-FORWARD -n -v
ip netns exec node1 ipset list
ip netns exec node2 ipset list
ip netns exec node2 iptables -S
# kubectl$ kubectl delete networkpolicy default-deny-ingress
ip netns exec node1 ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node1 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node1 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-XCI3JR2BAKIP6Q7W
ip netns exec node1 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.2 timeout 0 -exist
ip netns exec node1 ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node1 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-SRC-ZUBZQAV7RREA6XJS
ip netns exec node1 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node1 ipset destroy TMP-BXHY5LLMLSN36WFL
ip netns exec node1 iptables -t filter -N KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -N KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node1 iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.2 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -s 10.244.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -d 10.244.0.2 -m comment --comment 'default/allow-frontend-to-api policy' -j KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.0.3 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -s 10.244.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -d 10.244.0.3 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -m comment --comment 'default/local log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -m comment --comment 'default/local reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -j MARK --set-mark 0/0x10000
ip netns exec node1 iptables -t filter -A KUBE-POD-FW-HAWHJDN5Z2MFC7YG -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.244.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local in' -d 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/local out' -s 10.244.0.3 -j KUBE-POD-FW-HAWHJDN5Z2MFC7YG
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node1 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node1 iptables -t filter -F KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -F KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 iptables -t filter -X KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node1 iptables -t filter -X KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-7CJEVJQGT7WDEHYK
ip netns exec node1 iptables -t filter -X KUBE-POD-FW-KOR7Q3GGIRIWGQXX
ip netns exec node1 ipset destroy KUBE-DST-6MQLO45JRP4DAHR6
ip netns exec node2 ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node2 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.0.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node2 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-XCI3JR2BAKIP6Q7W
ip netns exec node2 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset add TMP-BXHY5LLMLSN36WFL 10.244.1.2 timeout 0 -exist
ip netns exec node2 ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ip netns exec node2 ipset swap TMP-BXHY5LLMLSN36WFL KUBE-SRC-ZUBZQAV7RREA6XJS
ip netns exec node2 ipset flush TMP-BXHY5LLMLSN36WFL
ip netns exec node2 ipset destroy TMP-BXHY5LLMLSN36WFL
ip netns exec node2 iptables -t filter -N KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -N KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec node2 iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.2 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -s 10.244.1.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -d 10.244.1.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.244.1.3 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -s 10.244.1.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -d 10.244.1.3 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -m comment --comment 'default/remote log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -m comment --comment 'default/remote reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -j MARK --set-mark 0/0x10000
ip netns exec node2 iptables -t filter -A KUBE-POD-FW-HBRL74VWUYZG2ACX -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-INPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-FORWARD
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-ROUTER-OUTPUT
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.244.1.2 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote in' -d 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/remote out' -s 10.244.1.3 -j KUBE-POD-FW-HBRL74VWUYZG2ACX
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
ip netns exec node2 iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ip netns exec node2 iptables -t filter -F KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node2 iptables -t filter -F KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -F KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 iptables -t filter -X KUBE-NWPLCY-EFZ5W4J675NTF3ST
ip netns exec node2 iptables -t filter -X KUBE-NWPLCY-YK7VCBQVRVT4V6HI
ip netns exec node2 iptables -t filter -X KUBE-POD-FW-7NYUG2F7JWCTJVKE
ip netns exec node2 iptables -t filter -X KUBE-POD-FW-2HMWM36SDCRFFF2J
ip netns exec node2 ipset destroy KUBE-DST-6MQLO45JRP4DAHR6
# kubectl$ kubectl exec remote -- nc -z -v -w 2 10.244.0.2 9090
ip netns exec remote nc -z -v -w 2 10.244.0.2 9090
# kubectl$ kubectl exec api -- nc -z -v -w 2 10.244.1.3 80
ip netns exec api nc -z -v -w 2 10.244.1.3 80
