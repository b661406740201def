# Exit statuses of failing commands across the tools: ip, bridge, brctl, sysctl, ping, nc, iptables, conntrack
ip netns add n
ip -n n link set nosuch up
ip -n n addr add 10.0.0.1/33 dev lo
ip -n n route add 10.0.0.0/24 via 10.0.0.1
ip -n n neigh add 10.0.0.5 dev nosuch
ip -n n foo
ip netns add n
ip netns del nosuch
bridge fdb show dev nosuch
bridge fdb show br nosuch
bridge link set dev nosuch isolated on
bridge fdb add 02:00:00:00:00:01 dev lo master
bridge foo
brctl addif nosuch lo
brctl delbr nosuch
brctl foo
ip netns exec n sysctl -w net.ipv4.ip_forward=abc
ip netns exec n sysctl -w net.ipv4.ip_forward=2
ip netns exec n sysctl -w net.ipv4.conf.lo.rp_filter=7
ip netns exec n sysctl net.ipv4.nosuch net.ipv4.ip_forward
ip netns exec n sysctl -w net.ipv4.ip_forward net.ipv4.ip_forward=1
ip netns exec n ping -c 1 10.0.0.1
ip netns exec n ping -c 1 -W 1 127.0.0.1
ip netns exec n ping -x
ip netns exec n nc -zv 127.0.0.1 80
ip netns exec n nc -zv -w 1 10.0.0.1 80
ip netns exec n iptables -A INPUT -j NOPE
ip netns exec n iptables -X INPUT
ip netns exec n iptables -N C1
ip netns exec n iptables -A C1 -j ACCEPT
ip netns exec n iptables -X C1
ip netns exec n conntrack -D -s 10.0.0.1
ip netns exec n conntrack -L -p nosuch
ip netns exec n ss -x
ip netns exec n ss --nosuch
ip netns exec n true
ip netns exec n false
ip netns exec nosuch true
