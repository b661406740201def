# Docker network modes side by side, as Docker Engine 28.2.2 builds them: bridge (a namespace with
# a veth pair on docker0), host (the host's own namespace: nothing is built), none (a namespace with
# only lo) and container: (another container's namespace: nothing is built either). macvlan has a
# preset of its own ("Docker: a macvlan network").
docker run -d --name bridged -p 8080:80 nginx
docker run -d --name hosted --network host busybox sleep 3600
docker run -d --name isolated --network none busybox sleep 3600
docker run -d --name sidecar --network container:bridged busybox sleep 3600

# bridged reaches the host through docker0 (the sidecar, in the same namespace, does too).
ip netns exec bridged ping -c 1 172.17.0.1
