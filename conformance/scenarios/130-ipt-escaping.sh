# How iptables -S escapes free text (xtables_save_string: comments, log prefixes) and prints interface
# names as they are; -L shows both raw. A hostile comment stays a comment (no target, no ACCEPT).
iptables -A INPUT -m comment --comment 'a"b' -j ACCEPT
iptables -A INPUT -m comment --comment 'a\' -j ACCEPT
iptables -A INPUT -m comment --comment "it's" -j ACCEPT
iptables -A INPUT -m comment --comment 'a.b:c/d' -j ACCEPT
iptables -A INPUT -m comment --comment 'plain_word-1' -j ACCEPT
iptables -A INPUT -m comment --comment 'a b' -j ACCEPT
iptables -A INPUT -m comment --comment 'a$b`c' -j ACCEPT
iptables -A INPUT -m comment --comment '' -j ACCEPT
iptables -A INPUT -m comment --comment 'note" -j ACCEPT -m comment --comment "x'
iptables -A INPUT -j LOG --log-prefix 'p"q\'
iptables -A INPUT -j LOG --log-prefix abc
iptables -A INPUT -j LOG --log-prefix 'a.b '
iptables -A INPUT -i 'a;b' -j ACCEPT
iptables -A INPUT -i 'a"b' -o 'x$y' -j ACCEPT
iptables -A FORWARD -i 'a b' -j DROP
iptables -A FORWARD -o 'c/d+' -j DROP
iptables -A FORWARD -i abcdefghijklmnop -j DROP
iptables -A FORWARD -i abcdefghijklmno -j DROP
iptables -A FORWARD -m physdev --physdev-in 'p q' -j DROP
iptables -S
iptables -L INPUT -n
iptables -L -v -n
iptables -D INPUT -m comment --comment 'note" -j ACCEPT -m comment --comment "x'
iptables -D INPUT -m comment --comment 'a"b' -j ACCEPT
iptables -D INPUT -i 'a;b' -j ACCEPT
iptables -S INPUT
