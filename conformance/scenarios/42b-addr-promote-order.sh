# promote_secondaries: a promoted secondary moves up to where its deleted primary stood (or after a
# later primary at least as narrow in scope) unless it already followed it (__inet_del_ifa's last_prim).
ip link add v0 type veth peer name v1
sysctl -qw net.ipv4.conf.v0.promote_secondaries=1
ip addr add 10.0.0.1/24 dev v0
ip addr add 10.1.0.1/24 dev v0
ip addr add 10.0.0.2/24 dev v0
ip addr add 10.1.0.2/24 dev v0
ip addr add 10.2.0.1/24 dev v0
ip addr add 10.1.0.3/24 dev v0
ip -4 addr show dev v0
ip addr del 10.1.0.1/24 dev v0
ip -4 addr show dev v0
ip addr add 10.3.0.1/24 scope link dev v0
ip addr add 10.3.0.2/24 scope link dev v0
ip addr add 10.4.0.1/24 scope host dev v0
ip -4 addr show dev v0
ip addr del 10.0.0.1/24 dev v0
ip -4 addr show dev v0
ip addr del 10.3.0.1/24 dev v0
ip -4 addr show dev v0
ip addr del 10.0.0.2/24 dev v0
ip addr del 10.2.0.1/24 dev v0
ip -4 addr show dev v0
ip route show table local dev v0
