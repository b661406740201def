# Static FDB entries: bridge fdb add/append/del with master and self, as bridge fdb show and brctl showmacs print them.
ip link add br0 address 02:00:00:00:26:00 type bridge
ip link add p1 address 02:00:00:00:26:01 type veth peer name q1 address 02:00:00:00:26:11
ip link add p2 address 02:00:00:00:26:02 type veth peer name q2 address 02:00:00:00:26:12
ip link set p1 master br0
ip link set p2 master br0
ip link set br0 up
ip link set p1 up
bridge fdb add 02:00:00:00:26:aa dev p1 master
bridge fdb add 02:00:00:00:26:bb dev p2 master static
bridge fdb add 02:00:00:00:26:dd dev p1 self
bridge fdb append 02:00:00:00:26:ee dev p1 self
bridge fdb show br br0
bridge fdb show dev p1
bridge fdb show dev p2
brctl showmacs br0
bridge fdb add 02:00:00:00:26:aa dev p1 master
bridge fdb add 02:00:00:00:26:aa dev p2 master
bridge fdb del 02:00:00:00:26:aa dev p1 master
bridge fdb del 02:00:00:00:26:aa dev p1 master
bridge fdb del 02:00:00:00:26:dd dev p1 self
bridge fdb del 02:00:00:00:26:bb dev p2 master
bridge fdb show br br0
bridge fdb add 02:00:00:00:26:ff dev nosuch master
ip link set p2 down
bridge fdb show dev p2
ip link set p2 nomaster
bridge fdb show dev p2
