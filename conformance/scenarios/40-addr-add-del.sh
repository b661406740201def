# ip addr add/del/flush and show (full and -br): kernel routes follow the addresses; addresses on a down device.
ip link add d0 address 02:00:00:00:30:01 type veth peer name d1 address 02:00:00:00:30:02
ip addr add 10.30.0.1/24 dev d0
ip addr show dev d0
ip route show table main
ip route show table local
ip link set d0 up
ip link set d1 up
ip route show table main
ip route show table local
ip addr add 192.168.30.1/30 dev d0
ip addr add 198.51.100.7/32 dev d0
ip addr add 10.31.0.1/31 dev d0
ip addr show d0
ip -br addr
ip -br addr show dev d0
ip route show
ip route show table local
ip addr del 192.168.30.1/30 dev d0
ip addr del 10.30.0.1 dev d0
ip addr show d0
ip route show
ip addr add 10.30.0.1/24 brd + dev d1
ip addr add 10.32.0.1/16 broadcast 10.32.0.7 dev d1
ip addr show d1
ip route show table local
ip addr flush dev d0
ip addr show d0
ip route show
ip -br addr
