# Neighbour states after one ping: the sender REACHABLE, the responder DELAY; 7 s later the responder's unicast probe made it REACHABLE.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:40:01 netns a type veth peer name eth0 address 02:00:00:00:40:02 netns b
ip -n a addr add 10.40.0.1/24 dev eth0
ip -n b addr add 10.40.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip -n a neigh show
ip netns exec a ping -c 1 -W 1 10.40.0.2
ip -n a neigh show
ip -n b neigh show
ip -n b neigh show dev eth0
ip -n b neigh show 10.40.0.1
sleep 7
ip -n a neigh show
ip -n b neigh show
ip netns exec b ping -c 2 -i 0.5 -W 1 10.40.0.1
ip -n a neigh show
ip -n b neigh show
