# A SYN nobody answers: an absent neighbour, and a DROP rule. nc -w gives up with "timed out".
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a nc -z -v -w 2 10.0.0.9 80
ip -n a neigh
ip netns exec b iptables -A INPUT -p tcp --dport 80 -j DROP
ip netns exec a nc -z -v -w 2 10.0.0.2 80
ip netns exec a nc -z -v -w 1 10.0.0.2 80
ip netns exec b iptables -L INPUT -n -v
ip netns exec a ss -tan
ip netns exec a nc -z -v 10.1.0.1 80
