# Where "!" may stand: before invertible options only, once, and followed by something; each misuse has its own error.
iptables -L INPUT ! -n
iptables -L INPUT ! -v
iptables ! -A INPUT -j DROP
iptables -A INPUT ! -j DROP
iptables -A INPUT ! -g DROP
iptables ! -t nat -S
iptables -A INPUT ! -m comment --comment x
iptables -A INPUT ! ! -s 1.2.3.4
iptables -A INPUT -s 1.2.3.4 !
iptables -A INPUT -m comment ! --comment x
iptables -A INPUT -p tcp -m tcp ! --syn
iptables -A INPUT -j LOG ! --log-prefix x
iptables -t nat -A POSTROUTING -j SNAT ! --to-source 1.2.3.4
iptables -A INPUT -p icmp ! --icmp-type 8
iptables -A INPUT -m conntrack ! --ctstate NEW
iptables -A INPUT -m addrtype ! --src-type LOCAL
iptables -A INPUT -L
iptables -L INPUT ! --line-numbers
iptables -L INPUT ! -x
iptables -L INPUT ! -nv
iptables -A INPUT -m statistic ! --mode random --probability 0.5
iptables -A INPUT -j REJECT ! --reject-with tcp-reset
iptables -t nat -A POSTROUTING -p tcp -j MASQUERADE ! --to-ports 5
iptables -t nat -A PREROUTING -p tcp -j REDIRECT ! --to-ports 5
iptables -t nat -A PREROUTING -p tcp -j DNAT ! --to-destination 1.2.3.4
iptables -t mangle -A INPUT -j MARK ! --set-mark 1
iptables -t mangle -A INPUT -j MARK ! --set-xmark 1
iptables -A INPUT ! --jump DROP
iptables -A INPUT ! --goto DROP
iptables -A INPUT !
iptables ! -S
iptables -S
