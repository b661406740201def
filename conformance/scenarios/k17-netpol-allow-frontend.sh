# The material's two policies: default-deny-ingress, then allow role=frontend -> app=api on TCP 8080.
# kube-router puts the api Pod in KUBE-DST-… (the Pods the policy selects) and the frontend Pod in
# KUBE-SRC-… (the rule's `from` Pods); the policy chain marks a packet from a frontend Pod to port
# 8080 of an api Pod (0x10000), so the api Pod's chain does not REJECT it. Another Pod, or another
# port, is rejected. A new frontend Pod is added to the set on the next sync.
# kubectl$ kubectl run api --image=busybox --labels=app=api -- sleep 3600
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
ip netns add api
ip -n api link set lo up
ip link add cni0 type bridge
ip link set cni0 up
ip -n api link add eth0 address e6:72:d5:69:47:84 type veth peer name veth79432879 address 2e:e8:52:3f:2b:cd netns 1
ip link set veth79432879 up
ip link set veth79432879 master cni0
bridge link set dev veth79432879 hairpin off
ip netns exec api sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n api addr add 10.22.0.2/16 brd 10.22.255.255 dev eth0
ip -n api link set eth0 up
ip -n api route add default via 10.22.0.1 dev eth0
ip addr add 10.22.0.1/16 brd 10.22.255.255 dev cni0
ip link set cni0 address 2e:e8:52:3f:2b:cd
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t nat -N CNI-6ecb9d729316e48aa1eb2d6a
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a -d 10.22.0.2/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A POSTROUTING -s 10.22.0.2 -j CNI-6ecb9d729316e48aa1eb2d6a -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
ip netns exec api nc -lk 8080 > /dev/null &
ip netns exec api nc -lk 9090 > /dev/null &
# kubectl$ kubectl run frontend --image=busybox --labels=role=frontend -- sleep 3600
ip netns add frontend
ip -n frontend link set lo up
ip -n frontend link add eth0 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f address 5a:49:89:f5:38:1a netns 1
ip link set vethf9d4696f up
ip link set vethf9d4696f master cni0
bridge link set dev vethf9d4696f hairpin off
ip netns exec frontend sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n frontend addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n frontend link set eth0 up
ip -n frontend route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-dd8bdab74c70deb71a779971
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-dd8bdab74c70deb71a779971 -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
# kubectl$ kubectl run other --image=busybox -- sleep 3600
ip netns add other
ip -n other link set lo up
ip -n other link add eth0 address fa:4b:c6:56:f1:7e type veth peer name vethdd4d6db2 address 8e:8d:a0:d0:03:34 netns 1
ip link set vethdd4d6db2 up
ip link set vethdd4d6db2 master cni0
bridge link set dev vethdd4d6db2 hairpin off
ip netns exec other sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n other addr add 10.22.0.4/16 brd 10.22.255.255 dev eth0
ip -n other link set eth0 up
ip -n other route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-92e5fcc0ff17e3d9cba8cd04
iptables -t nat -A CNI-92e5fcc0ff17e3d9cba8cd04 -d 10.22.0.4/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
iptables -t nat -A CNI-92e5fcc0ff17e3d9cba8cd04 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
iptables -t nat -A POSTROUTING -s 10.22.0.4 -j CNI-92e5fcc0ff17e3d9cba8cd04 -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
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
iptables -t filter -N KUBE-ROUTER-INPUT
iptables -t filter -I INPUT 1 -m comment --comment 'kube-router netpol - 4IA2OSFRMVNDXBVV' -j KUBE-ROUTER-INPUT
iptables -t filter -N KUBE-ROUTER-FORWARD
iptables -t filter -I FORWARD 1 -m comment --comment 'kube-router netpol - TEMCG2JMHZYE7H7T' -j KUBE-ROUTER-FORWARD
iptables -t filter -N KUBE-ROUTER-OUTPUT
iptables -t filter -I OUTPUT 1 -m comment --comment 'kube-router netpol - VEAAIY32XVBHCSCY' -j KUBE-ROUTER-OUTPUT
iptables -t filter -I KUBE-ROUTER-INPUT 1 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -d 10.96.0.0/12 -j RETURN
iptables -t filter -I KUBE-ROUTER-INPUT 2 -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -I KUBE-ROUTER-INPUT 3 -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -I KUBE-ROUTER-INPUT 4 -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -N KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-NWPLCY-DEFAULT -j MARK -m comment --comment 'rule to mark traffic matching a network policy' --set-xmark 0x10000/0x10000
iptables -t filter -N KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule to drop invalid state for pod"' -m conntrack --ctstate INVALID -j DROP
iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment '"rule for stateful firewall for pod"' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp echo requests' -p icmp --icmp-type echo-request -j ACCEPT
iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp destination unreachable messages' -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables -t filter -A KUBE-NWPLCY-COMMON -m comment --comment 'allow icmp time exceeded messages' -p icmp --icmp-type time-exceeded -j ACCEPT
iptables -t filter -N KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-NWPLCY-TAIL -m comment --comment 'accept netpol-ok' -m mark --mark 0x20000/0x20000 -j ACCEPT
ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.2 timeout 0 -exist
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.3 timeout 0 -exist
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.4 timeout 0 -exist
ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-6MQLO45JRP4DAHR6
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset destroy TMP-PRBJ7ASFQM5DJR3Q
iptables -t filter -N KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -N KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -N KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -N KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -d 10.22.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -d 10.22.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-USJVK6GJRDX7Q3XK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -d 10.22.0.4 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'default/other log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'default/other reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.4 timeout 0 -exist
ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-6MQLO45JRP4DAHR6
ipset flush TMP-BXHY5LLMLSN36WFL
ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.2 timeout 0 -exist
ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-XCI3JR2BAKIP6Q7W
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.3 timeout 0 -exist
ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-ZUBZQAV7RREA6XJS
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset destroy TMP-BXHY5LLMLSN36WFL
ipset destroy TMP-PRBJ7ASFQM5DJR3Q
iptables -t filter -N KUBE-NWPLCY-EFZ5W4J675NTF3ST
iptables -t filter -N KUBE-NWPLCY-YK7VCBQVRVT4V6HI
iptables -t filter -N KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -N KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -N KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-EFZ5W4J675NTF3ST -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.22.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.22.0.2 -m comment --comment 'default/allow-frontend-to-api policy' -j KUBE-NWPLCY-EFZ5W4J675NTF3ST
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -d 10.22.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-7NYUG2F7JWCTJVKE -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -d 10.22.0.4 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-YK7VCBQVRVT4V6HI
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'default/other log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'default/other reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -F KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -F KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -X KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -X KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -X KUBE-POD-FW-USJVK6GJRDX7Q3XK
iptables -t filter -X KUBE-POD-FW-76IDOR7TGEAPKFBB
# kubectl$ kubectl get networkpolicy
# kubectl$ kubectl describe networkpolicy allow-frontend-to-api
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec frontend nc -z -v -w 2 10.22.0.2 8080
# kubectl$ kubectl exec frontend -- nc -z -v -w 2 10.22.0.2 9090
ip netns exec frontend nc -z -v -w 2 10.22.0.2 9090
# kubectl$ kubectl exec other -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec other nc -z -v -w 2 10.22.0.2 8080
ipset list
iptables -S
iptables -L KUBE-ROUTER-FORWARD -n -v
# kubectl$ kubectl run frontend2 --image=busybox --labels=role=frontend -- sleep 3600
ip netns add frontend2
ip -n frontend2 link set lo up
ip -n frontend2 link add eth0 address 1e:5f:bd:94:79:67 type veth peer name veth0ed1813c address 1a:26:08:cf:87:7f netns 1
ip link set veth0ed1813c up
ip link set veth0ed1813c master cni0
bridge link set dev veth0ed1813c hairpin off
ip netns exec frontend2 sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n frontend2 addr add 10.22.0.5/16 brd 10.22.255.255 dev eth0
ip -n frontend2 link set eth0 up
ip -n frontend2 route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-b28f039e4f388d65fbea33db
iptables -t nat -A CNI-b28f039e4f388d65fbea33db -d 10.22.0.5/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
iptables -t nat -A CNI-b28f039e4f388d65fbea33db ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
iptables -t nat -A POSTROUTING -s 10.22.0.5 -j CNI-b28f039e4f388d65fbea33db -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.4 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.5 timeout 0 -exist
ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-6MQLO45JRP4DAHR6
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-XCI3JR2BAKIP6Q7W
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.5 timeout 0 -exist
ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-SRC-ZUBZQAV7RREA6XJS
ipset flush TMP-BXHY5LLMLSN36WFL
ipset destroy TMP-BXHY5LLMLSN36WFL
iptables -t filter -N KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
iptables -t filter -N KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -N KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -N KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -N KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -N KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -d 10.22.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -d 10.22.0.2 -m comment --comment 'default/allow-frontend-to-api policy' -j KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-MFX346C7NZMME6SD -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -d 10.22.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-PHYEAA6QD3YB3MP4 -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.5 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -s 10.22.0.5 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -d 10.22.0.5 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -m comment --comment 'default/frontend2 log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -m comment --comment 'default/frontend2 reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-CZLVURXA4Z3ANDBY -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -d 10.22.0.4 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -m comment --comment 'default/other log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -m comment --comment 'default/other reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-OMSASHCOIFI7JVKH -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend2 out' -s 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend2 in' -d 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend2 in' -d 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend2 out' -s 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend2 out' -s 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend2 in' -d 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend2 out' -s 10.22.0.5 -j KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-NWPLCY-EFZ5W4J675NTF3ST
iptables -t filter -F KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -F KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -F KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -X KUBE-NWPLCY-EFZ5W4J675NTF3ST
iptables -t filter -X KUBE-NWPLCY-YK7VCBQVRVT4V6HI
iptables -t filter -X KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -X KUBE-POD-FW-7NYUG2F7JWCTJVKE
iptables -t filter -X KUBE-POD-FW-P6NH7RBU7ZEZUCAP
# kubectl$ kubectl exec frontend2 -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec frontend2 nc -z -v -w 2 10.22.0.2 8080
ipset list -t
# kubectl$ kubectl delete pod frontend2
ip -n frontend2 link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.5 -j CNI-b28f039e4f388d65fbea33db -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
iptables -t nat -F CNI-b28f039e4f388d65fbea33db
iptables -t nat -X CNI-b28f039e4f388d65fbea33db
ip netns del frontend2
ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.4 timeout 0 -exist
ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-6MQLO45JRP4DAHR6
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset create KUBE-DST-XCI3JR2BAKIP6Q7W hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-XCI3JR2BAKIP6Q7W
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset create KUBE-SRC-ZUBZQAV7RREA6XJS hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-SRC-ZUBZQAV7RREA6XJS
ipset flush TMP-BXHY5LLMLSN36WFL
ipset destroy TMP-BXHY5LLMLSN36WFL
iptables -t filter -N KUBE-NWPLCY-GJ6OWKJQ2RRLSGBI
iptables -t filter -N KUBE-NWPLCY-N2JRVUUS6HORHHQA
iptables -t filter -N KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -N KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -N KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-NWPLCY-GJ6OWKJQ2RRLSGBI -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-GJ6OWKJQ2RRLSGBI -m comment --comment 'default/allow-frontend-to-api ingress pods' -m set --match-set KUBE-SRC-ZUBZQAV7RREA6XJS src -m set --match-set KUBE-DST-XCI3JR2BAKIP6Q7W dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -d 10.22.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-N2JRVUUS6HORHHQA
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -d 10.22.0.2 -m comment --comment 'default/allow-frontend-to-api policy' -j KUBE-NWPLCY-GJ6OWKJQ2RRLSGBI
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-ENUYBJO24QVERFZZ -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -d 10.22.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-N2JRVUUS6HORHHQA
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -m comment --comment 'default/frontend log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -m comment --comment 'default/frontend reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-CFFY7LYBBAUS6F5O -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -d 10.22.0.4 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-N2JRVUUS6HORHHQA
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -m comment --comment 'default/other log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -m comment --comment 'default/other reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-L7I22DOEDSLUVLEA -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-ENUYBJO24QVERFZZ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend in' -d 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/frontend out' -s 10.22.0.3 -j KUBE-POD-FW-CFFY7LYBBAUS6F5O
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.4 -j KUBE-POD-FW-L7I22DOEDSLUVLEA
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
iptables -t filter -F KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -F KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -F KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -F KUBE-POD-FW-OMSASHCOIFI7JVKH
iptables -t filter -X KUBE-NWPLCY-N7XJ7ZWJRLDGMCRL
iptables -t filter -X KUBE-NWPLCY-RLODPMTAIUKKIHBX
iptables -t filter -X KUBE-POD-FW-MFX346C7NZMME6SD
iptables -t filter -X KUBE-POD-FW-PHYEAA6QD3YB3MP4
iptables -t filter -X KUBE-POD-FW-CZLVURXA4Z3ANDBY
iptables -t filter -X KUBE-POD-FW-OMSASHCOIFI7JVKH
ipset list -n
