# A veth pair across namespaces: @ifN names, link-netns in the host, link-netnsid inside the children.
ip netns add ns1
ip netns add ns2
ip link add v1 address 02:00:00:00:11:01 type veth peer name eth0 address 02:00:00:00:11:11 netns ns1
ip link add v2 address 02:00:00:00:11:02 type veth peer name eth0 address 02:00:00:00:11:12 netns ns2
ip link show
ip -n ns1 link show
ip -n ns2 link show
ip netns exec ns1 ip -br link
ip link set v1 up
ip -n ns1 link set eth0 up
ip link show v1
ip -n ns1 link show eth0
ip link show v2
ip link set v2 up
ip link show v2
ip -br link
ip netns exec ns1 ip link add xa address 02:00:00:00:11:21 type veth peer name xb address 02:00:00:00:11:22 netns ns2
ip -n ns1 link show xa
ip -n ns2 link show xb
ip -n ns2 link show
ip netns list
