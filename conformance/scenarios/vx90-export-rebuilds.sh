# The script netns-lab exports for a multi-node VXLAN lab (sources/vx90-export-topology.sh) runs on the kernel, rebuilds it, and the containers ping across nodes.
ip netns add node1
ip netns add node2
ip netns add node3
ip netns add ov3
ip netns add c1
ip netns add c2
ip netns add c3
ip link add sw type bridge mcast_snooping 0
ip link add n1 address a2:00:87:fb:f7:47 type veth peer name eth0 address 9e:b8:6d:fe:74:7d netns node1
ip link add n2 address 22:67:3f:27:7d:11 type veth peer name eth0 address 66:c4:49:30:0a:6d netns node2
ip link add n3 address 96:cc:4b:34:a8:8b type veth peer name eth0 address c2:31:b8:74:c5:fe netns node3
ip -n node1 link add br0 type bridge mcast_snooping 0
ip -n node1 link add name vx0 address 3e:c1:27:52:69:3f type vxlan id 100 remote 192.168.50.2 local 192.168.50.1 dev eth0 dstport 4789 ageing 600
ip link add veth-c1 address 4e:ad:f3:ec:b1:eb netns node1 type veth peer name eth0 address d6:ef:1d:0a:de:4b netns c1
ip -n node1 link add name flannel.1 address 0a:00:00:00:00:01 type vxlan id 1 local 192.168.50.1 dev eth0 dstport 8472 nolearning
ip -n node2 link add br0 type bridge mcast_snooping 0
ip -n node2 link add name vx0 address 26:b9:93:20:43:0c type vxlan id 100 remote 192.168.50.1 local 192.168.50.2 dev eth0 dstport 4789
ip link add veth-c2 address e2:82:ef:b4:2a:ad netns node2 type veth peer name eth0 address f2:21:fa:29:63:1e netns c2
ip -n node2 link add name flannel.1 address 0a:00:00:00:00:02 type vxlan id 1 local 192.168.50.2 dev eth0 dstport 8472 nolearning
ip -n ov3 link add br0 type bridge mcast_snooping 0
ip -n node3 link add name vxlan0 address 9e:dd:3d:fd:b7:66 type vxlan id 100 dev eth0 dstport 4789
ip -n node3 link set dev vxlan0 netns ov3
ip link add veth-c3 address 66:53:a8:82:88:13 netns ov3 type veth peer name eth0 address ce:da:45:2a:4d:e4 netns c3
ip link set n1 master sw
ip link set n2 master sw
ip link set n3 master sw
ip -n node1 link set vx0 master br0
ip -n node1 link set veth-c1 master br0
ip -n node2 link set vx0 master br0
ip -n node2 link set veth-c2 master br0
ip -n ov3 link set vxlan0 master br0
ip -n ov3 link set veth-c3 master br0
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node1 addr add 10.244.0.0/32 dev flannel.1
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node2 addr add 10.244.1.0/32 dev flannel.1
ip -n node3 addr add 192.168.50.3/24 dev eth0
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n c3 addr add 10.0.0.3/24 dev eth0
ip link set sw up
ip link set n1 up
ip link set n2 up
ip link set n3 up
ip -n node1 link set eth0 up
ip -n node1 link set br0 up
ip -n node1 link set vx0 up
ip -n node1 link set veth-c1 up
ip -n node1 link set flannel.1 up
ip -n node2 link set eth0 up
ip -n node2 link set br0 up
ip -n node2 link set vx0 up
ip -n node2 link set veth-c2 up
ip -n node2 link set flannel.1 up
ip -n node3 link set eth0 up
ip -n ov3 link set br0 up
ip -n ov3 link set vxlan0 up
ip -n ov3 link set veth-c3 up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip -n c3 link set eth0 up
ip -n node1 route add 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
ip -n node2 route add 10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink
ip -n node1 neigh add 10.244.1.0 lladdr 0a:00:00:00:00:02 dev flannel.1
ip netns exec node1 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3 self permanent
ip netns exec node1 bridge fdb append 0a:00:00:00:00:02 dev flannel.1 dst 192.168.50.2 self permanent
ip -n node2 neigh add 10.244.0.0 lladdr 0a:00:00:00:00:01 dev flannel.1
ip netns exec node2 bridge fdb append 00:00:00:00:00:00 dev vx0 dst 192.168.50.3 self permanent
ip netns exec node2 bridge fdb append 0a:00:00:00:00:01 dev flannel.1 dst 192.168.50.1 self permanent
ip netns exec ov3 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.1 self permanent
ip netns exec ov3 bridge fdb append 00:00:00:00:00:00 dev vxlan0 dst 192.168.50.2 self permanent
ip netns exec c1 ping -c 1 10.0.0.2
ip netns exec c1 ping -c 1 10.0.0.3
ip netns exec c3 ping -c 1 10.0.0.2
ip netns exec node1 ping -c 1 10.244.1.0
sleep 6
bridge -n node1 fdb show dev vx0
bridge -n ov3 fdb show dev vxlan0
ip -n ov3 link show vxlan0
ip -n node1 route
