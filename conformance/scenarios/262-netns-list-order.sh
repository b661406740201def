# ip netns list is a readdir of /run/netns: newest first, a re-created name moves to the front, ids appear once assigned
ip netns add zeta
ip netns add alpha
ip netns add mid
ip netns list
ip netns
ip netns del alpha
ip netns add alpha
ip netns list
ip link add v0 address 02:00:00:00:62:00 type veth peer name v1 address 02:00:00:00:62:01 netns zeta
ip netns list
ip link add v2 address 02:00:00:00:62:02 type veth peer name v3 address 02:00:00:00:62:03 netns mid
ip netns list
ip netns del zeta
ip netns add first
ip netns add second
ip netns list
ip -n mid link show v3
