# ip route add/del with via, dev, metric, onlink and src; how each is printed.
ip link add e0 address 02:00:00:00:33:01 type veth peer name e1 address 02:00:00:00:33:02
ip link set e0 up
ip link set e1 up
ip addr add 10.33.0.1/24 dev e0
ip addr add 10.33.1.1/24 dev e1
ip route add 192.168.33.0/24 via 10.33.0.254
ip route add 192.168.34.0/24 via 10.33.0.254 dev e0 metric 100
ip route add 192.168.34.0/24 via 10.33.1.254 metric 50
ip route add 192.168.35.0/24 dev e1
ip route add 192.168.36.0/24 dev e1 src 10.33.0.1
ip route add 203.0.113.0/24 via 198.51.100.1 dev e0 onlink
ip route add default via 10.33.0.254
ip route add 192.168.37.5 via 10.33.1.254
ip route show
ip route show 192.168.34.0/24
ip route show table main
ip route del 192.168.34.0/24 metric 50
ip route del 192.168.33.0/24
ip route del default
ip route del 192.168.35.0/24 dev e1
ip route show
ip route add 0.0.0.0/0 via 10.33.1.254 metric 10
ip route add 192.168.38.0/24 via 10.33.0.254 metric 0
ip route show
ip route del 0.0.0.0/0
ip route show
