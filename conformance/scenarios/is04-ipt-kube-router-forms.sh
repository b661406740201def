# The iptables forms kube-router v2.11.1's NetworkPolicy controller writes: -p TCP in capitals (as
# the API's protocol), the implicit tcp match after the set matches, the ICMP types it lets through,
# MARK --set-mark 0/0x10000 (shown as --set-xmark), REJECT with its default, physdev and addrtype.
ipset create KUBE-DST-X hash:ip timeout 0
ipset create KUBE-SRC-Y hash:ip timeout 0
iptables -N KUBE-NWPLCY-Z
iptables -A KUBE-NWPLCY-Z -m comment --comment "default/allow-frontend ingress pods" -m set --match-set KUBE-SRC-Y src -m set --match-set KUBE-DST-X dst -p TCP --dport 8080 -j MARK --set-xmark 0x10000/0x10000
iptables -A KUBE-NWPLCY-Z -m comment --comment "default/allow-frontend ingress pods" -m set --match-set KUBE-SRC-Y src -m set --match-set KUBE-DST-X dst -p TCP --dport 8080 -m mark --mark 0x10000/0x10000 -j RETURN
iptables -A KUBE-NWPLCY-Z -p UDP --dport 53:60 -j RETURN
iptables -A KUBE-NWPLCY-Z -m comment --comment "rule to drop invalid state for pod" -m conntrack --ctstate INVALID -j DROP
iptables -A KUBE-NWPLCY-Z -m comment --comment "allow icmp echo requests" -p icmp --icmp-type echo-request -j ACCEPT
iptables -A KUBE-NWPLCY-Z -m comment --comment "allow icmp destination unreachable messages" -p icmp --icmp-type destination-unreachable -j ACCEPT
iptables -A KUBE-NWPLCY-Z -m comment --comment "allow icmp time exceeded messages" -p icmp --icmp-type time-exceeded -j ACCEPT
iptables -A KUBE-NWPLCY-Z -m comment --comment "from local node" -m addrtype --src-type LOCAL -d 10.22.0.2 -j ACCEPT
iptables -A KUBE-NWPLCY-Z -m physdev --physdev-is-bridged -m comment --comment "default/web in" -d 10.22.0.2 -j ACCEPT
iptables -A KUBE-NWPLCY-Z -m comment --comment "default/web reject" -m mark ! --mark 0x10000/0x10000 -j REJECT
iptables -A KUBE-NWPLCY-Z -j MARK --set-mark 0/0x10000
iptables -A KUBE-NWPLCY-Z -m comment --comment "kube-router netpol - 4IA2OSFRMVNDXBVV" -j RETURN
iptables -S KUBE-NWPLCY-Z
iptables -L KUBE-NWPLCY-Z -n
