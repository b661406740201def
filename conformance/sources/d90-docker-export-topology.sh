# A lab built with docker commands (scenario d90-docker-export-rebuilds runs its export on the kernel):
# the default bridge with a published port, a user network, and an outside network on the host.
ip netns add outside
ip link add eth0 type veth peer name up0 netns outside
ip addr add 198.51.100.2/24 dev eth0
ip link set eth0 up
ip -n outside addr add 198.51.100.1/24 dev up0
ip -n outside link set up0 up
docker network create mynet
docker run -d --name web -p 8080:80 busybox sleep 3600
docker run -d --name c2 busybox sleep 3600
docker run -d --name c3 --network mynet busybox sleep 3600
