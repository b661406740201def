# ip link add … type vxlan: defaults (MTU from the lower device, the 8472 warning), ip -d link show,
# the all-zeros default FDB entry of `remote`, iproute2's and the kernel's refusals, and deletion
# (also of the VXLAN device when its lower device goes).
ip netns add node1
ip netns add node2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node1 link set eth0 up
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dev eth0 remote 192.168.50.2
ip -n node1 link add vx1 address 02:00:00:00:01:21 type vxlan id 101 dstport 4789 local 192.168.50.1 remote 192.168.50.2 dev eth0
ip -n node1 link add vx2 address 02:00:00:00:01:22 type vxlan id 102 dstport 0
ip -n node1 link add vx3 address 02:00:00:00:01:23 type vxlan vni 103 dstport 4789 ttl 10 ageing 20 nolearning local 192.168.50.1
ip -n node1 link add vx4 address 02:00:00:00:01:24 mtu 1500 type vxlan id 104 dstport 4789 dev eth0
ip -n node1 link add vx5 address 02:00:00:00:01:25 mtu 1400 type vxlan id 105 dstport 4789 dev eth0 maxaddress 10
ip -n node1 -d link show vx0
ip -n node1 -d link show vx1
ip -n node1 -d link show vx2
ip -n node1 -d link show vx3
ip -n node1 -d link show vx4
ip -n node1 -d link show vx5
ip -n node1 link show
ip -n node1 -br link
bridge -n node1 fdb show dev vx0
bridge -n node1 fdb show dev vx1
bridge -n node1 fdb show dev vx2
bridge -n node1 fdb show
ip -n node1 link set vx1 up
ip -n node1 -br link show vx1
ip -n node1 link set vx4 mtu 1451
ip -n node1 link set vx4 mtu 1450
ip -n node1 link set vx2 mtu 9000
ip -n node1 link show vx2
ip -n node1 link add vx6 type vxlan dstport 4789
ip -n node1 link add vx6 type vxlan id 16777216 dstport 4789
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 remote 192.168.50.2 group 239.1.1.1
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 group 239.1.1.1
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 remote 239.1.1.1
ip -n node1 link add vx6 address 02:00:00:00:01:26 type vxlan id 6 dstport 4789 remote 10.1.2
ip -n node1 -d link show vx6
ip -n node1 link del vx6
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 remote nowhere
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 dev eth9
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 ttl 256
ip -n node1 link add vx6 type vxlan id 6 dstport 70000
ip -n node1 link add vx6 type vxlan id 6 id 7 dstport 4789
ip -n node1 link add vx6 type vxlan id 6 dstport 4789 bogus
ip -n node1 link add vx6 type vxlan id 100 dev eth0
ip -n node1 link add vx6 type vxlan id 101 dstport 4789
ip -n node1 link add vx6 address 02:00:00:00:01:26 type vxlan id 100 dstport 8473
ip -n node1 link add vx6 mtu 60 type vxlan id 106 dstport 4789
ip -n node1 link add vx1 type vxlan id 107 dstport 4789
ip -n node1 -br link
ip -n node1 link del vx6
ip -n node1 link del vx1
ip -n node1 link del eth0
ip -n node1 -br link
