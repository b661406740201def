# A named port beside an ipBlock peer (kube-router v2.11.1, processIngressRules/processEgressRules).
# Ingress from 10.22.0.0/16 except other's address to `port: http` of the app=api Pods (8080 in api,
# 9000 in api2): kube-router matches the block's set as source and, per number, a namedport set of
# the Pods giving http that number (made by the ipBlock's branch: hash:net). So client reaches
# api:8080 and api2:9000, not api:9000 or api2:8080, and other (excepted) nothing. Egress of other
# to 10.22.0.0/16 on `port: http`: processEgressRules matches an ipBlock on numeric ports only, so
# no rule allows it, and other's connection to client:9000, open before, is refused.
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: v1
# kubectl> kind: Pod
# kubectl> metadata:
# kubectl>   name: api
# kubectl>   labels:
# kubectl>     app: api
# kubectl> spec:
# kubectl>   containers:
# kubectl>   - name: c
# kubectl>     image: busybox
# kubectl>     args: [sleep, "3600"]
# kubectl>     ports:
# kubectl>     - name: http
# kubectl>       containerPort: 8080
# kubectl> ---
# kubectl> apiVersion: v1
# kubectl> kind: Pod
# kubectl> metadata:
# kubectl>   name: api2
# kubectl>   labels:
# kubectl>     app: api
# kubectl> spec:
# kubectl>   containers:
# kubectl>   - name: c
# kubectl>     image: busybox
# kubectl>     args: [sleep, "3600"]
# kubectl>     ports:
# kubectl>     - name: http
# kubectl>       containerPort: 9000
# kubectl> EOF
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
ip netns add api2
ip -n api2 link set lo up
ip -n api2 link add eth0 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f address 5a:49:89:f5:38:1a netns 1
ip link set vethf9d4696f up
ip link set vethf9d4696f master cni0
bridge link set dev vethf9d4696f hairpin off
ip netns exec api2 sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n api2 addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n api2 link set eth0 up
ip -n api2 route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-dd8bdab74c70deb71a779971
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-dd8bdab74c70deb71a779971 -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
# kubectl$ kubectl run client --image=busybox --labels=role=client -- sleep 3600
ip netns add client
ip -n client link set lo up
ip -n client link add eth0 address fa:4b:c6:56:f1:7e type veth peer name vethdd4d6db2 address 8e:8d:a0:d0:03:34 netns 1
ip link set vethdd4d6db2 up
ip link set vethdd4d6db2 master cni0
bridge link set dev vethdd4d6db2 hairpin off
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n client addr add 10.22.0.4/16 brd 10.22.255.255 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-92e5fcc0ff17e3d9cba8cd04
iptables -t nat -A CNI-92e5fcc0ff17e3d9cba8cd04 -d 10.22.0.4/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
iptables -t nat -A CNI-92e5fcc0ff17e3d9cba8cd04 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
iptables -t nat -A POSTROUTING -s 10.22.0.4 -j CNI-92e5fcc0ff17e3d9cba8cd04 -m comment --comment 'name: "my-network" id: "7bf7c6a883cfe8bc6f42a3068a0625bb0c34fe349d8ac1015de0da55279c4bb7"'
# kubectl$ kubectl run other --image=busybox --labels=role=other -- sleep 3600
ip netns add other
ip -n other link set lo up
ip -n other link add eth0 address 1e:5f:bd:94:79:67 type veth peer name veth0ed1813c address 1a:26:08:cf:87:7f netns 1
ip link set veth0ed1813c up
ip link set veth0ed1813c master cni0
bridge link set dev veth0ed1813c hairpin off
ip netns exec other sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n other addr add 10.22.0.5/16 brd 10.22.255.255 dev eth0
ip -n other link set eth0 up
ip -n other route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-b28f039e4f388d65fbea33db
iptables -t nat -A CNI-b28f039e4f388d65fbea33db -d 10.22.0.5/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
iptables -t nat -A CNI-b28f039e4f388d65fbea33db ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
iptables -t nat -A POSTROUTING -s 10.22.0.5 -j CNI-b28f039e4f388d65fbea33db -m comment --comment 'name: "my-network" id: "6f84a2f7d734a29b020e355d35cf7fb144ca84439509a02fbd6f70a4550867b6"'
# the servers (busybox sleeps: nc stands in for them in the lab and on the kernel)
ip netns exec api nc -lk 8080 > /dev/null &
ip netns exec api nc -lk 9000 > /dev/null &
ip netns exec api2 nc -lk 9000 > /dev/null &
ip netns exec api2 nc -lk 8080 > /dev/null &
ip netns exec client nc -lk 9000 > /dev/null &
# kubectl$ kubectl exec other -- nc -z -v -w 2 10.22.0.4 9000
ip netns exec other nc -z -v -w 2 10.22.0.4 9000
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: block-http
# kubectl> spec:
# kubectl>   podSelector:
# kubectl>     matchLabels:
# kubectl>       app: api
# kubectl>   ingress:
# kubectl>   - from:
# kubectl>     - ipBlock:
# kubectl>         cidr: 10.22.0.0/16
# kubectl>         except:
# kubectl>         - 10.22.0.5/32
# kubectl>     ports:
# kubectl>     - port: http
# kubectl> ---
# kubectl> apiVersion: networking.k8s.io/v1
# kubectl> kind: NetworkPolicy
# kubectl> metadata:
# kubectl>   name: other-out
# kubectl> spec:
# kubectl>   podSelector:
# kubectl>     matchLabels:
# kubectl>       role: other
# kubectl>   policyTypes:
# kubectl>   - Egress
# kubectl>   egress:
# kubectl>   - to:
# kubectl>     - ipBlock:
# kubectl>         cidr: 10.22.0.0/16
# kubectl>     ports:
# kubectl>     - port: http
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
ipset create TMP-LP6R7TXZCLIUYMBN hash:net timeout 0 -exist
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset add TMP-LP6R7TXZCLIUYMBN 10.22.0.3 timeout 0 -exist
ipset create KUBE-DST-KKRT3OYQWRSWDSGV hash:net timeout 0 -exist
ipset swap TMP-LP6R7TXZCLIUYMBN KUBE-DST-KKRT3OYQWRSWDSGV
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.2 timeout 0 -exist
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.3 timeout 0 -exist
ipset create KUBE-DST-NHSTYNVCAIZDM2TH hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-DST-NHSTYNVCAIZDM2TH
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-LP6R7TXZCLIUYMBN 10.22.0.2 timeout 0 -exist
ipset create KUBE-DST-P3RQNTDUSYLJK2FH hash:net timeout 0 -exist
ipset swap TMP-LP6R7TXZCLIUYMBN KUBE-DST-P3RQNTDUSYLJK2FH
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset add TMP-LP6R7TXZCLIUYMBN 10.22.0.0/16 timeout 0 -exist
ipset add TMP-LP6R7TXZCLIUYMBN 10.22.0.5/32 timeout 0 nomatch -exist
ipset create KUBE-SRC-OSKD3CR3M37OYWX5 hash:net timeout 0 -exist
ipset swap TMP-LP6R7TXZCLIUYMBN KUBE-SRC-OSKD3CR3M37OYWX5
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset destroy TMP-LP6R7TXZCLIUYMBN
ipset destroy TMP-PRBJ7ASFQM5DJR3Q
iptables -t filter -N KUBE-NWPLCY-QHUHQ5UF4YWTFIA4
iptables -t filter -N KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -N KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -N KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -N KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-NWPLCY-QHUHQ5UF4YWTFIA4 -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-P3RQNTDUSYLJK2FH dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-QHUHQ5UF4YWTFIA4 -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-P3RQNTDUSYLJK2FH dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-NWPLCY-QHUHQ5UF4YWTFIA4 -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-KKRT3OYQWRSWDSGV dst -p TCP --dport 9000 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-QHUHQ5UF4YWTFIA4 -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-KKRT3OYQWRSWDSGV dst -p TCP --dport 9000 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -d 10.22.0.2 -m comment --comment 'default/block-http policy' -j KUBE-NWPLCY-QHUHQ5UF4YWTFIA4
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-IJJJI4G45TY5NIDP -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -d 10.22.0.3 -m comment --comment 'default/block-http policy' -j KUBE-NWPLCY-QHUHQ5UF4YWTFIA4
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -m comment --comment 'default/api2 log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -m comment --comment 'default/api2 reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-K6YNY2F6524KPZLF -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -d 10.22.0.4 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'default/client log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'default/client reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-QMKU7JPIOSSFY77D -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.5 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -s 10.22.0.5 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-76IDOR7TGEAPKFBB -d 10.22.0.5 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
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
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
ipset create TMP-VWYBUB54W7TIO5MX hash:net family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset flush TMP-VWYBUB54W7TIO5MX
ipset add TMP-VWYBUB54W7TIO5MX 10.22.0.3 timeout 0 -exist
ipset create KUBE-DST-KKRT3OYQWRSWDSGV hash:net family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-VWYBUB54W7TIO5MX KUBE-DST-KKRT3OYQWRSWDSGV
ipset flush TMP-VWYBUB54W7TIO5MX
ipset create TMP-LP6R7TXZCLIUYMBN hash:net timeout 0 -exist
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset add TMP-LP6R7TXZCLIUYMBN 10.22.0.0/16 timeout 0 -exist
ipset create KUBE-DST-MXQ5245QIKTWCW3Z hash:net timeout 0 -exist
ipset swap TMP-LP6R7TXZCLIUYMBN KUBE-DST-MXQ5245QIKTWCW3Z
ipset flush TMP-LP6R7TXZCLIUYMBN
ipset create TMP-BXHY5LLMLSN36WFL hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.2 timeout 0 -exist
ipset add TMP-BXHY5LLMLSN36WFL 10.22.0.3 timeout 0 -exist
ipset create KUBE-DST-NHSTYNVCAIZDM2TH hash:ip family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-BXHY5LLMLSN36WFL KUBE-DST-NHSTYNVCAIZDM2TH
ipset flush TMP-BXHY5LLMLSN36WFL
ipset add TMP-VWYBUB54W7TIO5MX 10.22.0.2 timeout 0 -exist
ipset create KUBE-DST-P3RQNTDUSYLJK2FH hash:net family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-VWYBUB54W7TIO5MX KUBE-DST-P3RQNTDUSYLJK2FH
ipset flush TMP-VWYBUB54W7TIO5MX
ipset create TMP-PRBJ7ASFQM5DJR3Q hash:ip timeout 0 -exist
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-PRBJ7ASFQM5DJR3Q 10.22.0.5 timeout 0 -exist
ipset create KUBE-SRC-NHCF5GNEPULCSB6M hash:ip timeout 0 -exist
ipset swap TMP-PRBJ7ASFQM5DJR3Q KUBE-SRC-NHCF5GNEPULCSB6M
ipset flush TMP-PRBJ7ASFQM5DJR3Q
ipset add TMP-VWYBUB54W7TIO5MX 10.22.0.0/16 timeout 0 -exist
ipset add TMP-VWYBUB54W7TIO5MX 10.22.0.5/32 timeout 0 nomatch -exist
ipset create KUBE-SRC-OSKD3CR3M37OYWX5 hash:net family inet hashsize 1024 maxelem 65536 timeout 0 bucketsize 12 -exist
ipset swap TMP-VWYBUB54W7TIO5MX KUBE-SRC-OSKD3CR3M37OYWX5
ipset flush TMP-VWYBUB54W7TIO5MX
ipset destroy TMP-BXHY5LLMLSN36WFL
ipset destroy TMP-LP6R7TXZCLIUYMBN
ipset destroy TMP-PRBJ7ASFQM5DJR3Q
ipset destroy TMP-VWYBUB54W7TIO5MX
iptables -t filter -N KUBE-NWPLCY-Y5IXJLIRG2X6LWEP
iptables -t filter -N KUBE-NWPLCY-TJCWE3M252RDP4DV
iptables -t filter -N KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -N KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -N KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -N KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-NWPLCY-Y5IXJLIRG2X6LWEP -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-P3RQNTDUSYLJK2FH dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-Y5IXJLIRG2X6LWEP -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-P3RQNTDUSYLJK2FH dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-NWPLCY-Y5IXJLIRG2X6LWEP -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-KKRT3OYQWRSWDSGV dst -p TCP --dport 9000 -j MARK --set-xmark 0x10000/0x10000
iptables -t filter -A KUBE-NWPLCY-Y5IXJLIRG2X6LWEP -m comment --comment 'default/block-http ingress cidr np' -m set --match-set KUBE-SRC-OSKD3CR3M37OYWX5 src -m set --match-set KUBE-DST-KKRT3OYQWRSWDSGV dst -p TCP --dport 9000 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -s 10.22.0.2 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -d 10.22.0.2 -m comment --comment 'default/block-http policy' -j KUBE-NWPLCY-Y5IXJLIRG2X6LWEP
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'default/api reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-7CJEVJQGT7WDEHYK -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.3 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -s 10.22.0.3 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -d 10.22.0.3 -m comment --comment 'default/block-http policy' -j KUBE-NWPLCY-Y5IXJLIRG2X6LWEP
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -m comment --comment 'default/api2 log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -m comment --comment 'default/api2 reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-W22PMTWWG7IMY3LT -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.4 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -s 10.22.0.4 -m comment --comment 'default egress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -d 10.22.0.4 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'default/client log-drop' -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'default/client reject' -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -j MARK --set-mark 0/0x10000
iptables -t filter -A KUBE-POD-FW-6FUY4EIQZOIYW4TJ -m comment --comment 'set netpol-ok mark' -j MARK --set-mark 0x20000/0x20000
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'common netpol rules' -j KUBE-NWPLCY-COMMON
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -m comment --comment 'from local node' -m addrtype --src-type LOCAL -d 10.22.0.5 -j ACCEPT
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -d 10.22.0.5 -m comment --comment 'default ingress' -j KUBE-NWPLCY-DEFAULT
iptables -t filter -A KUBE-POD-FW-P6NH7RBU7ZEZUCAP -s 10.22.0.5 -m comment --comment 'default/other-out policy' -j KUBE-NWPLCY-TJCWE3M252RDP4DV
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
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-INPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-FORWARD
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m physdev --physdev-is-bridged -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-FORWARD -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-ROUTER-OUTPUT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api in' -d 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api out' -s 10.22.0.2 -j KUBE-POD-FW-7CJEVJQGT7WDEHYK
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api2 in' -d 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/api2 out' -s 10.22.0.3 -j KUBE-POD-FW-W22PMTWWG7IMY3LT
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client in' -d 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/client out' -s 10.22.0.4 -j KUBE-POD-FW-6FUY4EIQZOIYW4TJ
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other in' -d 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'default/other out' -s 10.22.0.5 -j KUBE-POD-FW-P6NH7RBU7ZEZUCAP
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly handle traffic for network policies ACCEPT/REJECT decision' -j KUBE-NWPLCY-TAIL
iptables -t filter -A KUBE-ROUTER-OUTPUT -m comment --comment 'rule to explicitly ACCEPT traffic that comply to network policies' -m mark --mark 0x20000/0x20000 -j ACCEPT
iptables -t filter -F KUBE-NWPLCY-QHUHQ5UF4YWTFIA4
iptables -t filter -F KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -F KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -F KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -F KUBE-POD-FW-76IDOR7TGEAPKFBB
iptables -t filter -X KUBE-NWPLCY-QHUHQ5UF4YWTFIA4
iptables -t filter -X KUBE-POD-FW-IJJJI4G45TY5NIDP
iptables -t filter -X KUBE-POD-FW-K6YNY2F6524KPZLF
iptables -t filter -X KUBE-POD-FW-QMKU7JPIOSSFY77D
iptables -t filter -X KUBE-POD-FW-76IDOR7TGEAPKFBB
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec client nc -z -v -w 2 10.22.0.2 8080
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.2 9000
ip netns exec client nc -z -v -w 2 10.22.0.2 9000
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.3 9000
ip netns exec client nc -z -v -w 2 10.22.0.3 9000
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.22.0.3 8080
ip netns exec client nc -z -v -w 2 10.22.0.3 8080
# kubectl$ kubectl exec other -- nc -z -v -w 2 10.22.0.2 8080
ip netns exec other nc -z -v -w 2 10.22.0.2 8080
# kubectl$ kubectl exec other -- nc -z -v -w 2 10.22.0.4 9000
ip netns exec other nc -z -v -w 2 10.22.0.4 9000
ipset list
iptables -S
