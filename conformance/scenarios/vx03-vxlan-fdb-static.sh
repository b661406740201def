# A VXLAN device's own FDB driven by hand (nolearning): bridge fdb add/append/replace/del on the
# default (all-zeros) entry and on unicast entries, with port, vni and via, their states, and the
# kernel's refusals; then traffic goes only where the entries say.
ip netns add node1
ip netns add node2
ip netns add node3
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name n1 address 02:00:00:00:f1:01
ip link add eth0 address 02:00:00:00:02:01 netns node2 type veth peer name n2 address 02:00:00:00:f2:01
ip link add eth0 address 02:00:00:00:03:01 netns node3 type veth peer name n3 address 02:00:00:00:f3:01
ip link set n1 master sw
ip link set n2 master sw
ip link set n3 master sw
ip link set n1 up
ip link set n2 up
ip link set n3 up
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node3 addr add 192.168.50.3/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node3 link set eth0 up
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 42 dstport 4789 nolearning dev eth0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 42 dstport 4789 nolearning dev eth0
ip -n node3 link add vx0 address 02:00:00:00:03:20 type vxlan id 42 dstport 4789 nolearning dev eth0
ip -n node1 addr add 10.42.0.1/24 dev vx0
ip -n node2 addr add 10.42.0.2/24 dev vx0
ip -n node3 addr add 10.42.0.3/24 dev vx0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node3 link set vx0 up
bridge -n node1 fdb show dev vx0
ip netns exec node1 ping -c 1 -W 1 10.42.0.2
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.2
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node1 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node1 fdb add 00:00:00:00:00:00 dev vx0 dst 192.168.50.4
bridge -n node1 fdb replace 00:00:00:00:00:00 dev vx0 dst 192.168.50.4
bridge -n node1 fdb show dev vx0
bridge -n node2 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.1
bridge -n node3 fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.1
ip netns exec node1 ping -c 1 10.42.0.2
ip netns exec node1 ping -c 1 10.42.0.3
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb add 02:00:00:00:02:20 dev vx0 dst 192.168.50.2 static
bridge -n node1 fdb add 02:00:00:00:02:20 dev vx0 dst 192.168.50.2
bridge -n node1 fdb append 02:00:00:00:02:20 dev vx0 dst 192.168.50.9
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb replace 02:00:00:00:03:20 dev vx0 dst 192.168.50.3 port 4790 vni 43 via eth0 dynamic
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb replace 02:00:00:00:03:20 dev vx0 dst 192.168.50.3
bridge -n node1 fdb add 02:00:00:00:00:99 dev vx0
bridge -n node1 fdb add 02:00:00:00:00:99 dev vx0 dst 192.168.50.9 vni 16777216
bridge -n node1 fdb add 02:00:00:00:00:99 dev vx0 dst 192.168.50.9 port 65536
bridge -n node1 fdb add 02:00:00:00:00:99 dev vx0 dst 192.168.50.9 via eth9
bridge -n node1 fdb add 02:00:00:00:00:99 dev vx0 dst nowhere
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb show
ip netns exec node1 ping -c 1 10.42.0.3
bridge -n node1 fdb del 00:00:00:00:00:00 dev vx0 dst 192.168.50.7
bridge -n node1 fdb del 00:00:00:00:00:00 dev vx0 dst 192.168.50.3
bridge -n node1 fdb del 02:00:00:00:00:99 dev vx0
bridge -n node1 fdb del 02:00:00:00:03:20 dev vx0
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb del 00:00:00:00:00:00 dev vx0
bridge -n node1 fdb show dev vx0
ip -n node1 neigh flush dev vx0
ip netns exec node1 ping -c 1 -W 1 10.42.0.3
