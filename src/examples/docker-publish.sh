# Docker: two containers and -p 8080:80. Docker Engine 28.2.2 as netns-lab models it: each docker
# line is followed in the transcript by the ip and iptables commands Docker runs for it (the first
# one also starts the daemon: its chains, docker0 and the default network "bridge").

# A web server publishing its port 80 on the host's port 8080 (DNAT in nat DOCKER, ACCEPT in
# filter DOCKER, docker-proxy on 0.0.0.0:8080), and a client container beside it on docker0.
docker run -d --name web -p 8080:80 nginx
docker run -d --name client busybox sleep 3600

# The client reaches the server across docker0; the host reaches the published port on its own
# address, DNATed by nat OUTPUT's jump to DOCKER.
ip netns exec client ping -c 1 172.17.0.2
curl -s http://172.17.0.1:8080/
