# TCP carrying data, both ways, with nc reading its input from a /proc/sys file: each data segment
# is PSH|ACK and is ACKed at once by a pure ACK (quick-ack); -N sends FIN after the input; the
# listener prints what it receives. Counters give the exact segment sizes (52 bytes + data).
# INPUT counts all but pure ACKs: the listener's ACK of the client's FIN waits 40 ms (CLOSE_WAIT's
# delayed ACK) to ride on nc's own FIN, and whether nc closes within 40 ms depends on the machine's
# load, so that packet is counted in some runs and not in others. The INPUT rule is added afresh
# instead of zeroed: after iptables -Z the chain's policy would count that packet too.
ip netns add a
ip link add eth0 type veth peer name up0 netns a
ip addr add 10.0.0.1/24 dev eth0
ip link set eth0 up
ip -n a addr add 10.0.0.2/24 dev up0
ip -n a link set up0 up
ip netns exec a sysctl -w net.ipv4.ip_forward=1
iptables -A OUTPUT -p tcp
iptables -A INPUT -p tcp ! --tcp-flags ALL ACK
ip netns exec a nc -l 80 &
sleep 0.2
nc -N -w 1 10.0.0.2 80 < /proc/sys/net/ipv4/ip_forward
sleep 0.5
iptables -L -n -v -x
ip netns exec a ss -tan
iptables -Z OUTPUT
iptables -F INPUT
iptables -A INPUT -p tcp ! --tcp-flags ALL ACK
ip netns exec a nc -l 81 < /proc/sys/net/ipv4/ip_forward &
sleep 0.2
nc -w 1 10.0.0.2 81
sleep 0.5
iptables -L -n -v -x
ss -tan
iptables -Z OUTPUT
iptables -F INPUT
iptables -A INPUT -p tcp ! --tcp-flags ALL ACK
ip netns exec a nc -l 82 >/dev/null &
sleep 0.2
nc -N -w 1 10.0.0.2 82 < /dev/null
iptables -L -n -v -x
