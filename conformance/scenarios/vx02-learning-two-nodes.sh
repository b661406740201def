# Two nodes (namespaces node1, node2) joined by an underlay veth; on each a bridge with a container
# and a VXLAN port (VNI 100, learning). The first ping floods its ARP to the remote VTEP named by
# `remote` (the all-zeros entry); both VTEPs learn the other's container MAC behind its address.
# The sleep lets c2's neighbour entry for c1 finish its DELAY → PROBE (a unicast ARP over the
# tunnel) before the tables are read.
ip netns add node1
ip netns add node2
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 local 192.168.50.1 remote 192.168.50.2 dev eth0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 local 192.168.50.2 remote 192.168.50.1 dev eth0
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node2 link add veth-c2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 link set br0 up
ip -n node2 link set br0 up
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n node1 -br link
bridge -n node1 fdb show dev vx0
ip netns exec node1 tcpdump -i eth0 -nn -e -c 6 >under.txt 2>/dev/null &
ip netns exec node2 tcpdump -i vx0 -nn -e -c 4 >inner.txt 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 2 10.0.0.2
sleep 6
cat under.txt
cat inner.txt
bridge -n node1 fdb show dev vx0
bridge -n node2 fdb show dev vx0
bridge -n node1 fdb show br br0
ip -n node1 neigh
ip -n c1 neigh
ip netns exec node1 ss -uan
ip -n node1 link set vx0 down
bridge -n node1 fdb show dev vx0
ip netns exec node1 ss -uan
ip -n node1 link set vx0 up
bridge -n node1 fdb show dev vx0
ip netns exec c2 ping -c 1 10.0.0.1
bridge -n node1 fdb show dev vx0
