# nc -lk with clients that close by -w idle time, by curl's -m time-out, and with -v: each client's FIN
# (after 1 s) is answered by the listener's FIN carrying the ACK; ss shows only the listener after.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a ping -c 1 10.0.0.2
ip netns exec b nc -lk 4000 >/dev/null &
ip netns exec a tcpdump -i va -U -w fin.pcap tcp 2>/dev/null &
sleep 1
ip netns exec a nc -w 1 10.0.0.2 4000 < /proc/sys/net/ipv4/ip_forward
ip netns exec a curl -s -m 1 http://10.0.0.2:4000/
ip netns exec b ss -tan
ip netns exec a nc -v -w 1 10.0.0.2 4000
ip netns exec b ss -tan
sleep 1
tcpdump -r fin.pcap -nn -t
