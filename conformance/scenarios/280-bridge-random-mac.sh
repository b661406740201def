# A bridge made without an address gets a random MAC (br_dev_setup) and a local FDB entry for it, but
# a bridge id of zeros; its first port lends it its MAC (and the id), and when the last port leaves it
# has 00:00:00:00:00:00. An address set by hand is kept whatever the ports.
ip link add br0 type bridge
ip link show br0
ip -br link show br0
brctl show br0
bridge fdb show br br0
ip link add v0 address 02:00:00:00:28:01 type veth peer name v1 address 02:00:00:00:28:02
ip link add v2 address 02:00:00:00:28:03 type veth peer name v3 address 02:00:00:00:28:04
ip link set v2 master br0
ip link show br0
brctl show br0
ip link set v0 master br0
ip link show br0
brctl show br0
bridge fdb show br br0
ip link set v0 nomaster
ip link set v2 nomaster
ip link show br0
brctl show br0
bridge fdb show br br0
ip link set br0 up
ip -br link show br0
brctl addbr br1
ip link show br1
brctl show br1
ip link set br1 address 02:00:00:00:28:b1
ip link show br1
brctl show br1
ip link set v0 master br1
ip link show br1
ip netns add n
ip -n n link add br2 type bridge
ip -n n link add br3 type bridge
ip -n n -br link
ip -n n addr add 10.28.0.1/24 dev br2
ip -n n link set br2 up
ip -n n -br link show br2
ip link set br0 master br1
brctl addbr br4
ip link set br4 master br1
