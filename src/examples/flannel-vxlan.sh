# A two-node Kubernetes cluster with Flannel's VXLAN backend, set up by hand the way flanneld and
# the CNI bridge plugin do it. Each node has a Pod subnet (10.244.0.0/24 on node1, 10.244.1.0/24 on
# node2) behind its cni0 bridge, and flannel.1, a VXLAN device (VNI 1, Linux's port 8472, no
# learning). For the other node flanneld adds a route to its subnet via the other flannel.1's address
# (onlink), a permanent neighbour entry giving that address's MAC, and an FDB entry sending that MAC
# to the other node's IP. A Pod-to-Pod packet is routed twice (ttl 62): the overlay is layer 3.

ip netns add node1
ip netns add node2
ip netns add pod1
ip netns add pod2

# The underlay between the two nodes.
ip link add eth0 netns node1 type veth peer name eth0 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set lo up
ip -n node2 link set lo up
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip netns exec node1 sysctl -w net.ipv4.ip_forward=1
ip netns exec node2 sysctl -w net.ipv4.ip_forward=1

# flannel.1 on each node, with the node's subnet .0/32 on it.
ip -n node1 link add flannel.1 address 0a:00:00:00:00:01 type vxlan id 1 local 192.168.50.1 dev eth0 dstport 8472 nolearning
ip -n node2 link add flannel.1 address 0a:00:00:00:00:02 type vxlan id 1 local 192.168.50.2 dev eth0 dstport 8472 nolearning
ip -n node1 addr add 10.244.0.0/32 dev flannel.1
ip -n node2 addr add 10.244.1.0/32 dev flannel.1
ip -n node1 link set flannel.1 up
ip -n node2 link set flannel.1 up

# cni0 with the Pod gateway, and one Pod per node.
ip -n node1 link add cni0 type bridge
ip -n node2 link add cni0 type bridge
ip -n node1 addr add 10.244.0.1/24 dev cni0
ip -n node2 addr add 10.244.1.1/24 dev cni0
ip -n node1 link set cni0 up
ip -n node2 link set cni0 up
ip link add eth0 netns pod1 type veth peer name veth-pod1 netns node1
ip link add eth0 netns pod2 type veth peer name veth-pod2 netns node2
ip -n node1 link set veth-pod1 master cni0
ip -n node2 link set veth-pod2 master cni0
ip -n node1 link set veth-pod1 up
ip -n node2 link set veth-pod2 up
ip -n pod1 addr add 10.244.0.2/24 dev eth0
ip -n pod2 addr add 10.244.1.2/24 dev eth0
ip -n pod1 link set lo up
ip -n pod2 link set lo up
ip -n pod1 link set eth0 up
ip -n pod2 link set eth0 up
ip -n pod1 route add default via 10.244.0.1
ip -n pod2 route add default via 10.244.1.1

# What flanneld adds on each node for the other one.
ip -n node1 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.1.0 lladdr 0a:00:00:00:00:02 dev flannel.1 nud permanent
bridge -n node1 fdb append 0a:00:00:00:00:02 dev flannel.1 dst 192.168.50.2
ip -n node2 route add 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node2 neigh add 10.244.0.0 lladdr 0a:00:00:00:00:01 dev flannel.1 nud permanent
bridge -n node2 fdb append 0a:00:00:00:00:01 dev flannel.1 dst 192.168.50.1

ip netns exec pod1 ping -c 1 10.244.1.2
