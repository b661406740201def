# ip addr flush and show with selectors: label, to PREFIX, secondary, primary, scope, dynamic-free
ip netns add n
ip -n n link add v0 address 02:00:00:00:e6:02 type veth peer name v1 address 02:00:00:00:e6:03
ip -n n link set v0 up
ip -n n link set v1 up
ip -n n addr add 10.0.0.1/24 dev v0
ip -n n addr add 10.0.0.2/24 dev v0
ip -n n addr add 10.0.0.3/24 dev v0 label v0:web
ip -n n addr add 10.0.1.1/24 dev v0 label v0:web
ip -n n addr add 10.0.1.2/24 dev v0 label v0:db
ip -n n addr add 192.168.5.1/24 dev v1 label v1:x
ip -n n addr show label v0:web
ip -n n addr show label 'v0:*'
ip -n n addr show dev v0 label v0:db
ip -n n -br addr show label v0:web
ip -n n addr show to 10.0.1.0/24
ip -n n addr show to 10.0.0.2
ip -n n addr show primary
ip -n n addr show secondary
ip -n n addr flush dev v0 label v0:web
ip -n n -br addr
ip -n n addr flush dev v0 to 10.0.1.0/24
ip -n n -br addr
ip -n n addr add 10.0.1.1/24 dev v0
ip -n n addr add 10.0.1.9/24 dev v0
ip -n n addr flush dev v0 secondary
ip -n n -br addr
ip -n n route
ip -n n addr flush dev v0 primary
ip -n n -br addr
ip -n n addr add 10.0.0.1/24 dev v0
ip -n n addr add 10.0.0.5/24 dev v0
ip -n n addr flush label 'v*'
ip -n n -br addr
ip -n n addr show scope host
ip -n n addr flush dev v0 scope global
ip -n n addr flush dev nosuch
ip -n n addr show label nosuch
