# Primary and secondary addresses: a second address in the same prefix is secondary and adds only a local route; deleting the primary.
ip link add s0 address 02:00:00:00:31:01 type veth peer name s1 address 02:00:00:00:31:02
sysctl -w net.ipv4.conf.s0.promote_secondaries=0
ip link set s0 up
ip link set s1 up
ip addr add 10.31.0.1/24 dev s0
ip addr add 10.31.0.2/24 dev s0
ip addr add 10.31.0.3/24 dev s0
ip addr add 10.31.0.2/16 dev s0
ip addr add 10.31.0.1/24 dev s0
ip addr show s0
ip -br addr show s0
ip route show
ip route show table local
ip addr del 10.31.0.2/24 dev s0
ip addr show s0
ip addr del 10.31.0.1/24 dev s0
ip addr show s0
ip route show
ip route show table local
ip addr add 10.31.0.1/24 dev s1
ip addr add 10.31.0.2/24 dev s1
sysctl -w net.ipv4.conf.s1.promote_secondaries=1
ip addr del 10.31.0.1/24 dev s1
ip addr show s1
ip route show
