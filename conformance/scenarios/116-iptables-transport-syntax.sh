# iptables syntax for TCP/UDP matches, -m physdev and NAT ports: what -S and -L print, and iptables' errors.
iptables -A FORWARD -m physdev --physdev-in veth1 --physdev-out veth2 -j ACCEPT
iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT
iptables -A FORWARD -m physdev ! --physdev-is-in -m physdev ! --physdev-in veth+ -j DROP
iptables -A FORWARD -m physdev --physdev-is-out --physdev-is-bridged
iptables -A FORWARD -m physdev
iptables -S FORWARD
iptables -L FORWARD -n
iptables -A INPUT -p tcp --tcp-flags SYN,ACK SYN
iptables -A INPUT -p tcp --syn
iptables -A INPUT -p tcp ! --dport 22:80 -m tcp ! --sport 1024
iptables -A INPUT -p udp --sport 53
iptables -A INPUT -p udp -m udp --dport domain
iptables -A INPUT --dport 80
iptables -A INPUT -p tcp --dport abc
iptables -A INPUT -p tcp --dport 70000
iptables -A INPUT -p tcp -m multiport --dports 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16
iptables -A INPUT -p icmp -m multiport --dports 1
iptables -A INPUT -m multiport --dports 1
iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-rst
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:99999
iptables -t nat -A PREROUTING -p tcp -j DNAT --to-destination 10.0.0.1:80-90
iptables -t nat -A PREROUTING -j DNAT --to-destination 10.0.0.1:80
iptables -t nat -A PREROUTING -p tcp -j REDIRECT --to-ports 0
iptables -S INPUT
iptables -L INPUT -n
iptables -L INPUT
iptables -t nat -S
