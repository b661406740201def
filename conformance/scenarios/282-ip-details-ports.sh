# ip -d link: a bridge's TSO limit once it had a port, a macvlan parent's promiscuity (once, however many macvlans run), a port forwarding and disabled, a hairpin port, a VXLAN port
ip link add br0 address 02:00:00:00:00:10 type bridge mcast_snooping 0
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 master br0
ip -d link show br0
ip link set v0 nomaster
ip -d link show br0
ip link add mv0 link v1 address 02:00:00:00:00:20 type macvlan mode bridge
ip link set v1 up
ip link set mv0 up
ip -d link show v1
ip link add mv1 link v1 address 02:00:00:00:00:21 type macvlan mode bridge
ip link set mv1 up
ip -d link show v1
ip -d link show mv1
ip link set br0 up
ip link set v0 master br0
ip link set v0 up
ip -d link show v0
ip -d link show br0
ip link set v0 down
bridge link set dev v0 hairpin on
ip -d link show v0
ip link add vx0 address 02:00:00:00:00:30 type vxlan id 7 dstport 4789 local 10.0.0.1
ip link set vx0 master br0
ip -d link show vx0
ip link set mv0 down
ip link set mv1 down
ip -d link show v1
ip link add v4 address 02:00:00:00:00:41 type veth peer name v5 address 02:00:00:00:00:42
ip addr add 10.0.0.1/24 dev v4
ip -s addr show dev v4
ip -d addr show dev v4
ip -4 -d -s addr show dev v4
ip -s -br link show v4
ip -s -d link show v4
