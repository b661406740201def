# sysctl keys of devices whose names hold '.' or '=': procps swaps dots and slashes when a key's
# first separator is '.', reads a key starting with a path as a path, and cuts KEY=VALUE at the
# first '=' (so such a device is reached by a moment's rename, as netns-lab's export does).
ip netns add n1
ip -n n1 link add c.d address 02:00:00:00:00:01 type veth peer name a=b address 02:00:00:00:00:02
ip netns exec n1 sysctl -w net.ipv4.conf.c/d.forwarding=1
ip netns exec n1 sysctl -w net/ipv4/conf/c.d/rp_filter=2
ip netns exec n1 sysctl net.ipv4.conf.c/d.forwarding net/ipv4/conf/c.d/rp_filter
ip netns exec n1 sysctl net.ipv4.conf.c.d.forwarding
ip netns exec n1 sysctl -w net.ipv4.conf.a=b.forwarding=1
ip netns exec n1 sysctl net/ipv4/conf/a=b/forwarding
ip netns exec n1 sysctl -n net.ipv4.neigh.c/d.base_reachable_time_ms
ip netns exec n1 sysctl -w net/ipv4/neigh/c.d/base_reachable_time_ms=20000
ip netns exec n1 sysctl net.ipv4.neigh.c/d.base_reachable_time_ms
ip -n n1 link set dev a=b name nlsysctl0
ip netns exec n1 sysctl -w net/ipv4/conf/nlsysctl0/forwarding=1
ip -n n1 link set dev nlsysctl0 name a=b
ip -n n1 link show
ip netns exec n1 sysctl net.ipv4.conf.all.forwarding
