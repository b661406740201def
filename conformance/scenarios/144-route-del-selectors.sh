# ip route del finds the first route of the prefix that matches every attribute given (type, scope,
# protocol, source, device, gateway); a local or broadcast route is looked for in the local table
# when none is named, and a route a user added under the key of an address's prefix route is kept
# beside it; `append` refuses the same route twice.
ip link add s0 address 02:00:00:00:44:00 type veth peer name s1 address 02:00:00:00:44:01
ip link set s0 up
ip link set s1 up
ip addr add 10.31.0.1/24 dev s1
ip addr add 10.31.0.2/24 dev s1
ip addr add 10.31.0.2/16 dev s0
ip route del local 10.31.0.2/32 dev s1 src 10.31.0.2 proto kernel
ip route del local 10.31.0.2/32 dev s1 src 10.31.0.1 proto static
ip route del local 10.31.0.2/32 dev s1 src 10.31.0.1 scope link
ip route del local 10.31.0.2/32 dev s1 src 10.31.0.1 proto kernel
ip route show table local
ip route add blackhole 10.44.0.0/16
ip route del 10.44.0.0/16 proto kernel
ip route del 10.44.0.0/16
ip route add 10.32.0.0/24 dev s0
ip addr add 10.32.0.1/24 dev s0
ip route show
ip route del 10.32.0.0/24 dev s0 proto kernel
ip route show
ip route append 10.32.0.0/24 dev s0 proto kernel scope link src 10.32.0.1
ip route show
ip route append 10.32.0.0/24 dev s0 proto kernel scope link src 10.32.0.1
ip route append 10.32.0.0/24 dev s0
ip route append 10.32.0.0/24 dev s0 proto static
ip route show
