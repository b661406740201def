# MASQUERADE keeps a client's source port when it is free; with --random-fully (what kube-proxy's
# KUBE-POSTROUTING uses) the router picks a random source port for every new connection, which
# conntrack -L shows in the reply tuple (the normaliser masks only that port, and only for an
# entry whose source was rewritten in a script that uses --random-fully).
ip netns add a
ip netns add r
ip netns add b
ip link add va netns a type veth peer name ra netns r
ip link add vb netns b type veth peer name rb netns r
ip -n a addr add 10.0.0.1/24 dev va
ip -n r addr add 10.0.0.254/24 dev ra
ip -n r addr add 10.0.1.254/24 dev rb
ip -n b addr add 10.0.1.2/24 dev vb
ip -n a link set va up
ip -n r link set ra up
ip -n r link set rb up
ip -n b link set vb up
ip -n a route add default via 10.0.0.254
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec b nc -lk 80 > /dev/null &
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec a nc -z -v 10.0.1.2 80
ip netns exec r conntrack -L -p tcp
ip netns exec r conntrack -F
ip netns exec r iptables -t nat -R POSTROUTING 1 -o rb -j MASQUERADE --random-fully
ip netns exec r iptables -t nat -S POSTROUTING
ip netns exec r iptables -t nat -L POSTROUTING -n
ip netns exec a nc -z -v 10.0.1.2 80
ip netns exec a nc -z -v 10.0.1.2 80
ip netns exec r conntrack -L -p tcp
ip netns exec r iptables -t nat -L POSTROUTING -n -v
