# ip link add errors: a malformed or missing peer name, names too long or with a slash, duplicate peer names, unknown options after peer
ip netns add n
ip -n n link add a0 type veth peer name
ip -n n link add a0 type veth peer
ip -n n link add a0 type veth peer name b/0
ip -n n link add a0 type veth peer name 0123456789abcdef
ip -n n link add a0 type veth peer name 'b 0'
ip -n n link add a0 type veth peer name a0
ip -n n link add a0 type veth peer nam b0
ip -n n link add a0 type veth peer name b0 foo
ip -n n link add a0 type veth peer b0
ip -n n link add 0123456789abcdef type veth peer name b0
ip -n n link add a/0 type veth peer name b0
ip -n n link add . type veth peer name b0
ip -n n link add .. type veth peer name b0
ip -n n link add a0 type veth peer name ..
ip -n n link add a0 type veth peer name lo
ip -n n link del a0
ip -n n link del a0
ip -n n link add a1 address 02:00:00:00:f1:01 type veth peer name b1 address 02:00:00:00:f1:01
ip -n n link show a1
ip -n n link show b1
ip -n n link add a2 address 02:00:00:00:f1:0 type veth peer name b2 address 02:00:00:00:f1:03
ip -n n link show a2
ip -n n link del a2
ip -n n link add a2 address 03:00:00:00:f1:02 type veth peer name b2
ip -n n link add a2 type veth peer name b2 address 03:00:00:00:f1:02
