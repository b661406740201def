# Rule numbers and missing chains or rules for -D, -I and -R; "+" as an interface (every interface).
iptables -A INPUT -j ACCEPT
iptables -D INPUT 5
iptables -D INPUT 0
iptables -I INPUT 5 -j DROP
iptables -I INPUT 2 -j DROP
iptables -R INPUT 5 -j DROP
iptables -R INPUT 0 -j DROP
iptables -D INPUT -j REJECT --reject-with tcp-reset
iptables -D NOPE -j DROP
iptables -D NOPE 1
iptables -A NOPE -j DROP
iptables -I NOPE -j DROP
iptables -R NOPE 1 -j DROP
iptables -A INPUT -i '' -j DROP
iptables -A INPUT -i + -j DROP
iptables -A INPUT ! -i + -j DROP
iptables -A INPUT -o + -j DROP
iptables -A FORWARD -m physdev --physdev-in + -j DROP
iptables -S
iptables -D INPUT -i + -j DROP
iptables -D INPUT -j DROP
iptables -A INPUT -j NOPE
iptables -D INPUT -j NOPE
iptables -D INPUT -j INPUT
iptables -D INPUT -j FORWARD
iptables -S
