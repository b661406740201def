# nc's own messages for bad input.
ip netns add a
ip netns exec a nc -z -v 10.0.0.2
ip netns exec a nc -z -v 10.0.0.2 99999
ip netns exec a nc -z -v 10.0.0.2 0
ip netns exec a nc -z -v 10.0.0.2 nosuchservice
ip netns exec a nc -z -v 300.1.1.1 80
ip netns exec a nc -z -v -w abc 10.0.0.2 80
ip netns exec a nc -z -v 10.0.0.2 80
ip netns exec a nc -z -v -u 10.0.0.2 53
ip netns exec a nc -z -v 127.0.0.1 80
ip -n a link set lo up
ip netns exec a nc -z -v 127.0.0.1 80
ip netns exec a nc -z -v 127.0.0.1 ssh
ip netns exec a nc -z -v -u 127.0.0.1 53
