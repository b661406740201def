# An address nobody answers: INCOMPLETE while ARP retries (3 broadcasts, 1 s apart), then FAILED. The Destination Host Unreachable error reaches ping only if the sender's lo is up.
ip netns add a
ip netns add b
ip link add eth0 address 02:00:00:00:42:01 netns a type veth peer name eth0 address 02:00:00:00:42:02 netns b
ip -n a addr add 10.42.0.1/24 dev eth0
ip -n b addr add 10.42.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up
ip netns exec a ping -c 1 -W 1 10.42.0.99
ip -n a neigh show
sleep 3
ip -n a neigh show
ip -n b neigh show
ip netns exec a ping -c 1 -W 4 10.42.0.98
ip -n a neigh show
ip -n a link set lo up
ip netns exec a ping -c 1 -W 4 10.42.0.96
ip netns exec a ping -c 3 -i 1 10.42.0.97
ip -n a neigh show nud failed
ip -n a neigh show 10.42.0.97
ip -n a neigh flush dev eth0
ip -n a neigh show
