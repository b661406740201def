# iptables -D finds a rule as iptables-nft compares it with the rules it decodes from the kernel:
# option order, an implied -m tcp, service names and address spelling do not matter; match order,
# an explicit empty -m tcp, wildcards, inversion and a missing target do.
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -D INPUT -p tcp -m tcp --dport 22 -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 22 -m comment --comment c -j ACCEPT
iptables -D INPUT -p tcp -m comment --comment c --dport 22 -j ACCEPT
iptables -D INPUT -p tcp --dport 22 -m comment --comment c -j ACCEPT
iptables -A INPUT -s 10.0.0.1 -d 10.0.0.2 -j DROP
iptables -D INPUT -d 10.0.0.2 -s 10.0.0.1/32 -j DROP
iptables -A INPUT -s 10.0.0.1/24 -j DROP
iptables -D INPUT -s 10.0.0.0/24 -j DROP
iptables -A INPUT -m conntrack --ctstate NEW,ESTABLISHED -j ACCEPT
iptables -D INPUT -m conntrack --ctstate ESTABLISHED,NEW -j ACCEPT
iptables -A INPUT -p tcp -j ACCEPT
iptables -D INPUT -p 6 -j ACCEPT
iptables -A INPUT -p tcp -m tcp -j ACCEPT
iptables -D INPUT -p tcp -j ACCEPT
iptables -A INPUT -p tcp -j ACCEPT
iptables -D INPUT -p tcp -m tcp -j ACCEPT
iptables -S INPUT
iptables -F INPUT
iptables -A INPUT -m comment --comment a -m comment --comment b -j ACCEPT
iptables -D INPUT -m comment --comment b -m comment --comment a -j ACCEPT
iptables -A INPUT -j LOG --log-prefix x
iptables -D INPUT -j LOG
iptables -A INPUT -j REJECT
iptables -D INPUT -j REJECT --reject-with icmp-port-unreachable
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -D INPUT -p tcp --dport ssh -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -D INPUT -p tcp --dport 22:22 -j ACCEPT
iptables -A INPUT -i eth0+ -j ACCEPT
iptables -D INPUT -i eth0 -j ACCEPT
iptables -A INPUT -m state --state NEW -j ACCEPT
iptables -D INPUT -m conntrack --ctstate NEW -j ACCEPT
iptables -A INPUT -p tcp -m multiport --dports 22,80 -j ACCEPT
iptables -D INPUT -p tcp -m multiport --dports 80,22 -j ACCEPT
iptables -S INPUT
iptables -F INPUT
iptables -A INPUT -p tcp --syn -j ACCEPT
iptables -D INPUT -p tcp --tcp-flags FIN,SYN,RST,ACK SYN -j ACCEPT
iptables -A INPUT -p tcp --sport 1 --dport 2 -j ACCEPT
iptables -D INPUT -p tcp --dport 2 --sport 1 -j ACCEPT
iptables -A INPUT -p tcp --dport 22 -m comment --comment x -j ACCEPT
iptables -D INPUT -p tcp -m comment --comment x --dport 22 -j ACCEPT
iptables -t mangle -A INPUT -j MARK --set-mark 1
iptables -t mangle -D INPUT -j MARK --set-xmark 1/0xffffffff
iptables -A INPUT -p tcp --dport 22
iptables -D INPUT -p tcp --dport 22 -j ACCEPT
iptables -A INPUT -p udp --dport 53 -m comment --comment x -j ACCEPT
iptables -D INPUT -m comment --comment x -p udp --dport 53 -j ACCEPT
iptables -A INPUT -m addrtype --src-type LOCAL --dst-type LOCAL -j ACCEPT
iptables -D INPUT -m addrtype --dst-type LOCAL --src-type LOCAL -j ACCEPT
iptables -A INPUT -m mark --mark 1 -j ACCEPT
iptables -D INPUT -m mark --mark 0x1/0xffffffff -j ACCEPT
iptables -A INPUT -p icmp --icmp-type 8 -j ACCEPT
iptables -D INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -p tcp -m tcp --dport 22 -m tcp --sport 1 -j ACCEPT
iptables -D INPUT -p tcp --sport 1 --dport 22 -j ACCEPT
iptables -A INPUT ! -s 10.0.0.1 -j DROP
iptables -D INPUT -s 10.0.0.1 -j DROP
iptables -A INPUT -p tcp ! --dport 22 -j DROP
iptables -D INPUT -p tcp --dport 22 -j DROP
iptables -A INPUT -m physdev --physdev-in a --physdev-is-bridged -j ACCEPT
iptables -D INPUT -m physdev --physdev-is-bridged --physdev-in a -j ACCEPT
iptables -A INPUT -j DROP
iptables -D INPUT -j DROP -m comment --comment z
iptables -A INPUT -j DROP
iptables -D INPUT -j DROP
iptables -D INPUT -j DROP
iptables -S
iptables -t mangle -S
