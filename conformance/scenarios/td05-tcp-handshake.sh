# A TCP handshake as tcpdump prints it: the SYN with Linux's options (mss, sackOK, TS, wscale), the
# SYN-ACK (window 65160: 45 segments of 1448), then relative sequence numbers and a scaled window
# (63 × 1024) from the third segment on; without -n the port is named from /etc/services.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2
ip netns exec b nc -l 8080 >/dev/null &
ip netns exec a tcpdump -i va -c 3 -w hs.pcap tcp 2>/dev/null &
sleep 1
ip netns exec a nc -z 10.0.0.2 8080
sleep 2
tcpdump -r hs.pcap -nn -t
tcpdump -r hs.pcap -t
