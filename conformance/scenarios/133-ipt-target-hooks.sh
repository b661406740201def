# Targets bound to a table and hooks (REJECT: filter; MASQUERADE, SNAT, DNAT, REDIRECT: nat and
# their hooks), checked when the rule is made and again for every built-in chain that reaches it
# through user chains; DROP in the nat table; physdev-out in OUTPUT.
iptables -t nat -A PREROUTING -j MASQUERADE
iptables -t nat -A POSTROUTING -p tcp -j DNAT --to-destination 192.0.2.4
iptables -t nat -A INPUT -j SNAT --to-source 192.0.2.4
iptables -t nat -A PREROUTING -j SNAT --to-source 192.0.2.4
iptables -t nat -A OUTPUT -j SNAT --to-source 192.0.2.4
iptables -t nat -A INPUT -p tcp -j DNAT --to-destination 192.0.2.4
iptables -t nat -A OUTPUT -j REDIRECT
iptables -t nat -A INPUT -j REDIRECT
iptables -t nat -A POSTROUTING -j REDIRECT
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t nat -I POSTROUTING -j REDIRECT
iptables -t nat -R POSTROUTING 1 -j REDIRECT
iptables -t nat -D POSTROUTING -j REDIRECT
iptables -D INPUT -j MASQUERADE
iptables -A INPUT -j MASQUERADE
iptables -I INPUT -j MASQUERADE
iptables -A INPUT -p udp -j REJECT --reject-with tcp-reset
iptables -A INPUT ! -p tcp -j REJECT --reject-with tcp-reset
iptables -A INPUT -p tcp -j REJECT --reject-with tcp-reset
iptables -t nat -N M
iptables -t nat -A M -j MASQUERADE
iptables -t nat -A PREROUTING -j M
iptables -t nat -A POSTROUTING -j M
iptables -t nat -N D
iptables -t nat -A PREROUTING -j D
iptables -t nat -A D -j MASQUERADE
iptables -t nat -N Y
iptables -t nat -A Y -p tcp -j DNAT --to-destination 192.0.2.4
iptables -t nat -A OUTPUT -j Y
iptables -t nat -A Y -j MASQUERADE
iptables -t nat -A X -j DROP
iptables -t nat -N X
iptables -t nat -A X -j DROP
iptables -t nat -P INPUT DROP
iptables -t nat -D X -j DROP
iptables -t nat -A X -j REJECT
iptables -t nat -S
iptables -t mangle -A PREROUTING -j REJECT
iptables -t mangle -A INPUT -j REJECT
iptables -t mangle -A POSTROUTING -j REJECT
iptables -t raw -A OUTPUT -j REJECT
iptables -t mangle -N R
iptables -t mangle -A R -j REJECT
iptables -t raw -A PREROUTING -j MARK --set-mark 1
iptables -t raw -A OUTPUT -j LOG
iptables -N R
iptables -A R -j REJECT
iptables -A INPUT -j R
iptables -N O
iptables -A O -o eth0 -j DROP
iptables -A INPUT -j O
iptables -A INPUT -m physdev --physdev-out x -j DROP
iptables -A OUTPUT -m physdev --physdev-is-out -j DROP
iptables -A OUTPUT -m physdev --physdev-out x -j DROP
iptables -A OUTPUT -m physdev --physdev-out x --physdev-is-bridged -j DROP
iptables -A OUTPUT -m physdev --physdev-out x ! --physdev-is-bridged -j DROP
iptables -N P
iptables -A P -m physdev --physdev-out x -j DROP
iptables -A OUTPUT -j P
iptables -S
iptables -t mangle -S
iptables -t raw -S
