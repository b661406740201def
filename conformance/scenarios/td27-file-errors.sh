# tcpdump's files that cannot be opened: an empty name, a directory (the working directory, / and
# /tmp) to read or to write, a missing directory. A capture on lo writes one packet for the reads.
ip link set lo up
tcpdump -i lo -c 1 -w lo.pcap icmp 2>/dev/null &
ping -c 1 127.0.0.1 >/dev/null
sleep 1
tcpdump -r '' -nn
tcpdump -r . -nn
tcpdump -r / -nn
tcpdump -r /tmp -nn
tcpdump -r ./nosuch/lo.pcap -nn
tcpdump -r lo.pcap -w '' -nn
tcpdump -r lo.pcap -w . -nn
tcpdump -r lo.pcap -w /tmp/ -nn
tcpdump -r lo.pcap -w nosuch/x.pcap -nn
tcpdump -i lo -c 1 -w /tmp
tcpdump -i lo -c 1 -w ''
tcpdump -r lo.pcap -c 1e3 -nn -t
