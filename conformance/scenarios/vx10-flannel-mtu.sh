# Flannel's MTU: flannel.1 is 1450, so a pod's full-size packet with DF set is refused by its node
# (Fragmentation needed, mtu 1450, from the pod's gateway); without DF the node fragments it to fit
# flannel.1 and the receiving node forwards the fragments; the pod learns the path MTU.
ip netns add node1
ip netns add node2
ip netns add pod1
ip netns add pod2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip netns exec node1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec node2 sysctl -qw net.ipv4.ip_forward=1
ip -n node1 link add flannel.1 address 0a:00:00:00:00:0a type vxlan id 1 local 192.168.50.1 dev eth0 dstport 8472 nolearning
ip -n node2 link add flannel.1 address 0a:00:00:00:00:0b type vxlan id 1 local 192.168.50.2 dev eth0 dstport 8472 nolearning
ip -n node1 addr add 10.244.0.0/32 dev flannel.1
ip -n node2 addr add 10.244.1.0/32 dev flannel.1
ip -n node1 link set flannel.1 up
ip -n node2 link set flannel.1 up
ip -n node1 link add cni0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add cni0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 addr add 10.244.0.1/24 dev cni0
ip -n node2 addr add 10.244.1.1/24 dev cni0
ip -n node1 link set cni0 up
ip -n node2 link set cni0 up
ip -n node1 link add veth1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:a1 netns pod1
ip -n node2 link add veth2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:a2 netns pod2
ip -n node1 link set veth1 master cni0
ip -n node2 link set veth2 master cni0
ip -n node1 link set veth1 up
ip -n node2 link set veth2 up
ip -n pod1 addr add 10.244.0.2/24 dev eth0
ip -n pod2 addr add 10.244.1.2/24 dev eth0
ip -n pod1 link set eth0 up
ip -n pod2 link set eth0 up
ip -n pod1 route add default via 10.244.0.1
ip -n pod2 route add default via 10.244.1.1
ip -n node1 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.1.0 lladdr 0a:00:00:00:00:0b dev flannel.1 nud permanent
bridge -n node1 fdb append 0a:00:00:00:00:0b dev flannel.1 dst 192.168.50.2
ip -n node2 route add 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node2 neigh replace 10.244.0.0 lladdr 0a:00:00:00:00:0a dev flannel.1 nud permanent
bridge -n node2 fdb append 0a:00:00:00:00:0a dev flannel.1 dst 192.168.50.1
ip netns exec pod1 ping -c 1 -s 1422 -M do 10.244.1.2
ip netns exec pod1 ping -c 1 -s 1423 -M do 10.244.1.2
ip -n pod1 route get 10.244.1.2
ip netns exec pod1 ping -c 1 -s 1423 -M do 10.244.1.2
ip netns exec node2 tcpdump -i eth0 -nn -c 2 ip >frag.txt 2>/dev/null &
sleep 1
ip netns exec pod1 ping -c 1 -s 1472 -M dont 10.244.1.2
sleep 2
cat frag.txt
ip -n node1 route get 10.244.1.2
