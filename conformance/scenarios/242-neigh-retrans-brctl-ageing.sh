# Clamped and refused values: neigh retrans_time_ms=0, base_reachable_time_ms, brctl setageing with a bad number, bridge ageing_time limits
ip netns add n
ip -n n link add v0 address 02:00:00:00:f2:01 type veth peer name v1 address 02:00:00:00:f2:02
ip -n n link set v0 up
ip -n n link set v1 up
ip -n n addr add 10.0.0.1/24 dev v0
ip netns exec n sysctl net.ipv4.neigh.v0.retrans_time_ms net.ipv4.neigh.v0.retrans_time
ip netns exec n sysctl -w net.ipv4.neigh.v0.retrans_time_ms=0
ip netns exec n sysctl net.ipv4.neigh.v0.retrans_time_ms net.ipv4.neigh.v0.retrans_time
ip netns exec n sysctl -w net.ipv4.neigh.v0.retrans_time_ms=5
ip netns exec n sysctl net.ipv4.neigh.v0.retrans_time_ms
ip netns exec n sysctl -w net.ipv4.neigh.v0.retrans_time_ms=-5
ip netns exec n sysctl net.ipv4.neigh.v0.retrans_time_ms
ip netns exec n sysctl -w net.ipv4.neigh.v0.base_reachable_time_ms=0
ip netns exec n sysctl net.ipv4.neigh.v0.base_reachable_time_ms
ip netns exec n sysctl -w net.ipv4.neigh.v0.retrans_time_ms=1000
ip -n n link add br0 address 02:00:00:00:f2:10 type bridge
ip netns exec n brctl setageing br0 abc
ip -n n -d link show br0
ip netns exec n brctl setageing br0 -5
ip netns exec n brctl setageing br0 1.5
ip -n n -d link show br0
ip netns exec n brctl setageing br0 0
ip -n n link set br0 type bridge ageing_time 5
ip -n n link set br0 type bridge ageing_time abc
ip -n n link set br0 type bridge ageing_time 99999999999
ip netns exec n brctl setageing nosuch 10
