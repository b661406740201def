# TCP with -v: a socket's segments carry only the pseudo-header sum (checksum offload), a SYN-ACK and
# a reset have IP id 0 (DF, no connected socket), a refused connection's RST and an iptables
# tcp-reset carry complete checksums.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2 >/dev/null
ip netns exec b iptables -A INPUT -p tcp --dport 82 -j REJECT --reject-with tcp-reset
ip netns exec b nc -l 8080 >/dev/null &
ip netns exec a tcpdump -i va -c 3 -w hs.pcap port 8080 2>/dev/null &
ip netns exec a tcpdump -i va -c 4 -w rst.pcap port 81 or port 82 2>/dev/null &
sleep 1
ip netns exec a nc -z 10.0.0.2 8080
ip netns exec a nc -z 10.0.0.2 81
ip netns exec a nc -z 10.0.0.2 82
sleep 2
tcpdump -r hs.pcap -nn -t -v
tcpdump -r rst.pcap -nn -t -v
tcpdump -r rst.pcap -nn -t
