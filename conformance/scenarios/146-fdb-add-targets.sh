# bridge fdb add: `master` reaches the bridge a port is in and nothing else; `self` (the default) a bridge's own FDB, which takes permanent entries only, or another device's address list.
ip link add br0 address 02:00:00:00:46:00 type bridge
ip link add p0 address 02:00:00:00:46:01 type veth peer name q0 address 02:00:00:00:46:02
ip link set p0 master br0
bridge fdb add 02:00:00:00:46:10 dev br0 master static
bridge fdb add 02:00:00:00:46:11 dev br0 master
bridge fdb add 02:00:00:00:46:12 dev br0 self
bridge fdb add 02:00:00:00:46:13 dev br0
bridge fdb add 02:00:00:00:46:14 dev br0 self static
bridge fdb add 02:00:00:00:46:15 dev br0 self dynamic
bridge fdb add 02:00:00:00:46:16 dev p0 master static
bridge fdb add 02:00:00:00:46:17 dev p0 self
bridge fdb add 02:00:00:00:46:18 dev q0 master
bridge fdb show br br0
bridge fdb show dev q0
