# tcpdump in the foreground: "verbose output suppressed" and "listening on" on stderr first, then the
# packets as they pass, then the counts once -c is reached. The traffic comes from a ping running in
# the background every 4 s, so the capture, started a second after it, sees the second echo and
# the unicast ARP probe the neighbour sends 5 s after its first reply.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 3 -i 4 10.0.0.2 >/dev/null &
sleep 1
ip netns exec a tcpdump -i va -nn -t -c 4
ip netns exec b ping -c 3 -i 4 10.0.0.1 >/dev/null &
sleep 1
ip netns exec b tcpdump -i vb -nn -t -c 2 icmp and src 10.0.0.1
sleep 5
ip -n a neigh show
