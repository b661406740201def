# Renaming (this kernel allows it even while up), changing the MAC and the MTU of veth ends; the peer's @name follows; name clashes.
ip link add old address 02:00:00:00:15:01 type veth peer name peer address 02:00:00:00:15:02
ip link set old name new
ip link show
ip link set new address 02:00:00:00:15:aa
ip link set peer mtu 9000
ip link show
ip link set new up
ip link set new name renamed
ip link set new mtu 1400
ip link show new
ip -br link
ip link set new down
ip link set new name renamed
ip link set renamed address 02:00:00:00:15:bb
ip link show renamed
ip link set peer name renamed
ip link set nosuch name other
ip link show nosuch
