# A job started in the background has done what it does at once before the next line runs: a
# client's handshake (ss shows ESTAB, not SYN-SENT), its conntrack entry, a ping's ARP exchange and
# first reply (printed in the ping's own block).
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 80 > /dev/null &
ip netns exec a nc 10.0.0.2 80 &
ip netns exec a ss -tn
ip netns exec b conntrack -L
ip netns exec a ping -c 2 10.0.0.2 &
ip netns exec a ip neigh
sleep 2
