# Which devices a bridge takes (br_add_if): not lo, not a bridge, not a macvlan's parent, not a
# macvlan of the bridge itself. A macvlan of a macvlan sits on the real parent; one made with
# `netns` is numbered in that namespace; deleting a parent deletes every macvlan on it.
ip netns add b
ip link add name b0 type bridge
ip link set dev lo master b0
ip link set dev b0 master b0
ip link add name v0 address 02:00:00:00:37:00 type veth peer name v1 address 02:00:00:00:37:01
ip link add name m1 link v0 address 02:00:00:00:37:11 type macvlan mode bridge
ip link set dev v0 master b0
ip link set dev m1 master b0
ip link show master b0
ip link add name m2 link b0 address 02:00:00:00:37:12 type macvlan mode bridge
ip link set dev m2 master b0
ip link add name m3 link m2 address 02:00:00:00:37:13 type macvlan mode bridge
ip link show m3
ip link set dev m3 master b0
ip link add name b1 type bridge
ip link set dev b1 master b0
ip link set dev m1 nomaster
ip link set dev v0 master b0
ip link add name m4 link v1 address 02:00:00:00:37:14 netns b type macvlan mode bridge
ip link add name m5 link v1 address 02:00:00:00:37:15 type macvlan mode bridge
ip -n b link show
ip link del dev v1
ip -n b link show
ip -br link show dev m3
