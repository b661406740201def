# Two nodes with flannel's host-gw backend (/etc/kube-flannel/net-conf.json): no overlay, each
# node routes the other's Pod subnet via the other node's address on the underlay, so a Pod's packet
# crosses with its own addresses (ttl 62). A Deployment of two replicas puts one Pod on each node
# (the emptiest node first); re-applied with three it adds one (on node1: both have one, node1 is
# first by name). The Service's KUBE-SVC chain on every node splits over the three endpoints
# (probabilities 1/3, 1/2), whichever node they are on; every connection succeeds, from either
# node. Scaled to one, the ReplicaSet deletes node1's newest Pod first (node1 had two).
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
ip netns add web-7c7b9bdbc6-9zsgx
ip -n web-7c7b9bdbc6-9zsgx link set lo up
ip -n node1 link add cni0 mtu 1500 type bridge
ip -n node1 link set cni0 up
ip -n web-7c7b9bdbc6-9zsgx link add eth0 mtu 1500 address 86:2e:e8:52:3f:2b type veth peer name veth72d56947 mtu 1500 address ce:26:3b:e5:97:0b netns node1
ip -n node1 link set veth72d56947 up
ip -n node1 link set veth72d56947 master cni0
bridge -n node1 link set dev veth72d56947 hairpin on
ip netns exec web-7c7b9bdbc6-9zsgx sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-9zsgx addr add 10.244.0.2/24 brd 10.244.0.255 dev eth0
ip -n web-7c7b9bdbc6-9zsgx link set eth0 up
ip -n web-7c7b9bdbc6-9zsgx route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n web-7c7b9bdbc6-9zsgx route add default via 10.244.0.1 dev eth0
ip -n node1 addr add 10.244.0.1/24 brd 10.244.0.255 dev cni0
ip -n node1 link set cni0 address ce:26:3b:e5:97:0b
ip netns add web-7c7b9bdbc6-kz2mj
ip -n web-7c7b9bdbc6-kz2mj link set lo up
ip -n node2 link add cni0 mtu 1500 type bridge
ip -n node2 link set cni0 up
ip -n web-7c7b9bdbc6-kz2mj link add eth0 mtu 1500 address 3a:1a:7b:f7:c6:a8 type veth peer name veth584989f5 mtu 1500 address 82:cf:e8:bc:6f:42 netns node2
ip -n node2 link set veth584989f5 up
ip -n node2 link set veth584989f5 master cni0
bridge -n node2 link set dev veth584989f5 hairpin on
ip netns exec web-7c7b9bdbc6-kz2mj sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-kz2mj addr add 10.244.1.2/24 brd 10.244.1.255 dev eth0
ip -n web-7c7b9bdbc6-kz2mj link set eth0 up
ip -n web-7c7b9bdbc6-kz2mj route add 10.244.0.0/16 via 10.244.1.1 dev eth0
ip -n web-7c7b9bdbc6-kz2mj route add default via 10.244.1.1 dev eth0
ip -n node2 addr add 10.244.1.1/24 brd 10.244.1.255 dev cni0
ip -n node2 link set cni0 address 82:cf:e8:bc:6f:42
# process: nginx in the two Pods
ip netns exec web-7c7b9bdbc6-9zsgx nc -lk 80 > /dev/null &
ip netns exec web-7c7b9bdbc6-kz2mj nc -lk 80 > /dev/null &
# kubectl$ kubectl get deploy
# kubectl$ kubectl get pods -o wide
ip -n node1 route
ip -n node2 route
ip netns exec web-7c7b9bdbc6-9zsgx ping -c 1 10.244.1.2
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: apps/v1
# kubectl> kind: Deployment
# kubectl> metadata:
# kubectl>   name: web
# kubectl> spec:
# kubectl>   replicas: 3
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
ip netns add web-7c7b9bdbc6-wbsbf
ip -n web-7c7b9bdbc6-wbsbf link set lo up
ip -n web-7c7b9bdbc6-wbsbf link add eth0 mtu 1500 address f6:d7:34:a2:9b:02 type veth peer name veth346f84a2 mtu 1500 address 0e:35:5d:35:cf:7f netns node1
ip -n node1 link set veth346f84a2 up
ip -n node1 link set veth346f84a2 master cni0
bridge -n node1 link set dev veth346f84a2 hairpin on
ip netns exec web-7c7b9bdbc6-wbsbf sysctl -qw net.ipv4.conf.eth0.arp_notify=1
ip -n web-7c7b9bdbc6-wbsbf addr add 10.244.0.3/24 brd 10.244.0.255 dev eth0
ip -n web-7c7b9bdbc6-wbsbf link set eth0 up
ip -n web-7c7b9bdbc6-wbsbf route add 10.244.0.0/16 via 10.244.0.1 dev eth0
ip -n web-7c7b9bdbc6-wbsbf route add default via 10.244.0.1 dev eth0
# process: nginx in the new Pod
ip netns exec web-7c7b9bdbc6-wbsbf nc -lk 80 > /dev/null &
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl expose deployment web --port=80
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
ip netns exec node1 iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -N KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -N KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node1 iptables -t nat -N KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.3:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node1 iptables -t nat -A KUBE-SEP-VPJCWIHGOZWNRC6B -m comment --comment default/web -s 10.244.0.3 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-VPJCWIHGOZWNRC6B -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.3:80
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
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
ip netns exec node2 iptables -t nat -N KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -N KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -N KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node2 iptables -t nat -N KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -m statistic --mode random --probability 0.3333333333 -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.3:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node2 iptables -t nat -A KUBE-SEP-VPJCWIHGOZWNRC6B -m comment --comment default/web -s 10.244.0.3 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-VPJCWIHGOZWNRC6B -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.3:80
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get endpoints web
# kubectl$ kubectl get svc web
ip netns exec node2 iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
# kubectl$ kubectl exec web-7c7b9bdbc6-kz2mj -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-kz2mj nc -z -w 2 10.107.27.94 80
# kubectl$ kubectl exec web-7c7b9bdbc6-kz2mj -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-kz2mj nc -z -w 2 10.107.27.94 80
# kubectl$ kubectl exec web-7c7b9bdbc6-kz2mj -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-kz2mj nc -z -w 2 10.107.27.94 80
# kubectl$ kubectl exec web-7c7b9bdbc6-9zsgx -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-9zsgx nc -z -w 2 10.107.27.94 80
# kubectl$ kubectl exec web-7c7b9bdbc6-9zsgx -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-9zsgx nc -z -w 2 10.107.27.94 80
# kubectl$ kubectl exec web-7c7b9bdbc6-9zsgx -- nc -z -w 2 10.107.27.94 80
ip netns exec web-7c7b9bdbc6-9zsgx nc -z -w 2 10.107.27.94 80
ip netns exec node1 iptables -t nat -L KUBE-SERVICES -n -v
ip netns exec node2 iptables -t nat -L KUBE-SERVICES -n -v
# kubectl$ kubectl apply -f - <<'EOF'
# kubectl> apiVersion: apps/v1
# kubectl> kind: Deployment
# kubectl> metadata:
# kubectl>   name: web
# kubectl> spec:
# kubectl>   replicas: 1
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
ip -n web-7c7b9bdbc6-wbsbf link del eth0
ip netns del web-7c7b9bdbc6-wbsbf
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
ip netns exec node1 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -F KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -F KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
ip netns exec node1 iptables -t nat -X KUBE-SEP-VPJCWIHGOZWNRC6B
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
ip netns exec node2 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -F KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -F KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.0.2:80' -m statistic --mode random --probability 0.5000000000 -j KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -s 10.244.0.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-NRFUO7XKMWLPJJAE -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.0.2:80
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
ip netns exec node2 iptables -t nat -X KUBE-SEP-VPJCWIHGOZWNRC6B
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip -n web-7c7b9bdbc6-9zsgx link del eth0
ip netns del web-7c7b9bdbc6-9zsgx
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
ip netns exec node1 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -F KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
ip netns exec node1 iptables -t nat -X KUBE-SEP-NRFUO7XKMWLPJJAE
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
ip netns exec node2 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -F KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web cluster IP' -m tcp -p tcp -d 10.107.27.94 --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment 'default/web -> 10.244.1.2:80' -j KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -s 10.244.1.2 -j KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -A KUBE-SEP-MQ4W7Q2CV67URU6Q -m comment --comment default/web -m tcp -p tcp -j DNAT --to-destination 10.244.1.2:80
ip netns exec node2 iptables -t nat -X KUBE-SEP-NRFUO7XKMWLPJJAE
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get deploy web
# kubectl$ kubectl get pods -o wide
# kubectl$ kubectl get endpoints web
ip netns exec node1 iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
# kubectl$ kubectl delete deploy web
ip -n web-7c7b9bdbc6-kz2mj link del eth0
ip netns del web-7c7b9bdbc6-kz2mj
ip netns exec node1 iptables -t filter -F KUBE-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node1 iptables -t filter -F KUBE-FORWARD
ip netns exec node1 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node1 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node1 iptables -t filter -A KUBE-SERVICES -m comment --comment 'default/web has no endpoints' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j REJECT
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node1 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node1 iptables -t nat -F KUBE-SERVICES
ip netns exec node1 iptables -t nat -F KUBE-NODEPORTS
ip netns exec node1 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node1 iptables -t nat -F KUBE-MARK-MASQ
ip netns exec node1 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node1 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node1 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node1 iptables -t nat -X KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node1 iptables -t nat -X KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node1 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -F KUBE-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-EXTERNAL-SERVICES
ip netns exec node2 iptables -t filter -F KUBE-FORWARD
ip netns exec node2 iptables -t filter -F KUBE-NODEPORTS
ip netns exec node2 iptables -t filter -F KUBE-PROXY-FIREWALL
ip netns exec node2 iptables -t filter -A KUBE-SERVICES -m comment --comment 'default/web has no endpoints' -m tcp -p tcp -d 10.107.27.94 --dport 80 -j REJECT
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding rules' -m mark --mark 0x004000/0x004000 -j ACCEPT
ip netns exec node2 iptables -t filter -A KUBE-FORWARD -m comment --comment 'kubernetes forwarding conntrack rule' -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec node2 iptables -t nat -F KUBE-SERVICES
ip netns exec node2 iptables -t nat -F KUBE-NODEPORTS
ip netns exec node2 iptables -t nat -F KUBE-POSTROUTING
ip netns exec node2 iptables -t nat -F KUBE-MARK-MASQ
ip netns exec node2 iptables -t nat -F KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -F KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
ip netns exec node2 iptables -t nat -A KUBE-POSTROUTING -m comment --comment 'kubernetes service traffic requiring SNAT' -j MASQUERADE --random-fully
ip netns exec node2 iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x004000
ip netns exec node2 iptables -t nat -X KUBE-SVC-LOLE4ISW44XBNF3G
ip netns exec node2 iptables -t nat -X KUBE-SEP-MQ4W7Q2CV67URU6Q
ip netns exec node2 iptables -t nat -A KUBE-SERVICES -m comment --comment 'kubernetes service nodeports; NOTE: this must be the last rule in this chain' -m addrtype --dst-type LOCAL ! -d 127.0.0.0/8 -j KUBE-NODEPORTS
# kubectl$ kubectl get pods
ip netns list
