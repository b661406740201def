# One address on two devices: each gets its own local route, and deleting the address from one
# device deletes that device's local route only.
ip link add name m address 02:00:00:00:38:00 type veth peer name d address 02:00:00:00:38:01
ip link set dev m up
ip link set dev d up
ip addr add 169.254.1.1/24 dev m
ip addr add 169.254.1.1/24 dev d
ip route show table local
ip route show
ip addr del 169.254.1.1/24 dev d
ip route show table local
ip route show
ip addr add 169.254.1.1/24 dev d
ip addr del 169.254.1.1/24 dev m
ip route show table local
ip route show
ip link add name br0 address 02:00:00:00:38:10 type bridge
ip link set dev br0 address 02:00:00:00:38:11
bridge fdb show br br0
