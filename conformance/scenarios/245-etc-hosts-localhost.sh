# Name resolution from /etc/hosts in a namespace: localhost is 127.0.0.1 for ping and nc
ip netns add n
ip netns exec n ping -c 1 localhost
ip -n n link set lo up
ip netns exec n ping -c 1 localhost
ip netns exec n nc -l 127.0.0.1 8080 &
ip netns exec n nc -zv localhost 8080
ip netns exec n nc -zv -w 1 localhost 8081
ip netns exec n nc -zuv -w 1 localhost 53
ip netns exec n ping -c 1 -I lo localhost
ip netns exec n ping -c 1 LOCALHOST
ip netns exec n ping -c 1 localhost.
ip netns exec n ping -c 1 127.1
ip netns exec n ss -tn
