# What netns-lab exports for devices sysctl(8) cannot name as they are ('.' and '='; source 95c-export-device-names.sh) runs on the kernel and sets their sysctls.
ip netns add n1
ip link add h.1 address 02:00:00:00:00:03 type veth peer name h=2 address 02:00:00:00:00:04
ip link add eth0.10 address 02:00:00:00:00:01 netns n1 type veth peer name k=v address 02:00:00:00:00:02 netns n1
ip link set dev h=2 name nlsysctl0
sysctl -qw net.ipv4.conf.nlsysctl0.proxy_arp=1
ip link set dev nlsysctl0 name h=2
ip -n n1 link set dev k=v name nlsysctl0
ip netns exec n1 sysctl -qw net.ipv4.conf.nlsysctl0.forwarding=1
ip netns exec n1 sysctl -qw net.ipv4.conf.nlsysctl0.arp_ignore=2
ip -n n1 link set dev nlsysctl0 name k=v
ip netns exec n1 sysctl -qw net.ipv4.conf.eth0/10.forwarding=1
ip netns exec n1 sysctl -qw net.ipv4.conf.eth0/10.rp_filter=2
ip netns exec n1 sysctl -qw net.ipv4.neigh.eth0/10.base_reachable_time_ms=20000
ip link set h=2 up
ip -n n1 link set k=v up
ip -n n1 link show
ip link show h=2
ip netns exec n1 sysctl net.ipv4.conf.eth0/10.forwarding net.ipv4.conf.eth0/10.rp_filter net.ipv4.neigh.eth0/10.base_reachable_time_ms
ip -n n1 link set k=v down
ip -n n1 link set dev k=v name look
ip netns exec n1 sysctl net.ipv4.conf.look.forwarding net.ipv4.conf.look.arp_ignore net.ipv4.conf.look.proxy_arp
ip link set h=2 down
ip link set dev h=2 name look
sysctl net.ipv4.conf.look.proxy_arp net.ipv4.conf.look.forwarding
