# sysctl -w / -n / -q and echo > /proc/sys: ip_forward is per namespace and setting it flips every device's forwarding flag; a device flag alone does not change it.
ip netns add n1
ip netns add n2
ip link add v1 address 02:00:00:00:54:01 netns n1 type veth peer name v2 address 02:00:00:00:54:02 netns n2
ip netns exec n1 sysctl -w net.ipv4.ip_forward=0
ip netns exec n2 sysctl -w net.ipv4.ip_forward=0
ip netns exec n1 sysctl net.ipv4.ip_forward
ip netns exec n1 sysctl -n net.ipv4.ip_forward
ip netns exec n1 sysctl -w net.ipv4.ip_forward=1
ip netns exec n1 sysctl -n net.ipv4.conf.all.forwarding
ip netns exec n1 sysctl -n net.ipv4.conf.v1.forwarding
ip netns exec n2 sysctl -n net.ipv4.ip_forward
ip netns exec n2 sysctl -q -w net.ipv4.ip_forward=1
ip netns exec n2 sysctl -n net.ipv4.ip_forward
ip netns exec n2 sysctl -w net.ipv4.ip_forward=0
ip netns exec n2 sysctl net.ipv4.ip_forward net.ipv4.conf.v2.forwarding
ip netns exec n2 sysctl -w net.ipv4.conf.v2.forwarding=1
ip netns exec n2 sysctl -n net.ipv4.ip_forward
ip netns exec n1 sysctl -w net.ipv4.conf.v1.forwarding=0
ip netns exec n1 sysctl -n net.ipv4.ip_forward
ip netns exec n1 sysctl -w net.ipv4.ip_forward=1
ip netns exec n1 sysctl -n net.ipv4.conf.v1.forwarding
ip netns exec n1 sysctl -w net.ipv4.conf.nosuch.forwarding=1
ip netns exec n1 sysctl -n net.ipv4.no_such_key
ip netns exec n1 sysctl -w net.ipv4.ip_forward
ip netns exec n1 sysctl -w net.ipv4.conf.all.rp_filter=2
ip netns exec n1 sysctl -n net.ipv4.conf.all.rp_filter
echo 1 > /proc/sys/net/ipv4/ip_forward
sysctl net.ipv4.ip_forward
echo 0 > /proc/sys/net/ipv4/ip_forward
sysctl -n net.ipv4.ip_forward
ip netns exec n1 sysctl -n net.ipv4.ip_forward
