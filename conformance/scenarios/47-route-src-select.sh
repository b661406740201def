# Source address selection, as ip route get shows it: the route's src, else the egress device's primary address in the gateway's subnet, else its first primary, else another device's address.
ip link add s0 address 02:00:00:00:47:01 type veth peer name s1 address 02:00:00:00:47:02
ip link add t0 address 02:00:00:00:47:03 type veth peer name t1 address 02:00:00:00:47:04
ip link set s0 up
ip link set s1 up
ip link set t0 up
ip link set t1 up
ip addr add 10.47.1.1/24 dev s0
ip addr add 10.47.2.1/24 dev s0
ip addr add 10.47.2.9/24 dev s0
ip addr add 192.168.47.1/24 dev s1
ip route add 198.51.100.0/24 via 10.47.2.254
ip route add 203.0.113.0/24 dev s0
ip route add 203.0.114.0/24 dev s0 src 10.47.2.9
ip route add 100.64.47.0/24 dev t0
ip route add 100.64.48.0/24 via 192.168.47.254 dev s1
ip -br addr
ip route get 198.51.100.1
ip route get 203.0.113.1
ip route get 203.0.114.1
ip route get 10.47.2.77
ip route get 100.64.47.1
ip route get 100.64.48.1
ip route show
ip route add 100.64.49.0/24 via 10.47.1.254 src 192.168.47.1
ip route get 100.64.49.1
ip route add 100.64.50.0/24 via 10.47.1.254 src 10.99.0.1
ip addr del 10.47.1.1/24 dev s0
ip route get 203.0.113.1
ip route show
