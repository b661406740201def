# A server with INPUT policy DROP: ESTABLISHED first, then -m multiport for the open ports.
ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 80 >/dev/null &
ip netns exec b nc -lk 443 >/dev/null &
ip netns exec b nc -lk 8443 >/dev/null &
sleep 0.2
ip netns exec b iptables -A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ip netns exec b iptables -A INPUT -p tcp -m multiport --dports 80,443,8000:8080 -j ACCEPT
ip netns exec b iptables -A INPUT -p icmp -j ACCEPT
ip netns exec b iptables -P INPUT DROP
ip netns exec b iptables -S INPUT
ip netns exec b iptables -L INPUT -n
ip netns exec b iptables -L INPUT
ip netns exec a nc -z -v -w 1 10.0.0.2 80
ip netns exec a nc -z -v -w 1 10.0.0.2 443
ip netns exec a nc -z -v -w 1 10.0.0.2 8443
ip netns exec a nc -z -v -w 1 10.0.0.2 22
ip netns exec a ping -c 1 -W 1 10.0.0.2
ip netns exec b iptables -L INPUT -n -v -x
ip netns exec b iptables -A INPUT -p udp -m multiport ! --sports 1:1023 -j ACCEPT
ip netns exec b iptables -A INPUT -p tcp -m multiport --ports 22
ip netns exec b iptables -A INPUT -m multiport --dports 22 -j ACCEPT
ip netns exec b iptables -S INPUT
ip netns exec b iptables -L INPUT -n
