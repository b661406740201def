# kubectl expose with a named target port: the Service's targetPort "http" is looked up in each
# selected Pod's container ports, so the endpoint is the Pod's address with port 80 and the
# KUBE-SEP chain DNATs there; a Pod without a port of that name is no endpoint at all.
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: v1
# kubectl> kind: Pod
# kubectl> metadata:
# kubectl>   name: web
# kubectl>   labels:
# kubectl>     app: web
# kubectl> spec:
# kubectl>   containers:
# kubectl>   - name: web
# kubectl>     image: nginx
# kubectl>     ports:
# kubectl>     - name: http
# kubectl>       containerPort: 80
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
ip netns add web
ip -n web link set lo up
ip link add cni0 type bridge
ip link set cni0 up
ip -n web link add eth0 address e6:72:d5:69:47:84 type veth peer name veth79432879 address 2e:e8:52:3f:2b:cd netns 1
ip link set veth79432879 up
ip link set veth79432879 master cni0
bridge link set dev veth79432879 hairpin off
ip netns exec web sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web addr add 10.22.0.2/16 brd 10.22.255.255 dev eth0
ip -n web link set eth0 up
ip -n web route add default via 10.22.0.1 dev eth0
ip addr add 10.22.0.1/16 brd 10.22.255.255 dev cni0
ip link set cni0 address 2e:e8:52:3f:2b:cd
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t nat -N CNI-6ecb9d729316e48aa1eb2d6a
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a -d 10.22.0.2/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A CNI-6ecb9d729316e48aa1eb2d6a ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
iptables -t nat -A POSTROUTING -s 10.22.0.2 -j CNI-6ecb9d729316e48aa1eb2d6a -m comment --comment 'name: "my-network" id: "f8b78b2bad635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae"'
# process: nginx in the Pod web
ip netns exec web nc -lk 80 > /dev/null &
# kubectl$ kubectl run other --image=nginx --labels=app=web
ip netns add other
ip -n other link set lo up
ip -n other link add eth0 address 3a:9a:17:06:f3:1c type veth peer name vethf9d4696f address 5a:49:89:f5:38:1a netns 1
ip link set vethf9d4696f up
ip link set vethf9d4696f master cni0
bridge link set dev vethf9d4696f hairpin off
ip netns exec other sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n other addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n other link set eth0 up
ip -n other route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-dd8bdab74c70deb71a779971
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A CNI-dd8bdab74c70deb71a779971 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-dd8bdab74c70deb71a779971 -m comment --comment 'name: "my-network" id: "263be5970b46b4c1564061728e626720240fecc6bd940e36b68416c50f4de555"'
# kubectl$ kubectl run client --image=busybox -- sleep 3600
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
# kubectl$ kubectl expose pod web --port=8080 --target-port=http --name=web
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
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.102.243.29 --dport 8080 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.102.243.29 --dport 8080 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get endpoints web
# kubectl$ kubectl describe svc web
iptables -t nat -S
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.102.243.29 8080
ip netns exec client nc -z -v -w 2 10.102.243.29 8080
