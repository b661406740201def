# ip route show with selectors (type, match, root, exact, proto, scope, via), change on a missing route, flush cache
ip netns add n
ip -n n link add v0 address 02:00:00:00:e7:01 type veth peer name v1 address 02:00:00:00:e7:02
ip -n n link set v0 up
ip -n n link set v1 up
ip -n n addr add 10.0.0.1/24 dev v0
ip -n n addr add 10.1.0.1/16 dev v1
ip -n n route add 10.2.0.0/16 via 10.0.0.2
ip -n n route add 10.2.3.0/24 via 10.0.0.3
ip -n n route add 10.2.3.4 via 10.0.0.4
ip -n n route add default via 10.0.0.254
ip -n n route add blackhole 10.3.0.0/16
ip -n n route show match 10.2.3.4
ip -n n route show match 10.2.3.0/24
ip -n n route show match 10.2.9.9
ip -n n route show root 10.2.0.0/16
ip -n n route show root 10.0.0.0/8
ip -n n route show exact 10.2.3.0/24
ip -n n route show 10.2.0.0/16
ip -n n route show type unicast
ip -n n route show type blackhole
ip -n n route show proto kernel
ip -n n route show proto boot
ip -n n route show scope link
ip -n n route show via 10.0.0.3
ip -n n route show dev v1
ip -n n route change 10.2.3.0/24 via 10.0.0.5
ip -n n route show 10.2.3.0/24
ip -n n route change 10.9.0.0/24 via 10.0.0.5
ip -n n route replace 10.9.0.0/24 via 10.0.0.5
ip -n n route show 10.9.0.0/24
ip -n n route change 10.9.0.0/24 via 10.0.0.6 metric 5
ip -n n route flush cache
ip -n n route show cache
ip -n n route flush 10.2.0.0/16
ip -n n route
ip -n n route flush root 10.2.0.0/16
ip -n n route
ip -n n route show type nosuch
ip -n n route show match nonsense
