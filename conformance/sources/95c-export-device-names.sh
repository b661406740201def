# Devices whose names sysctl(8) cannot name as they are: a '.' (VLAN style) and a '=' (cut as KEY=VALUE).
ip netns add n1
ip -n n1 link add eth0.10 address 02:00:00:00:00:01 type veth peer name k=v address 02:00:00:00:00:02
ip link add h.1 address 02:00:00:00:00:03 type veth peer name h=2 address 02:00:00:00:00:04
ip netns exec n1 sysctl -qw net/ipv4/conf/eth0.10/forwarding=1
ip netns exec n1 sysctl -qw net.ipv4.conf.eth0/10.rp_filter=2
ip netns exec n1 sysctl -qw net/ipv4/neigh/eth0.10/base_reachable_time_ms=20000
ip -n n1 link set dev k=v name tmp
ip netns exec n1 sysctl -qw net.ipv4.conf.tmp.forwarding=1
ip netns exec n1 sysctl -qw net.ipv4.conf.tmp.arp_ignore=2
ip -n n1 link set dev tmp name k=v
ip link set h=2 name tmp
sysctl -qw net.ipv4.conf.tmp.proxy_arp=1
ip link set dev tmp name h=2
ip link set h=2 up
ip -n n1 link set k=v up
