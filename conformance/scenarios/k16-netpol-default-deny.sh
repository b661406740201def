# NetworkPolicy default-deny-ingress, enforced by kube-router v2.11.1's iptables + ipset rules: every
# Pod of the node gets a KUBE-POD-FW-… chain; a Pod a policy selects for ingress jumps to the
# policy's KUBE-NWPLCY-… chain, which has no rule here, so nothing marks the packet 0x10000 and the
# Pod's chain REJECTs it (icmp-port-unreachable: "Connection refused"). Ping still works: kube-router
# lets ICMP echo requests through (KUBE-NWPLCY-COMMON). The node itself may always reach a Pod.
# Deleting the policy lets the connection through again.
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
# kubectl$ kubectl run client --image=busybox -- sleep 3600
ip netns add client
ip -n client link set lo up
ip -n client link add eth0 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f address 5a:49:89:f5:38:1a netns 1
ip link set vethf9d4696f up
ip link set vethf9d4696f master cni0
bridge link set dev vethf9d4696f hairpin off
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n client addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-dd8bdab74c70deb71a779971
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-dd8bdab74c70deb71a779971 -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec client nc -z -v -w 2 10.22.0.2 8080
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: default-deny-ingress
# kubectl> spec:
# kubectl>   podSelector: {}
# kubectl>   policyTypes:
# kubectl>   - Ingress
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
ipset create KUBE-DST-6MQLO45JRP4DAHR6 hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-6MQLO45JRP4DAHR6
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset destroy TMP-PRBJ7ASFQM5DJR3Q
iptables -t filter -N KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -N KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -N KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -d 10.22.0.2 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -d 10.22.0.3 -m comment --comment 'default/default-deny-ingress policy' -j KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'default/client log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'default/client reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
# kubectl$ kubectl get networkpolicy
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec client nc -z -v -w 2 10.22.0.2 8080
# kubectl$ kubectl exec client -- ping -c 1 -W 1 10.22.0.2
ip netns exec client ping -c 1 -W 1 10.22.0.2
nc -z -v -w 2 10.22.0.2 8080
ipset list -t
iptables -S KUBE-ROUTER-FORWARD
iptables -L KUBE-NWPLCY-COMMON -n
# kubectl$ kubectl delete networkpolicy default-deny-ingress
iptables -t filter -N KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -N KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.22.0.2 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -d 10.22.0.3 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'default/client log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'default/client reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -F KUBE-ROUTER-INPUT
iptables -t filter -A KUBE-ROUTER-INPUT -d 10.96.0.0/12 -m comment --comment 'allow traffic to primary/secondary cluster IP range - BVHX2PIHDXXEO43X' -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p tcp -m comment --comment 'allow LOCAL TCP traffic to node ports - LR7XO7NXDBGQJD2M' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p udp -m comment --comment 'allow LOCAL UDP traffic to node ports - 76UCBPIZNGJNWNUZ' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -p sctp -m comment --comment 'allow LOCAL SCTP traffic to node ports - YU47VQ3DEDE3VDG7' -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client in' -d 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client out' -s 10.22.0.3 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -F KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -X KUBE-NWPLCY-UZSK4R7S4JZYZFE2
iptables -t filter -X KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -X KUBE-POD-FW-QMKU7JPIOSSFY77D
ipset destroy KUBE-DST-6MQLO45JRP4DAHR6
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec client nc -z -v -w 2 10.22.0.2 8080
ipset list -n
iptables -S KUBE-ROUTER-FORWARD
