# bridge vlan show (no bridge filters VLANs: the header alone, with or without dev), and bridge -s
# link, which prints what bridge link prints.
ip link add br0 address 02:00:00:00:01:00 type bridge
ip link add v1 address 02:00:00:00:00:11 type veth peer name v1p address 02:00:00:00:00:21
ip link set v1 master br0
bridge vlan show
bridge vlan
bridge -s link
bridge vlan show dev v1
