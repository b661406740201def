# iptables -m set --match-set NAME src|dst: the packet's source or destination address looked up in
# an IP set, with "!" for not in it. The rules hold the set: it cannot be destroyed while they do
# ("References"), and `ipset swap` replaces a set's members under the rules at once (kube-router's
# restore builds a TMP- set and swaps it in). Also the forms kube-router's rules use: MARK
# --set-mark with a mask, NFLOG --nflog-group under -m limit, and -m multiport with addrtype.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b ipset create allowed hash:ip timeout 0
ip netns exec b iptables -A INPUT -p icmp -m set ! --match-set allowed src -j DROP
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b ipset add allowed 10.0.0.1 timeout 0
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -L INPUT -n -v
ip netns exec b ipset list allowed
ip netns exec b ipset destroy allowed
ip netns exec b ipset create TMP-NEXT hash:ip timeout 0
ip netns exec b ipset swap TMP-NEXT allowed
ip netns exec b ipset list -t
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b ipset create nets hash:net
ip netns exec b iptables -A INPUT -m set --match-set nosuch src -j ACCEPT
ip netns exec b iptables -A INPUT -m set --match-set nets -j ACCEPT
ip netns exec b iptables -A INPUT -m set --match-set nets source -j ACCEPT
ip netns exec b iptables -A INPUT -m set --match-set TMP-NEXT src -m set --match-set nets dst -p tcp --dport 8080 -j MARK --set-xmark 0x10000/0x10000
ip netns exec b iptables -A INPUT -m comment --comment "default/web log-drop" -m mark ! --mark 0x10000/0x10000 -j NFLOG --nflog-group 100 -m limit --limit 10/minute --limit-burst 10
ip netns exec b iptables -A INPUT -j MARK --set-mark 0/0x10000
ip netns exec b iptables -A INPUT -m comment --comment "set netpol-ok mark" -j MARK --set-mark 0x20000/0x20000
ip netns exec b iptables -A INPUT -p tcp -m comment --comment "allow LOCAL TCP traffic to node ports" -m addrtype --dst-type LOCAL -m multiport --dports 30000:32767 -j RETURN
ip netns exec b iptables -A INPUT -m limit -j ACCEPT
ip netns exec b iptables -S INPUT
ip netns exec b iptables -L INPUT -n
ip netns exec b iptables -L INPUT
ip netns exec b ipset list nets
ip netns exec b iptables -F INPUT
ip netns exec b ipset destroy
ip netns exec b ipset list
