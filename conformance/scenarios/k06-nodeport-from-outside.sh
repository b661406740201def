# A NodePort Service (kube-proxy v1.35, iptables mode): from outside the cluster, the node's
# address and the NodePort reach the Pod: KUBE-SERVICES' last rule (destination a local address)
# jumps to KUBE-NODEPORTS, whose rule for the port jumps to KUBE-EXT-…, which marks the packet
# for masquerade and goes on to KUBE-SVC-… → KUBE-SEP-… → DNAT. KUBE-FORWARD accepts the marked
# packet, and KUBE-POSTROUTING masquerades it (--random-fully), so the Pod sees the node's cni0
# address, not the client's. The ClusterIP is not reachable from outside (no route there).
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
ip route add default via 198.51.100.1
# kubectl$ kubectl run web --image=nginx --labels=app=web
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
# kubectl$ kubectl expose pod web --port=80 --name=web --type=NodePort
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
iptables -t nat -N KUBE-EXT-LOLE4ISW44XBNF3G
iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -N KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-NODEPORTS -m comment --comment default/web -m tcp -p tcp --dport 30641 -j KUBE-EXT-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.98.97.236 --dport 80 ! -s 10.22.0.0/16 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -m comment --comment 'masquerade traffic for default/web external destinations' -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-EXT-LOLE4ISW44XBNF3G -j KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.22.0.2:80' -j KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -s 10.22.0.2 -j KUBE-MARK-MASQ
iptables -t nat -A KUBE-SEP-3STA5DO4OXJPSMRL -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:80
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get svc -o wide
# The host's IGMPv3 reports for cni0 leave at a random delay within about two seconds of its address
# and cross nat POSTROUTING; once they are out, the counters are zeroed, so they count the probes only.
sleep 3
iptables -t nat -Z
ip netns exec outside nc -z -v -w 2 198.51.100.2 30641
ip netns exec outside nc -z -v -w 2 198.51.100.2 30642
iptables -t nat -L KUBE-NODEPORTS -n -v
iptables -t nat -L KUBE-EXT-LOLE4ISW44XBNF3G -n -v
iptables -t nat -L KUBE-POSTROUTING -n -v
iptables -L KUBE-FORWARD -n
# kubectl$ kubectl delete svc web
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
iptables -t nat -F KUBE-EXT-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
iptables -t nat -X KUBE-SVC-LOLE4ISW44XBNF3G
iptables -t nat -X KUBE-SEP-3STA5DO4OXJPSMRL
iptables -t nat -X KUBE-EXT-LOLE4ISW44XBNF3G
iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
iptables -t nat -S
ip netns exec outside nc -z -v -w 2 198.51.100.2 30641
