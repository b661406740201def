# tcpdump without -i picks the first device libpcap lists: up and running before down, loopback last,
# "any" before lo.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip netns exec a timeout 1 tcpdump -nn
ip -n a link set lo up
ip netns exec a timeout 1 tcpdump -nn
ip -n a link set va up
ip netns exec a timeout 1 tcpdump -nn
ip -n b link set vb up
ip netns exec a timeout 1 tcpdump -nn -w /dev/null
