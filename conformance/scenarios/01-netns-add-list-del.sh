# ip netns add/list/del, the duplicate and missing-namespace errors, and ip netns exec vs ip -n.
ip netns list
ip netns add red
ip netns add blue
ip netns list
ip netns
ip netns add red
ip netns exec red ip link show
ip -n blue link show
ip netns del blue
ip netns list
ip netns del blue
ip netns exec blue ip link show
ip -n blue addr show
ip netns del red
ip netns list
