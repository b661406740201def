# The bytes of a ping as a live capture dumps them: iputils puts a struct timeval (tv_sec, tv_usec,
# 8 bytes each, little-endian) at the start of the echo data and fills the rest with byte i = i
# (0x10, 0x11, … after the timeval); an echo reply carries the same data back. -X adds the ASCII
# column, -xx the Ethernet header; with -s 8 the data is too short for a timeval (no time= either),
# and -s 20 shows the pattern going on after it. The normaliser masks only the IPv4 id and header
# checksum, the echo id, the timeval and the ICMP checksum.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -nn -t -X -c 8 >a.txt 2>/dev/null &
ip netns exec b tcpdump -i vb -nn -t -xx -c 8 >b.txt 2>/dev/null &
sleep 1
ip netns exec a ping -c 1 10.0.0.2
ip netns exec a ping -c 1 -s 8 10.0.0.2
ip netns exec a ping -c 1 -s 20 10.0.0.2
sleep 1
cat a.txt
cat b.txt
