# The namespace's net.netfilter conntrack timeouts and tcp_loose: each namespace has its own, starting
# at the kernel's defaults; tcp_loose is 0 or 1; a timeout is any number of seconds an int of
# jiffies holds (HZ 250), negative ones too. New and refreshed entries take the timeout written.
# Entries are counted (the summary on stderr) rather than listed with countdowns.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a iptables -A OUTPUT -m conntrack --ctstate NEW,ESTABLISHED
ip netns exec a sysctl net.netfilter.nf_conntrack_tcp_loose net.netfilter.nf_conntrack_icmp_timeout net.netfilter.nf_conntrack_udp_timeout_stream
ip netns exec a sysctl -w net.netfilter.nf_conntrack_tcp_loose=2
ip netns exec a sysctl -w net.netfilter.nf_conntrack_tcp_loose=0
ip netns exec a sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589935
ip netns exec a sysctl -w net.netfilter.nf_conntrack_udp_timeout=8589934
ip netns exec a sysctl -w net.netfilter.nf_conntrack_udp_timeout=-1
ip netns exec a sysctl net.netfilter.nf_conntrack_udp_timeout
ip netns exec a sysctl -w net.netfilter.nf_conntrack_icmp_timeout=3
ip netns exec a sysctl -w net.netfilter.nf_conntrack_tcp_timeout_time_wait=3
ip netns exec a sysctl -w net.netfilter.nf_conntrack_udp_timeout=3
ip netns exec b sysctl net.netfilter.nf_conntrack_icmp_timeout net.netfilter.nf_conntrack_tcp_loose
sysctl net.netfilter.nf_conntrack_tcp_timeout_time_wait
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
ip netns exec b nc -l 5000 > /dev/null &
ip netns exec a nc -z 10.0.0.2 5000
ip netns exec a conntrack -L > /dev/null
sleep 5
ip netns exec a conntrack -L > /dev/null
ip netns exec a sysctl -w net.netfilter.nf_conntrack_icmp_timeout=30
ip netns exec a ping -c 1 10.0.0.2 > /dev/null
sleep 5
ip netns exec a conntrack -L > /dev/null
ip netns exec a sysctl net.netfilter.nf_conntrack_count
