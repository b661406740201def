# The iptables forms kube-proxy writes: "-m tcp -p tcp" (the match before its protocol, kept where
# -m put it), MASQUERADE --random-fully, MARK --or-mark/--xor-mark with a zero-padded mark, a
# statistic probability of 1/3 (kept in 31 bits: 0.33333333349); `iptables -L` lists user chains
# by name, whatever order they were made in. A port deleted from a bridge whose MAC it had leaves
# the bridge's own FDB entry for that MAC (fdb_delete_local), so frames to it still go up.
iptables -t nat -N KUBE-SVC-X
iptables -t nat -N KUBE-SERVICES
iptables -t nat -N KUBE-POSTROUTING
iptables -t nat -A KUBE-SERVICES -m comment --comment "default/web cluster IP" -m tcp -p tcp -d 10.96.0.10 --dport 80 -j KUBE-SVC-X
iptables -t nat -A KUBE-POSTROUTING -m mark ! --mark 0x004000/0x004000 -j RETURN
iptables -t nat -A KUBE-POSTROUTING -j MARK --xor-mark 0x004000
iptables -t nat -A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully
iptables -t nat -A KUBE-SVC-X -m comment --comment "default/web -> 10.22.0.2:8080" -m statistic --mode random --probability 0.3333333333 -j RETURN
iptables -t nat -A KUBE-SVC-X -m comment --comment "default/web -> 10.22.0.2:8080" -m tcp -p tcp -j DNAT --to-destination 10.22.0.2:8080
iptables -t nat -A KUBE-SVC-X -m udp -p udp -j RETURN
iptables -t nat -S
iptables -t nat -L -n
iptables -t nat -L KUBE-POSTROUTING -n -v
iptables -N BBB
iptables -N AAA
iptables -N CCC
iptables -L -n
iptables -t nat -A KUBE-SVC-X -j RETURN --random-fully
ip link add br0 type bridge
ip link add v1 address 02:00:00:00:28:20 type veth peer name v1p address 02:00:00:00:28:21
ip link set v1 master br0
ip link add v0 address 02:00:00:00:28:10 type veth peer name v0p address 02:00:00:00:28:11
ip link set v0 master br0
ip link set br0 address 02:00:00:00:28:10
ip link set br0 up
ip link set v0 up
bridge fdb show br br0
ip link del v0
bridge fdb show br br0
ip addr add 192.0.2.1/24 dev br0
ip netns add h
ip link set v1p netns h
ip link set v1 up
ip -n h link set v1p up
ip -n h addr add 192.0.2.2/24 dev v1p
ip netns exec h ping -c 1 -W 1 192.0.2.1
