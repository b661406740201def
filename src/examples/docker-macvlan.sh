# Docker: a macvlan network, as Docker Engine 28.2.2 builds it. The container's interface is a
# macvlan child of the host's eth0 (bridge mode) with a MAC of its own, straight on eth0's wire:
# no docker0, no NAT, no iptables rules. A child cannot reach its parent's own address.

# The wire: the host's eth0, with the outside network (and the macvlan network's gateway) behind it.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up

docker network create -d macvlan --subnet 198.51.100.0/24 --gateway 198.51.100.1 -o parent=eth0 macnet
docker run -d --name mv --network macnet --ip 198.51.100.10 busybox sleep 3600

# The container is on the outside wire itself.
ip netns exec mv ping -c 1 198.51.100.1
