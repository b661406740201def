# Creating bridges with ip and brctl: a bridge with no port is NO-CARRIER even when up; brctl show; duplicate and busy errors; deleting.
ip link add br0 address 02:00:00:00:20:00 type bridge
ip link show br0
ip link set br0 up
ip link show br0
ip -br link
brctl addbr br1
brctl show
ip link set br1 address 02:00:00:00:20:01
brctl show br1
brctl addbr br1
ip link add br0 type bridge
ip addr add 10.20.0.1/24 dev br0
ip addr show br0
ip route show
ip link set br1 up
brctl delbr br1
ip link set br1 down
brctl delbr br1
brctl delbr br1
brctl show
ip link del br0
brctl show
ip -br link
