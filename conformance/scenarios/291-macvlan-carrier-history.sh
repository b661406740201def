# A macvlan keeps the carrier bit it last copied from its bridge (at creation, or when the bridge came
# up, went down or changed carrier while up). A bridge that is down and loses its carrier through the
# port state selection (a port joins or leaves, its address is set) tells no one: the macvlan made
# before stays LOWER_UP, one made after is NO-CARRIER. The export rebuilds such a lab in that order.
ip link add name b1 type bridge
ip link add name m1 link b1 address 02:00:00:00:91:01 type macvlan mode bridge
ip link set dev b1 address 02:00:00:00:91:10
ip link add name m2 link b1 address 02:00:00:00:91:02 type macvlan mode bridge
ip link set dev m1 up
ip link set dev m2 up
ip link show dev b1
ip link show dev m1
ip link show dev m2
ip link add name b2 type bridge
ip link add name m3 link b2 address 02:00:00:00:91:03 type macvlan mode bridge
ip link add name p address 02:00:00:00:91:20 type veth peer name q address 02:00:00:00:91:21
ip link set dev p master b2
ip link set dev p nomaster
ip link set dev m3 up
ip link show dev b2
ip link show dev m3
ip link add name b3 type bridge
ip link set dev b3 up
ip link add name m4 link b3 address 02:00:00:00:91:04 type macvlan mode bridge
ip link set dev b3 down
ip link set dev p master b3
ip link set dev m4 up
ip link show dev b3
ip link show dev m4
ip link set dev b3 up
ip link show dev m4
ip link set dev b3 down
ip link show dev m4
ip link add name b4 address 02:00:00:00:91:40 type bridge
ip link add name m5 link b4 address 02:00:00:00:91:05 type macvlan mode bridge
ip link set dev m5 up
ip link show dev m5
# A macvlan that is down keeps its carrier bit: a veth whose peer's index is the macvlan's here is
# DOWN, not LOWERLAYERDOWN, when its carrier goes (default_operstate looks at netif_carrier_ok).
ip link set dev m1 down
ip netns add n
ip -n n link add name x address 02:00:00:00:91:50 type bridge
ip link add name v address 02:00:00:00:91:60 type veth peer name w address 02:00:00:00:91:61 netns n
ip link show dev m1
ip link set dev v up
ip link show dev v
