# ip neigh flush all, flush dev, flush to, flush nud; permanent entries survive unless asked
ip netns add n
ip -n n link add v0 address 02:00:00:00:e8:01 type veth peer name v1 address 02:00:00:00:e8:02
ip -n n link set v0 up
ip -n n link set v1 up
ip -n n addr add 10.0.0.1/24 dev v0
ip -n n addr add 10.1.0.1/24 dev v1
ip -n n neigh add 10.0.0.5 lladdr 02:00:00:00:00:05 dev v0
ip -n n neigh add 10.0.0.6 lladdr 02:00:00:00:00:06 dev v0 nud reachable
ip -n n neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v0 nud stale
ip -n n neigh add 10.1.0.8 lladdr 02:00:00:00:00:08 dev v1 nud stale
ip -n n neigh add 10.1.0.9 lladdr 02:00:00:00:00:09 dev v1 nud noarp
ip -n n neigh show
ip -n n neigh flush all
ip -n n neigh show
ip -n n neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v0 nud stale
ip -n n neigh add 10.1.0.8 lladdr 02:00:00:00:00:08 dev v1 nud stale
ip -n n neigh flush dev v1
ip -n n neigh show
ip -n n neigh flush to 10.0.0.0/24
ip -n n neigh show
ip -n n neigh flush all nud permanent
ip -n n neigh show
ip -n n neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev v0 nud stale
ip -n n neigh flush nud stale
ip -n n neigh show
ip -n n neigh flush
ip -n n neigh flush all nud nonsense
