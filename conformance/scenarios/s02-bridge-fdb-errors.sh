# bridge fdb errors: self entries must be permanent (EINVAL, no extack), duplicates, missing entries, master without a bridge.
ip link add br0 type bridge
ip link add p1 type veth peer name p1b
ip link set p1 master br0
bridge fdb add 02:00:00:00:26:dd dev p1 self static
bridge fdb add 02:00:00:00:26:de dev p1 self dynamic
bridge fdb add 02:00:00:00:26:df dev p1b self static
bridge fdb add 02:00:00:00:26:df dev p1b self
bridge fdb add 02:00:00:00:26:df dev p1b self
bridge fdb del 02:00:00:00:26:d0 dev p1b self
bridge fdb add 02:00:00:00:26:d0 dev p1b master
