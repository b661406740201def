# What tcpdump says on stderr: "listening on …" when it starts, the counts when -c is reached. A
# background capture's stderr goes to a file, so it cannot interleave with later commands.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec a tcpdump -i va -c 2 -nn -t icmp >out.txt 2>err.txt &
ip netns exec b tcpdump -i vb -c 1 -w b.pcap 'icmp and src host 10.0.0.1' 2>b.log &
sleep 1
cat err.txt
cat b.log
ip netns exec a ping -c 1 10.0.0.2
sleep 2
cat out.txt
cat err.txt
cat b.log
tcpdump -r b.pcap -nn -t
