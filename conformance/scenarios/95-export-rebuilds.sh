# The script netns-lab exports for a topology (npx netns-lab export) runs on the kernel and rebuilds the same topology.
ip netns add c1
ip netns add c-2
ip -n c1 link set lo up
sysctl -qw net.ipv4.ip_forward=1
ip netns exec c1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec c-2 sysctl -qw net.ipv4.ip_forward=1
ip link add br0 address 02:00:00:00:95:00 type bridge ageing_time 1000
ip link add v1 address 02:00:00:00:95:01 type veth peer name eth0 address 02:00:00:00:95:11 netns c1
ip link add v2 address 02:00:00:00:95:02 type veth peer name eth0 address 02:00:00:00:95:12 netns c-2
ip link set v1 master br0
ip link set v2 master br0
ip addr add 10.95.0.1/24 dev br0
ip -n c1 addr add 10.95.0.2/24 dev eth0
ip -n c1 addr add 10.95.0.22/24 dev eth0
ip netns exec c-2 sysctl -qw net.ipv4.conf.eth0.arp_ignore=1
ip -n c-2 addr add 10.95.0.3/24 dev eth0
ip link set br0 up
ip link set v1 up
ip link set v2 up
ip -n c1 link set eth0 up
ip -n c-2 link set eth0 up
ip -n c1 route add default via 10.95.0.1 dev eth0
ip -n c-2 route add 192.0.2.0/24 via 10.95.0.1 dev eth0 metric 50
bridge fdb add 02:00:00:00:95:77 dev v2 master static
ip -n c1 neigh add 10.95.0.99 lladdr 02:00:00:00:95:99 dev eth0
ip -br link
ip -br addr
ip -n c1 -br addr
ip -n c-2 -br link
ip route show
ip -n c1 route show
ip -n c-2 route show
ip -n c1 neigh show nud permanent
bridge fdb show br br0
brctl show br0
ip netns exec c1 sysctl -n net.ipv4.ip_forward
ip netns exec c-2 sysctl -n net.ipv4.conf.eth0.arp_ignore
ip netns exec c1 ping -c 1 -W 1 10.95.0.3
