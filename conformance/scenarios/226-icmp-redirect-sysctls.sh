# ICMP redirect sysctls: send_redirects on the router; accept_redirects (any of all/DEV on a host, both on a router), shared_media and secure_redirects on the host
ip netns add sw
ip netns add a
ip netns add r1
ip netns add r2
ip netns add b
ip -n sw link add br0 address 02:00:00:00:e1:00 type bridge
ip -n sw link set br0 up
ip link add va address 02:00:00:00:e1:01 netns a type veth peer name pa address 02:00:00:00:e1:11 netns sw
ip link add v1 address 02:00:00:00:e1:02 netns r1 type veth peer name p1 address 02:00:00:00:e1:12 netns sw
ip link add v2 address 02:00:00:00:e1:03 netns r2 type veth peer name p2 address 02:00:00:00:e1:13 netns sw
ip link add r2b address 02:00:00:00:e1:04 netns r2 type veth peer name vb address 02:00:00:00:e1:05 netns b
ip -n sw link set pa master br0 up
ip -n sw link set p1 master br0 up
ip -n sw link set p2 master br0 up
ip -n a addr add 10.0.0.10/24 dev va
ip -n r1 addr add 10.0.0.1/24 dev v1
ip -n r2 addr add 10.0.0.2/24 dev v2
ip -n r2 addr add 10.9.0.1/24 dev r2b
ip -n b addr add 10.9.0.2/24 dev vb
ip -n a link set lo up
ip -n r1 link set lo up
ip -n r2 link set lo up
ip -n b link set lo up
ip -n a link set va up
ip -n r1 link set v1 up
ip -n r2 link set v2 up
ip -n r2 link set r2b up
ip -n b link set vb up
ip netns exec a sysctl -qw net.ipv4.ip_forward=0
ip netns exec r1 sysctl -qw net.ipv4.ip_forward=1
ip netns exec r2 sysctl -qw net.ipv4.ip_forward=1
ip -n a route add default via 10.0.0.1
ip -n r1 route add 10.9.0.0/24 via 10.0.0.2
ip -n b route add default via 10.9.0.1
ip netns exec r1 sysctl -w net.ipv4.conf.all.send_redirects=0
ip netns exec r1 sysctl -w net.ipv4.conf.v1.send_redirects=0
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec r1 sysctl -w net.ipv4.conf.v1.send_redirects=1
ip netns exec a sysctl -w net.ipv4.conf.all.accept_redirects=0
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec a sysctl -w net.ipv4.conf.va.accept_redirects=0
ip -n a route flush cache
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec a sysctl -w net.ipv4.conf.all.accept_redirects=1
ip netns exec a sysctl -w net.ipv4.conf.va.accept_redirects=1
ip netns exec a sysctl -w net.ipv4.conf.va.shared_media=0
ip -n a route flush cache
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec a sysctl -w net.ipv4.conf.all.secure_redirects=0
ip netns exec a sysctl -w net.ipv4.conf.va.secure_redirects=0
ip -n a route flush cache
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec a sysctl -w net.ipv4.ip_forward=1
ip -n a route flush cache
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
ip netns exec a sysctl -w net.ipv4.conf.va.accept_redirects=0
ip -n a route flush cache
sleep 2
ip netns exec a ping -c 1 10.9.0.2
ip -n a route get 10.9.0.2
