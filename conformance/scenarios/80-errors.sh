# Error messages exactly as ip prints them: missing devices, duplicates, bad prefixes and addresses, impossible operations.
ip link add v0 address 02:00:00:00:70:01 type veth peer name v1 address 02:00:00:00:70:02
ip link add v0 type veth peer name v9
ip link add v8 type veth peer name v0
ip link set nosuch up
ip link show nosuch
ip link show dev nosuch
ip link del nosuch
ip link set v0 master nosuch
ip link set v0 master v1
ip link set v0 netns nosuch
ip link set v0 address zz:00:00:00:00:01
ip link set v0 mtu 70000
ip link set v0 mtu 60
ip link set v0 name this-name-is-far-too-long
ip link add this-name-is-far-too-long type bridge
ip link del lo
ip addr add 10.70.0.1/24 dev nosuch
ip addr add 10.70.0.1/33 dev v0
ip addr add 10.70.0.300/24 dev v0
ip addr add 10.70.0.1/24 dev v0
ip addr add 10.70.0.1/24 dev v0
ip addr add 10.70.0.1/16 dev v0
ip addr del 10.70.0.9/24 dev v0
ip addr del 10.70.0.1/24 dev nosuch
ip addr show dev nosuch
ip addr flush dev nosuch
ip route add 10.71.0.0/24 via 10.70.0.300
ip neigh show dev nosuch
ip -n nosuch addr
ip -br addr
