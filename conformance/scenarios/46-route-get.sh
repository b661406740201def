# ip route get: own addresses go via lo, gateways and direct routes, the chosen source, and an unreachable destination.
ip link add g0 address 02:00:00:00:36:01 type veth peer name g1 address 02:00:00:00:36:02
ip link set g0 up
ip link set g1 up
ip addr add 10.36.0.1/24 dev g0
ip addr add 10.36.0.5/24 dev g0
ip addr add 192.168.36.1/24 dev g1
ip route add 203.0.113.0/24 via 10.36.0.254
ip route add 198.51.100.0/24 via 192.168.36.254 src 10.36.0.5
ip route get 10.36.0.1
ip route get 10.36.0.5
ip route get 192.168.36.1
ip route get 127.0.0.1
ip route get 10.36.0.77
ip route get 192.168.36.9
ip route get 203.0.113.9
ip route get 198.51.100.9
ip route get 100.64.0.1
ip route add default via 192.168.36.254
ip route get 100.64.0.1
ip route get 10.36.0.255
ip route get 255.255.255.255
ip route get 10.36.0.77 from 192.168.36.1
ip route get 300.1.1.1
