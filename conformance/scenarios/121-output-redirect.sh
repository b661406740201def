# REDIRECT in nat OUTPUT: a local connection to port 80 lands on the local listener at 8080.
ip netns add b
ip link add vb netns b type veth peer name vx
ip -n b addr add 10.0.0.2/24 dev vb
ip -n b link set vb up
ip -n b link set lo up
ip link set vx up
ip netns exec b nc -lk 8080 >/dev/null &
sleep 0.2
ip netns exec b iptables -t nat -A OUTPUT -p tcp -d 10.0.0.2 --dport 80 -j REDIRECT --to-ports 8080
ip netns exec b nc -z -v -w 1 10.0.0.2 80
ip netns exec b nc -z -v -w 1 10.0.0.2 81
ip netns exec b conntrack -L -p tcp
ip netns exec b iptables -t nat -L OUTPUT -n -v
ip netns exec b ss -tan
