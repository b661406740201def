# A bridge made without an address and never given a port keeps the carrier every new device has
# (UP, LOWER_UP, operstate UNKNOWN; no linkdown routes); the port state selection, which a port or
# an address runs, takes it away. A macvlan has its parent's carrier bit even while the parent is
# down. Port cost follows the link speed ethtool reports. A port's MTU, shrunk with its parent's,
# shrinks its bridge too. Primary addresses of link scope go before global ones, and an address in
# the subnet of another must have its scope.
ip link add name t type bridge
ip addr add 10.42.0.1/24 dev t
ip link set dev t up
ip -br addr show dev t
ip route show
ip link add name m link t address 02:00:00:00:42:01 type macvlan mode bridge
ip link set dev m up
ip link show dev m
ip link set dev t down
ip link show dev m
ip -br addr show dev t
ip link add name t2 address 02:00:00:00:42:02 type bridge
ip link set dev t2 up
ip -br addr show dev t2
ip link add name b0 address 02:00:00:00:42:10 type bridge
ip link add name b1 address 02:00:00:00:42:11 type bridge
ip link add name v0 address 02:00:00:00:42:20 type veth peer name v1 address 02:00:00:00:42:21
ip link add name m0 link v1 address 02:00:00:00:42:22 type macvlan mode bridge
ip link add name m1 link b1 address 02:00:00:00:42:23 type macvlan mode bridge
ip link add name w0 address 02:00:00:00:42:24 type veth peer name w1 address 02:00:00:00:42:25
ip link set dev w0 up
ip link set dev w1 up
ip link set dev v0 master b0
ip link set dev m0 master b0
ip link set dev m1 master b0
ip link set dev w0 master b0
bridge link show
ip link set dev b1 mtu 1280
ip link show dev m1
ip link show dev b0
ip addr add 10.42.1.1/32 dev w1
ip addr add 10.42.2.1/32 scope link dev w1
ip addr add 10.42.3.1/24 dev w1
ip addr add 10.42.4.1/24 scope link dev w1
ip addr add 10.42.4.2/24 scope link dev w1
ip addr add 10.42.3.9/24 scope link dev w1
ip addr add 10.42.4.9/24 dev w1
ip addr show dev w1
