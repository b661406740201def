# tcpdump's own errors: no such device (in this namespace), a device that is down, bad options, a
# count of 0, a missing or non-pcap file to read, a file it cannot write; each with exit status 1.
ip netns add a
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b
ip netns exec a tcpdump -i va -c 1
ip netns exec a tcpdump -i vb -c 1
ip netns exec a tcpdump -i nosuch -c 1
tcpdump -k
tcpdump --foo
tcpdump -c
tcpdump -i
tcpdump -c 0 -i vb
tcpdump -c x -i vb
tcpdump -s 300000 -i vb
tcpdump -r missing.pcap
echo hello > notpcap.txt
tcpdump -r notpcap.txt
ip -n a link set va up
ip netns exec a timeout 1 tcpdump -i va -w /tmp/nosuchdir/x.pcap
tcpdump -h
tcpdump --version
