# ip rule show, and the main and local tables a few addresses produce, with the device down and up.
ip rule show
ip route show table local
ip route show table main
ip link add r0 address 02:00:00:00:32:01 type veth peer name r1 address 02:00:00:00:32:02
ip addr add 10.32.0.1/24 dev r0
ip addr add 100.64.32.1/10 dev r0
ip route show table local
ip route show
ip link set r0 up
ip route show table local
ip route show table main
ip route show
ip link set r1 up
ip route show
ip route show table all
ip route show dev r0
ip route show table local dev r0
ip rule list
