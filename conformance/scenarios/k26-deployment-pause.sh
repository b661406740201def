# A paused rollout: `kubectl rollout pause` sets the Deployment's spec.paused, so a new Pod template
# (nginx → httpd) applied while it is paused makes no ReplicaSet and changes no Pod: the Service's
# endpoints and KUBE-SVC chain stay, and the client reaches it. `kubectl rollout resume` lets the
# Deployment controller roll out: a ReplicaSet for the new template (revision 2) surges a Pod, the
# old one loses one, twice, and kube-proxy's chain follows the endpoints.
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: apps/v1
# kubectl> kind: Deployment
# kubectl> metadata:
# kubectl>   name: web
# kubectl> spec:
# kubectl>   replicas: 2
# kubectl>   selector:
# kubectl>     matchLabels:
# kubectl>       app: web
# kubectl>   template:
# kubectl>     metadata:
# kubectl>       labels:
# kubectl>         app: web
# kubectl>     spec:
# kubectl>       containers:
# kubectl>       - name: web
# kubectl>         image: nginx
# kubectl>         ports:
# kubectl>         - containerPort: 80
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
ip netns add web-5c59854b66-9zsgx
ip -n web-5c59854b66-9zsgx link set lo up
ip link add cni0 type bridge
ip link set cni0 up
ip -n web-5c59854b66-9zsgx link add eth0 address 86:2e:e8:52:3f:2b type veth peer name veth72d56947 address ce:26:3b:e5:97:0b netns 1
ip link set veth72d56947 up
ip link set veth72d56947 master cni0
bridge link set dev veth72d56947 hairpin off
ip netns exec web-5c59854b66-9zsgx sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-5c59854b66-9zsgx addr add 10.22.0.2/16 brd 10.22.255.255 dev eth0
ip -n web-5c59854b66-9zsgx link set eth0 up
ip -n web-5c59854b66-9zsgx route add default via 10.22.0.1 dev eth0
ip addr add 10.22.0.1/16 brd 10.22.255.255 dev cni0
ip link set cni0 address ce:26:3b:e5:97:0b
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t nat -N CNI-278d0d709e0c58fe05037214
iptables -t nat -A CNI-278d0d709e0c58fe05037214 -d 10.22.0.2/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -A CNI-278d0d709e0c58fe05037214 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -A POSTROUTING -s 10.22.0.2 -j CNI-278d0d709e0c58fe05037214 -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
ip netns add web-5c59854b66-kz2mj
ip -n web-5c59854b66-kz2mj link set lo up
ip -n web-5c59854b66-kz2mj link add eth0 address 3a:1a:7b:f7:c6:a8 type veth peer name veth584989f5 address 82:cf:e8:bc:6f:42 netns 1
ip link set veth584989f5 up
ip link set veth584989f5 master cni0
bridge link set dev veth584989f5 hairpin off
ip netns exec web-5c59854b66-kz2mj sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-5c59854b66-kz2mj addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n web-5c59854b66-kz2mj link set eth0 up
ip -n web-5c59854b66-kz2mj route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-aaacfd7eb865c27211fd2ba4
iptables -t nat -A CNI-aaacfd7eb865c27211fd2ba4 -d 10.22.0.3/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "61728e626720240fecc6bd940e36b68416c50f4de555f9d4696f399a1706f31c"'
iptables -t nat -A CNI-aaacfd7eb865c27211fd2ba4 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "61728e626720240fecc6bd940e36b68416c50f4de555f9d4696f399a1706f31c"'
iptables -t nat -A POSTROUTING -s 10.22.0.3 -j CNI-aaacfd7eb865c27211fd2ba4 -m comment --comment 'name: "my-network" id: "61728e626720240fecc6bd940e36b68416c50f4de555f9d4696f399a1706f31c"'
# kubectl$ kubectl expose deployment web --port=80
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
iptables -t nat -N KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.3:80' -j KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SEP-5L563YEBTLYFTY5A -m comment --comment default/web -s 10.22.0.3 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-5L563YEBTLYFTY5A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.3:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl run client --image=busybox -- sleep 3600
ip netns add client
ip -n client link set lo up
ip -n client link add eth0 address 36:6f:84:a2:f7:d7 type veth peer name veth8da0d003 address 36:a2:9b:02:0e:35 netns 1
ip link set veth8da0d003 up
ip link set veth8da0d003 master cni0
bridge link set dev veth8da0d003 hairpin off
ip netns exec client sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n client addr add 10.22.0.4/16 brd 10.22.255.255 dev eth0
ip -n client link set eth0 up
ip -n client route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-4f76bc43e96879b5ac366d33
iptables -t nat -A CNI-4f76bc43e96879b5ac366d33 -d 10.22.0.4/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd4d6db2f84bc656f17e8f"'
iptables -t nat -A CNI-4f76bc43e96879b5ac366d33 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd4d6db2f84bc656f17e8f"'
iptables -t nat -A POSTROUTING -s 10.22.0.4 -j CNI-4f76bc43e96879b5ac366d33 -m comment --comment 'name: "my-network" id: "068a0625bb0c34fe349d8ac1015de0da55279c4bb7dd4d6db2f84bc656f17e8f"'
# process: nginx in the two Pods
ip netns exec web-5c59854b66-9zsgx nc -lk 80 > /dev/null &
ip netns exec web-5c59854b66-kz2mj nc -lk 80 > /dev/null &
# kubectl$ kubectl rollout pause deployment/web
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: apps/v1
# kubectl> kind: Deployment
# kubectl> metadata:
# kubectl>   name: web
# kubectl> spec:
# kubectl>   replicas: 2
# kubectl>   selector:
# kubectl>     matchLabels:
# kubectl>       app: web
# kubectl>   template:
# kubectl>     metadata:
# kubectl>       labels:
# kubectl>         app: web
# kubectl>     spec:
# kubectl>       containers:
# kubectl>       - name: web
# kubectl>         image: httpd
# kubectl>         ports:
# kubectl>         - containerPort: 80
# kubectl> EOF
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl get endpoints web
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl rollout resume deployment/web
ip netns add web-75675fddf8-mh4rx
ip -n web-75675fddf8-mh4rx link set lo up
ip -n web-75675fddf8-mh4rx link add eth0 address b2:61:47:de:51:6e type veth peer name veth617408bd address 2e:13:cb:cc:04:e4 netns 1
ip link set veth617408bd up
ip link set veth617408bd master cni0
bridge link set dev veth617408bd hairpin off
ip netns exec web-75675fddf8-mh4rx sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-75675fddf8-mh4rx addr add 10.22.0.5/16 brd 10.22.255.255 dev eth0
ip -n web-75675fddf8-mh4rx link set eth0 up
ip -n web-75675fddf8-mh4rx route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-4b3ec66768c1928ea74b3baf
iptables -t nat -A CNI-4b3ec66768c1928ea74b3baf -d 10.22.0.5/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "44ca84439509a02fbd6f70a4550867b60ed1813c1e5fbd947967182608cf877f"'
iptables -t nat -A CNI-4b3ec66768c1928ea74b3baf ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "44ca84439509a02fbd6f70a4550867b60ed1813c1e5fbd947967182608cf877f"'
iptables -t nat -A POSTROUTING -s 10.22.0.5 -j CNI-4b3ec66768c1928ea74b3baf -m comment --comment 'name: "my-network" id: "44ca84439509a02fbd6f70a4550867b60ed1813c1e5fbd947967182608cf877f"'
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
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -F KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -N KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.3:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SEP-5L563YEBTLYFTY5A -m comment --comment default/web -s 10.22.0.3 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-5L563YEBTLYFTY5A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.3:80
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip -n web-5c59854b66-kz2mj link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.3 -j CNI-aaacfd7eb865c27211fd2ba4 -m comment --comment 'name: "my-network" id: "61728e626720240fecc6bd940e36b68416c50f4de555f9d4696f399a1706f31c"'
iptables -t nat -F CNI-aaacfd7eb865c27211fd2ba4
iptables -t nat -X CNI-aaacfd7eb865c27211fd2ba4
ip netns del web-5c59854b66-kz2mj
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
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -F KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -F KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -X KUBE-SEP-5L563YEBTLYFTY5A
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns add web-75675fddf8-5ts9t
ip -n web-75675fddf8-5ts9t link set lo up
ip -n web-75675fddf8-5ts9t link add eth0 address d2:6f:02:fb:11:cb type veth peer name veth36817348 address 22:08:57:5d:8b:ec netns 1
ip link set veth36817348 up
ip link set veth36817348 master cni0
bridge link set dev veth36817348 hairpin off
ip netns exec web-75675fddf8-5ts9t sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-75675fddf8-5ts9t addr add 10.22.0.6/16 brd 10.22.255.255 dev eth0
ip -n web-75675fddf8-5ts9t link set eth0 up
ip -n web-75675fddf8-5ts9t route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-89ef5641fbdee464539f24dd
iptables -t nat -A CNI-89ef5641fbdee464539f24dd -d 10.22.0.6/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "0746a78d325b377c57a1760782804c0e9202fd86477e25504aed5469f4214792"'
iptables -t nat -A CNI-89ef5641fbdee464539f24dd ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "0746a78d325b377c57a1760782804c0e9202fd86477e25504aed5469f4214792"'
iptables -t nat -A POSTROUTING -s 10.22.0.6 -j CNI-89ef5641fbdee464539f24dd -m comment --comment 'name: "my-network" id: "0746a78d325b377c57a1760782804c0e9202fd86477e25504aed5469f4214792"'
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
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -F KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -N KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.6:80' -j KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -s 10.22.0.6 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.6:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip -n web-5c59854b66-9zsgx link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.2 -j CNI-278d0d709e0c58fe05037214 -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -F CNI-278d0d709e0c58fe05037214
iptables -t nat -X CNI-278d0d709e0c58fe05037214
ip netns del web-5c59854b66-9zsgx
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
iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -F KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -F KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -F KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.6:80' -j KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -s 10.22.0.6 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.6:80
iptables -t nat -X KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# process: httpd in the new Pods
ip netns exec web-75675fddf8-mh4rx nc -lk 80 > /dev/null &
ip netns exec web-75675fddf8-5ts9t nc -lk 80 > /dev/null &
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl get endpoints web
iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
