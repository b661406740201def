# Traffic for the printer fixtures (record.sh in this directory): ARP, ICMP echo and every ICMP error
# the engine models (need-frag, fragments, TTL, net/host/port/admin unreachable), TCP with data, a
# REJECT with tcp-reset, UDP to plain and decoder ports, an HTTP exchange (curl and a canned answer,
# CRLFs and all, for -A and -X); captured on a veth and on "any".
ip netns add a
ip netns add r
ip netns add b
ip link add va type veth peer name ra
ip link add vb type veth peer name rb
ip link set va netns a
ip link set ra netns r
ip link set rb netns r
ip link set vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a link set lo up
ip -n r link set rb mtu 1400
ip -n a route add default via 10.0.0.254
ip -n b route add default via 10.0.1.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec b iptables -A INPUT -p tcp --dport 81 -j REJECT
ip netns exec b iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip netns exec b iptables -A INPUT -p udp --dport 83 -j REJECT --reject-with icmp-admin-prohibited
ip netns exec b iptables -A INPUT -p udp --dport 84 -j REJECT --reject-with icmp-host-prohibited
ip netns exec b iptables -A INPUT -p udp --dport 85 -j REJECT --reject-with icmp-net-unreachable
ip netns exec b iptables -A INPUT -p udp --dport 86 -j REJECT --reject-with icmp-proto-unreachable
ip netns exec b nc -l 8080 &
ip netns exec b nc -u -l 5000 &
ip netns exec b bash -c 'printf "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nhello\n" | nc -l 8081' >/dev/null &
ip netns exec a tcpdump -i va -U -w "$PCAP_OUT"/router.pcap 2>/dev/null &
ip netns exec a tcpdump -i any -U -w "$PCAP_OUT"/any.pcap 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.1.2
ip netns exec a ping -c 1 -s 1400 -M do 10.0.1.2
ip netns exec a ping -c 1 -s 1500 10.0.1.2
ip netns exec a ping -c 1 -t 1 10.0.1.2
ip netns exec a ping -c 1 10.0.2.2
ip netns exec a ping -c 1 10.0.1.9
ip netns exec a ping -c 1 127.0.0.1
bash -c 'echo hello | ip netns exec a nc -w 1 10.0.1.2 8080'
bash -c 'echo hello | ip netns exec a nc -u -w 1 10.0.1.2 5000'
ip netns exec a curl -s -m 2 http://10.0.1.2:8081/index.html
ip netns exec a nc -z -w 1 10.0.1.2 81
ip netns exec a nc -z -w 1 10.0.1.2 82
ip netns exec a nc -zv -u -w 1 10.0.1.2 83
ip netns exec a nc -zv -u -w 1 10.0.1.2 84
ip netns exec a nc -zv -u -w 1 10.0.1.2 85
ip netns exec a nc -zv -u -w 1 10.0.1.2 86
ip netns exec a nc -zv -u -w 1 10.0.1.2 87
ip netns exec a nc -zv -u -w 1 10.0.1.2 53
ip netns exec a nc -zv -u -w 1 10.0.1.2 4789
sleep 2
pkill tcpdump
sleep 1
