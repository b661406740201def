# iptables forms from tutorials: --to as getopt's abbreviation of --to-destination, iptables-save
# (every table nf_tables has, in its order; -t a table even before it exists), -D by rule spec and
# number, and a local ping that a --ctstate INVALID DROP rule must let through (over lo the packet
# keeps the connection it was tracked as).
iptables -P FORWARD DROP
iptables -A FORWARD -i br0 -o eth0 -j ACCEPT
iptables -A FORWARD -m state --state RELATED,ESTABLISHED -j ACCEPT
iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -A INPUT -s 10.0.0.0/8 -p tcp -m multiport --dports 22,80,443 -j ACCEPT
iptables -A INPUT -j LOG --log-prefix "IN: "
iptables -I INPUT 2 -p udp --dport 53 -j ACCEPT
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
iptables -t nat -A DOCKER -p tcp --dport 8080 -j DNAT --to 172.17.0.2:80
iptables -t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
iptables-save
iptables-save -t nat
iptables -L -n -v --line-numbers
iptables -t nat -L -n -v --line-numbers
iptables -t nat -S DOCKER
iptables -D INPUT -j LOG --log-prefix "IN: "
iptables -D INPUT 2
iptables -C INPUT -p icmp --icmp-type echo-request -j ACCEPT
iptables -F
iptables -t nat -F
iptables -t nat -X DOCKER
iptables -X
iptables -S
iptables -A INPUT -p tcp --dport 22 -j REJECT --reject-with tcp-reset
iptables -A INPUT -m conntrack --ctstate INVALID -j DROP
iptables -A OUTPUT -o lo -j ACCEPT
iptables -nL
iptables -L
iptables-save
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t mangle -N X
iptables-save
iptables-save -t nat
iptables-save -t raw
iptables-save -t filter
ping -c 1 127.0.0.1
iptables -nvL INPUT
