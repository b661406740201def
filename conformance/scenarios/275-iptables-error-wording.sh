# iptables 1.8.9's wording: deleting a rule number past the end, an unknown ICMP type, and -S escaping of quotes in comments
ip netns add n
ip netns exec n iptables -A INPUT -p icmp --icmp-type echo-request -j ACCEPT
ip netns exec n iptables -D INPUT 2
ip netns exec n iptables -D INPUT 0
ip netns exec n iptables -D INPUT 1
ip netns exec n iptables -D INPUT 1
ip netns exec n iptables -D NOPE 1
ip netns exec n iptables -A INPUT -p icmp --icmp-type nosuch -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp --icmp-type 300 -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp --icmp-type 8/300 -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp --icmp-type 3/1 -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp --icmp-type host-unreachable -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp --icmp-type any -j ACCEPT
ip netns exec n iptables -A INPUT -p icmp ! --icmp-type 0 -j ACCEPT
ip netns exec n iptables -A INPUT -m comment --comment 'say "hi"' -j ACCEPT
ip netns exec n iptables -A INPUT -m comment --comment "it's" -j ACCEPT
ip netns exec n iptables -A INPUT -m comment --comment 'back\slash' -j ACCEPT
ip netns exec n iptables -A INPUT -m comment --comment 'two  spaces' -j ACCEPT
ip netns exec n iptables -S INPUT
ip netns exec n iptables -L INPUT -n
ip netns exec n iptables -R INPUT 9 -j DROP
ip netns exec n iptables -I INPUT 9 -j DROP
ip netns exec n iptables -I INPUT 8 -j DROP
ip netns exec n iptables -D INPUT 9
ip netns exec n iptables -S INPUT
