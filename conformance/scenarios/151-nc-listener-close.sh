# How a listener's connection closes, as tcpdump sees it: the client's FIN is answered by the
# listener's own FIN carrying the ACK (the kernel delays the ACK of a FIN up to 40 ms in CLOSE_WAIT,
# and nc closes at once), for nc -l (which then exits) and nc -lk (which goes back to accept()), with
# and without data; then the listener's view of each connection in ss and conntrack.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2
ip netns exec b iptables -A INPUT -p tcp -m conntrack --ctstate NEW
ip netns exec b nc -lk 4000 >/dev/null &
ip netns exec b nc -l 4001 >/dev/null &
ip netns exec a tcpdump -i va -c 20 -w fin.pcap tcp 2>/dev/null &
sleep 1
ip netns exec a nc -z 10.0.0.2 4000
ip netns exec a nc -z 10.0.0.2 4001
ip netns exec a nc -N 10.0.0.2 4000 < /proc/sys/net/ipv4/ip_forward
ip netns exec a nc -z 10.0.0.2 4000
sleep 1
tcpdump -r fin.pcap -nn -t
ip netns exec b ss -tan
ip netns exec a ss -tan
ip netns exec b conntrack -L -p tcp
ip netns exec b iptables -nvL INPUT
