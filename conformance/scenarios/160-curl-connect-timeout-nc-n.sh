# curl --connect-timeout (its own message when it runs out before -m), and nc -n, which also leaves
# out the service name (port [tcp/*]).
ip netns add a
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b
ip -n a addr add 10.0.0.1/24 dev va
ip -n a link set va up
ip link set vb up
ip addr add 10.0.0.2/24 dev vb
iptables -A INPUT -p tcp --dport 80 -j DROP
ip netns exec a curl -sS --connect-timeout 1 http://10.0.0.2/
ip netns exec a curl -sS --connect-timeout 2 -m 1 http://10.0.0.2/
ip netns exec a curl -sS -m 2 --connect-timeout 1 http://10.0.0.2/
ip netns exec a curl -sS --connect-timeout x http://10.0.0.2/
nc -lk 8080 > /dev/null &
ip netns exec a nc -vzn 10.0.0.2 8080
ip netns exec a nc -vz 10.0.0.2 8080
ip netns exec a nc -zvn -w 1 10.0.0.2 22
