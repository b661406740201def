# Several nodes without an overlay (Flannel's host-gw backend, kube-router): each node routes the
# other nodes' Pod subnets via their underlay addresses. It needs the nodes on one layer-2 network
# (here a bridge in the host plays the switch); a Pod-to-Pod packet keeps its addresses end to end.
ip link add sw type bridge mcast_snooping 0
ip link set sw up
ip netns add node1
ip netns add node2
ip netns add node3
ip netns add pod1
ip netns add pod2
ip netns add pod3
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
ip netns exec node1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec node2 sysctl -qw net.ipv4.ip_forward=1
ip netns exec node3 sysctl -qw net.ipv4.ip_forward=1
ip -n node1 link add cni0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add cni0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node3 link add cni0 address 02:00:00:00:03:10 type bridge mcast_snooping 0
ip -n node1 addr add 10.244.1.1/24 dev cni0
ip -n node2 addr add 10.244.2.1/24 dev cni0
ip -n node3 addr add 10.244.3.1/24 dev cni0
ip -n node1 link set cni0 up
ip -n node2 link set cni0 up
ip -n node3 link set cni0 up
ip link add eth0 address 02:00:00:00:00:a1 netns pod1 type veth peer name veth1 address 02:00:00:00:01:30 netns node1
ip link add eth0 address 02:00:00:00:00:a2 netns pod2 type veth peer name veth2 address 02:00:00:00:02:30 netns node2
ip link add eth0 address 02:00:00:00:00:a3 netns pod3 type veth peer name veth3 address 02:00:00:00:03:30 netns node3
ip -n node1 link set veth1 master cni0
ip -n node2 link set veth2 master cni0
ip -n node3 link set veth3 master cni0
ip -n node1 link set veth1 up
ip -n node2 link set veth2 up
ip -n node3 link set veth3 up
ip -n pod1 addr add 10.244.1.2/24 dev eth0
ip -n pod2 addr add 10.244.2.2/24 dev eth0
ip -n pod3 addr add 10.244.3.2/24 dev eth0
ip -n pod1 link set eth0 up
ip -n pod2 link set eth0 up
ip -n pod3 link set eth0 up
ip -n pod1 route add default via 10.244.1.1
ip -n pod2 route add default via 10.244.2.1
ip -n pod3 route add default via 10.244.3.1
ip netns exec pod1 ping -c 1 -W 1 10.244.2.2
ip -n node1 route add 10.244.2.0/24 via 192.168.50.2
ip -n node1 route add 10.244.3.0/24 via 192.168.50.3
ip -n node2 route add 10.244.1.0/24 via 192.168.50.1
ip -n node2 route add 10.244.3.0/24 via 192.168.50.3
ip -n node3 route add 10.244.1.0/24 via 192.168.50.1
ip -n node3 route add 10.244.2.0/24 via 192.168.50.2
ip -n node1 route
ip netns exec pod1 ping -c 1 10.244.2.2
ip netns exec pod1 ping -c 1 10.244.3.2
ip netns exec pod3 ping -c 1 10.244.2.2
ip -n node2 route get 10.244.3.2 from 10.244.1.2 iif eth0
ip -n node1 route add 10.244.9.0/24 via 192.168.60.1
ip -n node1 route add 10.244.9.0/24 via 192.168.60.1 onlink dev eth0
ip -n node1 neigh show dev eth0
