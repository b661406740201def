# MARK target and -m mark, -m statistic: how iptables-nft stores and lists them (-S and -L), user chains listed by name.
iptables -t nat -N KUBE-MARK-MASQ
iptables -t nat -A KUBE-MARK-MASQ -j MARK --or-mark 0x4000
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x4000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE
iptables -t nat -A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING
iptables -t nat -N KUBE-SVC
iptables -t nat -A KUBE-SVC -m statistic --mode random --probability 0.5000000000 -j RETURN
iptables -t nat -A KUBE-SVC -m statistic --mode random --probability 1 -j KUBE-MARK-MASQ
iptables -t mangle -A PREROUTING -j MARK --set-mark 7
iptables -t mangle -A PREROUTING -m mark --mark 7 -j MARK --set-xmark 0x10/0xff
iptables -t nat -S
iptables -t nat -L -n -v
iptables -t mangle -S
iptables -t mangle -L -n
