# default_operstate looks at the carrier bit of the device that has the peer's index in its own
# namespace: a new bridge there (carrier on, though down) makes a veth without carrier DOWN, not
# LOWERLAYERDOWN.
ip netns add a
ip link add name t type bridge
ip link add x address 02:00:00:00:43:01 type veth peer name y address 02:00:00:00:43:02 netns a
ip link set dev x up
ip link show dev x
ip link add name t2 address 02:00:00:00:43:03 type bridge
ip link add x2 address 02:00:00:00:43:04 type veth peer name y2 address 02:00:00:00:43:05 netns a
ip link set dev x2 up
ip link show dev x2
