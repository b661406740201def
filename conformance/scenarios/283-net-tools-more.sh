# net-tools beside ip: route -n with reject, blackhole, host and prepended default routes; route add
# errors; arp -n with an unresolved neighbour; ifconfig of a device without an address, a down one and
# an address change (the default route goes with the last address); netstat -tan and -uan
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:c9:01 netns a type veth peer name vb address 02:00:00:00:c9:02 netns b
ip -n a addr add 10.0.3.2/24 dev va
ip -n b addr add 10.0.3.1/24 dev vb
ip -n a link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n b link set vb up
ip -n a route add default via 10.0.3.1
ip -n a route add unreachable 198.51.100.0/24
ip -n a route add prohibit 198.51.100.7
ip -n a route add blackhole 203.0.113.0/24
ip -n a route add 192.0.2.0/25 via 10.0.3.1 metric 20
ip netns exec a route -n
ip netns exec a route add default gw 10.0.3.9
ip netns exec a route -n
ip -n a route
ip netns exec a route add -net 192.0.2.128 netmask 255.255.255.128 gw 10.9.9.9
ip netns exec a route add -host 192.0.2.200 dev va
ip netns exec a route -n
ip netns exec a route del default gw 10.0.3.9
ip netns exec a route del -net 192.0.2.0 netmask 255.255.255.128 metric 5
ip netns exec a route del -net 192.0.2.0 netmask 255.255.255.128 metric 20
ip netns exec a route -n
ip netns exec a ping -c 1 -W 1 10.0.3.77
ip netns exec a ping -c 1 -W 1 10.0.3.1
ip netns exec a arp -n
ip netns exec a arp -n -i va
ip -n a link add dummy0 address 02:00:00:00:c9:05 type veth peer name dummy1 address 02:00:00:00:c9:06
ip netns exec a ifconfig dummy0
ip netns exec a ifconfig -a
ip netns exec b nc -lk 10.0.3.1 80 >/dev/null &
ip netns exec b nc -lu 5353 >/dev/null &
ip netns exec a nc -zv 10.0.3.1 80
ip netns exec a netstat -tan
ip netns exec b netstat -tan
ip netns exec b netstat -uan
ip netns exec a ifconfig va 10.0.3.5
ip -n a addr show dev va
ip -n a route
ip netns exec a ifconfig va netmask 255.255.255.0
ip -n a addr show dev va
ip netns exec a route -n
