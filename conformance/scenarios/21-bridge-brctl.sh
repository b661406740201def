# brctl addbr/addif/delif/show/showmacs/delbr next to ip link set master/nomaster, and brctl's error messages.
ip link add p1 address 02:00:00:00:29:01 type veth peer name q1 address 02:00:00:00:29:11
ip link add p2 address 02:00:00:00:29:02 type veth peer name q2 address 02:00:00:00:29:12
brctl addbr br0
brctl addbr br1
ip link set br0 address 02:00:00:00:29:a0
ip link set br1 address 02:00:00:00:29:b0
brctl addif br0 p1
brctl addif br0 p2
brctl show
brctl showmacs br0
ip link show p1
ip -br link
brctl addif br1 p1
ip link set p1 master br1
brctl show
brctl delif br0 p1
brctl delif br1 p1
brctl show br1
brctl addif br0 nosuch
brctl addif nosuch p1
brctl delif br0 q1
brctl showmacs nosuch
brctl show nosuch
brctl addif br0 br1
ip link set p2 nomaster
ip link set p2 nomaster
brctl show
brctl delbr br1
brctl delbr br0
ip -br link
