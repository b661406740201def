# A rolling update: `kubectl rollout restart` gives the Deployment's template a restartedAt
# annotation, so a new pod-template-hash and a new ReplicaSet (revision 2); the Deployment controller
# surges one new Pod, then removes one old, and again (maxSurge 25% of 2 rounds up to 1,
# maxUnavailable down to 0). Each new Pod gets the next address (host-local's round robin) and
# kube-proxy's KUBE-SVC chain follows the endpoints; the client reaches the Service throughout.
# `kubectl rollout undo` brings revision 1's template back: its ReplicaSet (same hash) scales up again.
# (No `ip netns list`: on the recording machine the `nc` standing in for nginx keeps a deleted Pod's
# namespace, and its nsid, alive, where the kubelet would have stopped the container first.)
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
# kubectl>       - name: nginx
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
ip netns add web-7c7b9bdbc6-9zsgx
ip -n web-7c7b9bdbc6-9zsgx link set lo up
ip link add cni0 type bridge
ip link set cni0 up
ip -n web-7c7b9bdbc6-9zsgx link add eth0 address 86:2e:e8:52:3f:2b type veth peer name veth72d56947 address ce:26:3b:e5:97:0b netns 1
ip link set veth72d56947 up
ip link set veth72d56947 master cni0
bridge link set dev veth72d56947 hairpin off
ip netns exec web-7c7b9bdbc6-9zsgx sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-9zsgx addr add 10.22.0.2/16 brd 10.22.255.255 dev eth0
ip -n web-7c7b9bdbc6-9zsgx link set eth0 up
ip -n web-7c7b9bdbc6-9zsgx route add default via 10.22.0.1 dev eth0
ip addr add 10.22.0.1/16 brd 10.22.255.255 dev cni0
ip link set cni0 address ce:26:3b:e5:97:0b
echo 1 > /proc/sys/net/ipv4/ip_forward
iptables -t nat -N CNI-278d0d709e0c58fe05037214
iptables -t nat -A CNI-278d0d709e0c58fe05037214 -d 10.22.0.2/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -A CNI-278d0d709e0c58fe05037214 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -A POSTROUTING -s 10.22.0.2 -j CNI-278d0d709e0c58fe05037214 -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
ip netns add web-7c7b9bdbc6-kz2mj
ip -n web-7c7b9bdbc6-kz2mj link set lo up
ip -n web-7c7b9bdbc6-kz2mj link add eth0 address 3a:1a:7b:f7:c6:a8 type veth peer name veth584989f5 address 82:cf:e8:bc:6f:42 netns 1
ip link set veth584989f5 up
ip link set veth584989f5 master cni0
bridge link set dev veth584989f5 hairpin off
ip netns exec web-7c7b9bdbc6-kz2mj sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-kz2mj addr add 10.22.0.3/16 brd 10.22.255.255 dev eth0
ip -n web-7c7b9bdbc6-kz2mj link set eth0 up
ip -n web-7c7b9bdbc6-kz2mj route add default via 10.22.0.1 dev eth0
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
ip netns exec web-7c7b9bdbc6-9zsgx nc -lk 80 > /dev/null &
ip netns exec web-7c7b9bdbc6-kz2mj nc -lk 80 > /dev/null &
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
sleep 2
# kubectl$ kubectl rollout restart deployment/web
ip netns add web-6fd4dbcf9d-mh4rx
ip -n web-6fd4dbcf9d-mh4rx link set lo up
ip -n web-6fd4dbcf9d-mh4rx link add eth0 address b2:61:47:de:51:6e type veth peer name veth617408bd address 2e:13:cb:cc:04:e4 netns 1
ip link set veth617408bd up
ip link set veth617408bd master cni0
bridge link set dev veth617408bd hairpin off
ip netns exec web-6fd4dbcf9d-mh4rx sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-6fd4dbcf9d-mh4rx addr add 10.22.0.5/16 brd 10.22.255.255 dev eth0
ip -n web-6fd4dbcf9d-mh4rx link set eth0 up
ip -n web-6fd4dbcf9d-mh4rx route add default via 10.22.0.1 dev eth0
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
ip -n web-7c7b9bdbc6-kz2mj link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.3 -j CNI-aaacfd7eb865c27211fd2ba4 -m comment --comment 'name: "my-network" id: "61728e626720240fecc6bd940e36b68416c50f4de555f9d4696f399a1706f31c"'
iptables -t nat -F CNI-aaacfd7eb865c27211fd2ba4
iptables -t nat -X CNI-aaacfd7eb865c27211fd2ba4
ip netns del web-7c7b9bdbc6-kz2mj
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
ip netns add web-6fd4dbcf9d-5ts9t
ip -n web-6fd4dbcf9d-5ts9t link set lo up
ip -n web-6fd4dbcf9d-5ts9t link add eth0 address d2:6f:02:fb:11:cb type veth peer name veth36817348 address 22:08:57:5d:8b:ec netns 1
ip link set veth36817348 up
ip link set veth36817348 master cni0
bridge link set dev veth36817348 hairpin off
ip netns exec web-6fd4dbcf9d-5ts9t sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-6fd4dbcf9d-5ts9t addr add 10.22.0.6/16 brd 10.22.255.255 dev eth0
ip -n web-6fd4dbcf9d-5ts9t link set eth0 up
ip -n web-6fd4dbcf9d-5ts9t route add default via 10.22.0.1 dev eth0
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
ip -n web-7c7b9bdbc6-9zsgx link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.2 -j CNI-278d0d709e0c58fe05037214 -m comment --comment 'name: "my-network" id: "635c654f73a354ad875eabe8328d4549d38cbc4e4afd384daf1bae79432879e6"'
iptables -t nat -F CNI-278d0d709e0c58fe05037214
iptables -t nat -X CNI-278d0d709e0c58fe05037214
ip netns del web-7c7b9bdbc6-9zsgx
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
# process: nginx in the new Pods
ip netns exec web-6fd4dbcf9d-mh4rx nc -lk 80 > /dev/null &
ip netns exec web-6fd4dbcf9d-5ts9t nc -lk 80 > /dev/null &
# kubectl$ kubectl rollout status deployment/web
# kubectl$ kubectl rollout history deployment/web
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl get endpoints web
iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
# kubectl$ kubectl get pods
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl rollout undo deployment/web
ip netns add web-7c7b9bdbc6-fdhkb
ip -n web-7c7b9bdbc6-fdhkb link set lo up
ip -n web-7c7b9bdbc6-fdhkb link add eth0 address 22:2b:a4:3e:40:a1 type veth peer name veth443ab0c2 address 32:8d:3b:92:7d:6b netns 1
ip link set veth443ab0c2 up
ip link set veth443ab0c2 master cni0
bridge link set dev veth443ab0c2 hairpin off
ip netns exec web-7c7b9bdbc6-fdhkb sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-fdhkb addr add 10.22.0.7/16 brd 10.22.255.255 dev eth0
ip -n web-7c7b9bdbc6-fdhkb link set eth0 up
ip -n web-7c7b9bdbc6-fdhkb route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-c715e884a5c9f3336070feb6
iptables -t nat -A CNI-c715e884a5c9f3336070feb6 -d 10.22.0.7/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "c05c193c9e87a8ac3d910291bcd81d275477acf882665d6c814a6efe1c56827c"'
iptables -t nat -A CNI-c715e884a5c9f3336070feb6 ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "c05c193c9e87a8ac3d910291bcd81d275477acf882665d6c814a6efe1c56827c"'
iptables -t nat -A POSTROUTING -s 10.22.0.7 -j CNI-c715e884a5c9f3336070feb6 -m comment --comment 'name: "my-network" id: "c05c193c9e87a8ac3d910291bcd81d275477acf882665d6c814a6efe1c56827c"'
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
iptables -t nat -N KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.5:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.6:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.7:80' -j KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -s 10.22.0.5 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-M7GP6KGZLLN4O5CJ -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.5:80
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -s 10.22.0.6 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.6:80
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -s 10.22.0.7 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.7:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip -n web-6fd4dbcf9d-mh4rx link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.5 -j CNI-4b3ec66768c1928ea74b3baf -m comment --comment 'name: "my-network" id: "44ca84439509a02fbd6f70a4550867b60ed1813c1e5fbd947967182608cf877f"'
iptables -t nat -F CNI-4b3ec66768c1928ea74b3baf
iptables -t nat -X CNI-4b3ec66768c1928ea74b3baf
ip netns del web-6fd4dbcf9d-mh4rx
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
iptables -t nat -F KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -F KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -F KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.6:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.7:80' -j KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -s 10.22.0.6 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.6:80
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -s 10.22.0.7 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.7:80
iptables -t nat -X KUBE-SEP-M7GP6KGZLLN4O5CJ
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns add web-7c7b9bdbc6-v5rdn
ip -n web-7c7b9bdbc6-v5rdn link set lo up
ip -n web-7c7b9bdbc6-v5rdn link add eth0 address 0a:0c:96:67:d2:c8 type veth peer name veth8b314179 address 92:62:15:d0:f5:9e netns 1
ip link set veth8b314179 up
ip link set veth8b314179 master cni0
bridge link set dev veth8b314179 hairpin off
ip netns exec web-7c7b9bdbc6-v5rdn sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-v5rdn addr add 10.22.0.8/16 brd 10.22.255.255 dev eth0
ip -n web-7c7b9bdbc6-v5rdn link set eth0 up
ip -n web-7c7b9bdbc6-v5rdn route add default via 10.22.0.1 dev eth0
iptables -t nat -N CNI-2d70ce1980e29165189b3d2c
iptables -t nat -A CNI-2d70ce1980e29165189b3d2c -d 10.22.0.8/16 -j ACCEPT -m comment --comment 'name: "my-network" id: "89a32913a76e7b573e2c4dbcb4bfc8e6c75850393cd4749f1ea8641385b84d92"'
iptables -t nat -A CNI-2d70ce1980e29165189b3d2c ! -d 224.0.0.0/4 -j MASQUERADE -m comment --comment 'name: "my-network" id: "89a32913a76e7b573e2c4dbcb4bfc8e6c75850393cd4749f1ea8641385b84d92"'
iptables -t nat -A POSTROUTING -s 10.22.0.8 -j CNI-2d70ce1980e29165189b3d2c -m comment --comment 'name: "my-network" id: "89a32913a76e7b573e2c4dbcb4bfc8e6c75850393cd4749f1ea8641385b84d92"'
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
iptables -t nat -F KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -F KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -N KUBE-SEP-56E72XGYS25V767W
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.6:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.7:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.8:80' -j KUBE-SEP-56E72XGYS25V767W
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -s 10.22.0.6 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-GGBLXKSLREJ7NMNT -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.6:80
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -s 10.22.0.7 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.7:80
iptables -t nat -A KUBE-SEP-56E72XGYS25V767W -m comment --comment default/web -s 10.22.0.8 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-56E72XGYS25V767W -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.8:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip -n web-6fd4dbcf9d-5ts9t link del eth0
iptables -t nat -D POSTROUTING -s 10.22.0.6 -j CNI-89ef5641fbdee464539f24dd -m comment --comment 'name: "my-network" id: "0746a78d325b377c57a1760782804c0e9202fd86477e25504aed5469f4214792"'
iptables -t nat -F CNI-89ef5641fbdee464539f24dd
iptables -t nat -X CNI-89ef5641fbdee464539f24dd
ip netns del web-6fd4dbcf9d-5ts9t
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
iptables -t nat -F KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -F KUBE-SEP-56E72XGYS25V767W
iptables -t nat -F KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.106.53.214 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.7:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-YJKJLMVZODVFOV7A
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.8:80' -j KUBE-SEP-56E72XGYS25V767W
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -s 10.22.0.7 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-YJKJLMVZODVFOV7A -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.7:80
iptables -t nat -A KUBE-SEP-56E72XGYS25V767W -m comment --comment default/web -s 10.22.0.8 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-56E72XGYS25V767W -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.8:80
iptables -t nat -X KUBE-SEP-GGBLXKSLREJ7NMNT
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# process: nginx in revision 1's new Pods
ip netns exec web-7c7b9bdbc6-fdhkb nc -lk 80 > /dev/null &
ip netns exec web-7c7b9bdbc6-v5rdn nc -lk 80 > /dev/null &
# kubectl$ kubectl rollout history deployment/web
# kubectl$ kubectl get deploy web
# kubectl$ kubectl get endpoints web
iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl exec client -- nc -z -v -w 2 10.106.53.214 80
ip netns exec client nc -z -v -w 2 10.106.53.214 80
# kubectl$ kubectl get pods
