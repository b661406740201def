# A macvlan copies its parent's carrier when it is made and when the parent comes up, goes down or
# changes carrier while up (netif_stacked_transfer_operstate): a parent that is down loses its
# carrier unseen.
ip link add name b type bridge
ip link add name m link b address 02:00:00:00:47:01 type macvlan mode bridge
ip link add name p address 02:00:00:00:47:02 type veth peer name q address 02:00:00:00:47:03
ip link set dev p master b
ip link set dev m up
ip link show dev m
ip link set dev b up
ip link show dev m
ip link set dev p up
ip link set dev q up
ip link show dev m
ip link set dev b down
ip link show dev m
ip link set dev q down
ip link set dev b up
ip link show dev m
