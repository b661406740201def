# tcpdump and encapsulated traffic: the underlay shows UDP to 4789 decoded as VXLAN with the inner
# frame (-e and -v show both headers), the VXLAN device and the bridge show the inner frames only, a
# capture written with -w reads back the same; port 8472 (Linux's default) is decoded as OTV.
ip netns add node1
ip netns add node2
ip netns add c1
ip netns add c2
ip link add eth0 address 02:00:00:00:01:01 netns node1 type veth peer name eth0 address 02:00:00:00:02:01 netns node2
ip -n node1 addr add 192.168.50.1/24 dev eth0
ip -n node2 addr add 192.168.50.2/24 dev eth0
ip -n node1 link set eth0 up
ip -n node2 link set eth0 up
ip -n node1 link add br0 address 02:00:00:00:01:10 type bridge mcast_snooping 0
ip -n node2 link add br0 address 02:00:00:00:02:10 type bridge mcast_snooping 0
ip -n node1 link add vx0 address 02:00:00:00:01:20 type vxlan id 100 dstport 4789 local 192.168.50.1 remote 192.168.50.2 dev eth0
ip -n node2 link add vx0 address 02:00:00:00:02:20 type vxlan id 100 dstport 4789 local 192.168.50.2 remote 192.168.50.1 dev eth0
ip -n node1 link set vx0 master br0
ip -n node2 link set vx0 master br0
ip -n node1 link add veth-c1 address 02:00:00:00:01:30 type veth peer name eth0 address 02:00:00:00:00:c1 netns c1
ip -n node2 link add veth-c2 address 02:00:00:00:02:30 type veth peer name eth0 address 02:00:00:00:00:c2 netns c2
ip -n node1 link set veth-c1 master br0
ip -n node2 link set veth-c2 master br0
ip -n c1 addr add 10.0.0.1/24 dev eth0
ip -n c2 addr add 10.0.0.2/24 dev eth0
ip -n node1 link set vx0 up
ip -n node2 link set vx0 up
ip -n node1 link set br0 up
ip -n node2 link set br0 up
ip -n node1 link set veth-c1 up
ip -n node2 link set veth-c2 up
ip -n c1 link set eth0 up
ip -n c2 link set eth0 up
ip netns exec node2 tcpdump -i eth0 -nn -e -v -c 2 udp port 4789 >ev.txt 2>/dev/null &
ip netns exec node1 tcpdump -i eth0 -nn -w vx.pcap -c 4 udp 2>/dev/null &
ip netns exec node2 tcpdump -i br0 -nn -e -c 2 icmp >br.txt 2>/dev/null &
ip netns exec node1 tcpdump -i vx0 -nn -c 2 icmp >vx.txt 2>/dev/null &
sleep 1
ip netns exec c1 ping -c 1 10.0.0.2
sleep 2
cat ev.txt
cat br.txt
cat vx.txt
tcpdump -r vx.pcap -nn
tcpdump -r vx.pcap -nn -t 'udp dst port 4789 and src host 192.168.50.2'
ip -n node1 link add vx8 address 02:00:00:00:01:28 type vxlan id 8 remote 192.168.50.2 dev eth0
ip -n node2 link add vx8 address 02:00:00:00:02:28 type vxlan id 8 remote 192.168.50.1 dev eth0
ip -n node1 addr add 10.8.0.1/24 dev vx8
ip -n node2 addr add 10.8.0.2/24 dev vx8
ip -n node1 link set vx8 up
ip -n node2 link set vx8 up
ip netns exec node2 tcpdump -i eth0 -nn -e -c 2 udp port 8472 >otv.txt 2>/dev/null &
sleep 1
ip netns exec node1 ping -c 1 10.8.0.2
sleep 2
cat otv.txt
