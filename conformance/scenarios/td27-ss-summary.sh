# ss -s (iproute2 6.1 print_summary) from /proc/net/sockstat and /proc/net/snmp: "Total" counts the
# namespace's sockets of every family (a capture's packet socket too, not VXLAN's kernel UDP socket,
# which counts among UDP); estab is Tcp CurrEstab (ESTABLISHED and CLOSE-WAIT); timewait and the
# Transport table are the namespace's. The TCP total, closed and orphaned come from counters the
# kernel keeps for the whole machine and are masked. A "sleep 1" before each ss -s lets the kernel
# free (after an RCU grace period) the netlink sockets of the commands before it, which "Total"
# would count until then.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link set lo up
sleep 1
ip netns exec a ss -s
ip netns exec b nc -l 8080 > /dev/null &
ip netns exec b nc -lu 53 > /dev/null &
ip netns exec a nc 10.0.0.2 8080 &
sleep 1
ip netns exec b ss -s
sleep 1
ip netns exec a ss -s
ip netns exec a tcpdump -i va -w x.pcap 2>/dev/null &
ip -n a link add vx0 type vxlan id 5 dstport 4789 local 10.0.0.1 dev va
ip -n a link set vx0 up
sleep 1
ip netns exec a ss -s
ip netns exec b nc -lk 80 > /dev/null &
ip netns exec a nc -z 10.0.0.2 80
ip netns exec a nc -z 10.0.0.2 80
sleep 1
ip netns exec a ss -s
sleep 1
ip netns exec b ss -sa
sleep 1
ip netns exec b ss --summary -n
sleep 1
ip netns exec b ss -s -tn
sleep 1
ip netns exec b ss -s -tln
sleep 1
ip netns exec b ss -stn state listening
sleep 1
ip netns exec b ss -s -u -n
