# curl 7.88.1: the request it sends (printed by an nc listener), its errors and exit statuses
# (refused, no route, a dropped SYN, a server that never answers, an answer that is not HTTP, bad
# URLs), and the segments of an exchange in the counters. INPUT counts all but pure ACKs: nc's ACK of
# curl's FIN waits 40 ms (CLOSE_WAIT's delayed ACK) to ride on nc's own FIN, and whether nc closes
# within 40 ms depends on the machine's load. The listener that answers writes what it received to a
# file, read after curl: its output and curl's error would otherwise come in either order.
ip netns add a
ip link add eth0 type veth peer name up0 netns a
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
ip -n a addr add 10.0.0.2/24 dev up0
ip -n a link set up0 up
ip -n a link set lo up
iptables -A OUTPUT -p tcp
iptables -A INPUT -p tcp ! --tcp-flags ALL ACK
curl -sS http://10.0.0.2/
curl -s http://10.0.0.2:81/
curl -sS http://192.0.2.1/
ip netns exec a nc -l 80 &
sleep 0.2
curl -sS -m 1 http://10.0.0.2/
sleep 0.5
iptables -L -n -v -x
iptables -Z
ip netns exec a nc -l 8080 &
sleep 0.2
curl -s -m 1 -I http://10.0.0.2:8080/index.html?x=1
sleep 0.5
ip netns exec a nc -l 81 < /proc/sys/net/ipv4/ip_forward > req81.txt &
sleep 0.2
curl -sS -m 1 http://10.0.0.2:81/
sleep 0.2
cat req81.txt
iptables -I INPUT -s 10.0.0.2 -p tcp --sport 82 -j DROP
curl -sS -m 1 http://10.0.0.2:82/
curl -s -m 1 http://10.0.0.2:82/
curl -sS http://10.0.0.2:99999/
curl -sS foo://10.0.0.2/
curl
curl -m abc http://10.0.0.2/
curl -sS http://nonexistent.invalid/
curl -sS -m 5 http://10.0.0.9/
curl -sS http://10.0.0.9:8080/
