# iptables syntax, listings (-L -n -v -x --line-numbers, -S) and iptables' own errors, in the filter and nat tables.
iptables -L
iptables -L -n
iptables -L -n -v
iptables -S
iptables -t nat -S
iptables -A INPUT -s 10.0.0.0/8 -i eth0 -p icmp -j ACCEPT
iptables -A INPUT ! -s 10.1.0.0/16 -o lo -p tcp --dport 80 -j DROP
iptables -N MYCHAIN
iptables -A FORWARD -j MYCHAIN
iptables -A MYCHAIN -d 192.168.1.1 -j RETURN
iptables -I INPUT 1 -p udp --sport 53 -j REJECT
iptables -P FORWARD DROP
iptables -L -n -v
iptables -L -n --line-numbers
iptables -L
iptables -S
iptables -L INPUT -n -v -x
iptables -t nat -A POSTROUTING -s 10.3.0.0/24 ! -o br0 -j MASQUERADE
iptables -t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
iptables -t nat -A POSTROUTING -o eth0 -j SNAT --to-source 1.2.3.4
iptables -t nat -L -n -v
iptables -t nat -L
iptables -t nat -S
iptables -D INPUT 1
iptables -D INPUT -s 10.0.0.0/8 -i eth0 -p icmp -j ACCEPT
iptables -L INPUT -n
iptables -X MYCHAIN
iptables -F MYCHAIN
iptables -X MYCHAIN
iptables -F
iptables -X MYCHAIN
iptables -S
iptables -A NOPE -j ACCEPT
iptables -A INPUT -j NOPE
iptables -A INPUT -s 10.0.0.300 -j ACCEPT
iptables -A INPUT -p foo -j ACCEPT
iptables -Z
iptables -L FORWARD -v -n
conntrack -L
conntrack -F
