# Route errors: unreachable gateway, duplicates, deleting what is not there, a bad prefix, a missing device.
ip link add e0 address 02:00:00:00:34:01 type veth peer name e1 address 02:00:00:00:34:02
ip link set e0 up
ip link set e1 up
ip addr add 10.34.0.1/24 dev e0
ip route add 192.168.34.0/24 via 10.99.0.1
ip route add 192.168.34.0/24 via 10.99.0.1 dev e0
ip route add 192.168.34.0/24 via 10.34.0.254
ip route add 192.168.34.0/24 via 10.34.0.254
ip route add 192.168.34.0/24 via 10.34.0.253
ip route add 192.168.34.0/24 dev e1
ip route del 192.168.99.0/24
ip route del 192.168.34.0/24 via 10.34.0.253
ip route del 192.168.34.0/24 dev e1
ip route add 192.168.35.0/24 dev nosuch
ip route add 192.168.35.1/24 dev e0
ip route add 192.168.35.0/33 dev e0
ip route add 192.168.300.0/24 dev e0
ip route add default via 10.34.0.254 dev e1
ip route add 10.34.0.0/24 dev e0
ip route show
ip route del 192.168.34.0/24
ip route del 192.168.34.0/24
ip route show
