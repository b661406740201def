# Pinging one's own addresses goes through lo: nothing comes back while lo is down; with lo up every local address answers, even one on a down interface.
ip netns add h
ip link add eth0 address 02:00:00:00:53:01 netns h type veth peer name peer0 address 02:00:00:00:53:02
ip -n h link add v0 address 02:00:00:00:53:03 type veth peer name v1 address 02:00:00:00:53:04
ip -n h addr add 10.53.0.1/24 dev eth0
ip -n h addr add 192.168.53.1/24 dev v0
ip -n h link set eth0 up
ip netns exec h ping -c 1 -W 1 10.53.0.1
ip -n h link set lo up
ip netns exec h ping -c 1 -W 1 10.53.0.1
ip netns exec h ping -c 1 -W 1 192.168.53.1
ip netns exec h ip route get 192.168.53.1
ip netns exec h ping -c 2 -i 0.2 -W 1 127.0.0.1
ip -n h link set v0 up
ip netns exec h ping -c 1 -W 1 192.168.53.1
ip netns exec h ping -c 1 -W 1 10.53.0.255
ip netns exec h ping -c 1 -W 1 192.168.53.2
