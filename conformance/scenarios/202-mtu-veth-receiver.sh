# A veth end drops frames larger than its own MTU: the peer's MTU does not limit what is sent
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:ca:01 netns a type veth peer name vb address 02:00:00:00:ca:02 netns b mtu 1400
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip -n a link show va
ip -n b link show vb
ip netns exec a ping -c 1 -s 1372 10.0.0.2
ip netns exec a ping -c 1 -W 1 -s 1373 10.0.0.2
ip netns exec a ping -c 1 -W 1 -s 1472 -M do 10.0.0.2
ip netns exec b ping -c 1 -s 1472 10.0.0.1
ip netns exec b ping -c 1 -s 1373 -M do 10.0.0.1
ip -n a link set va mtu 1400
ip netns exec a ping -c 1 -s 1473 10.0.0.2
ip -n b link set vb mtu 1500
ip netns exec a ping -c 1 -s 1473 -M do 10.0.0.2
