# An optional rule number or chain is the next word unless it starts with "-" or "!" (xs_has_arg).
iptables -A INPUT -p tcp ! -d 10.0.0.9
iptables -D INPUT ! -d 10.0.0.9/32 -p tcp
iptables -I INPUT ! -s 1.2.3.4 -j DROP
iptables -L INPUT ! -n
iptables -S
