# ss -p and netstat -p, as tutorials check what listens: users:(("nc",pid=N,fd=3)) for a listener, fd=4
# for the connection it serves, fd=3 for a client, none for a time-wait socket; a single row does not
# widen the Process header (its users text is never measured). The pids are masked by the normaliser.
ip netns add a
ip netns add b
ip link add va address 02:00:00:00:00:0a netns a type veth peer name vb address 02:00:00:00:00:0b netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 80 > /dev/null &
ip netns exec b nc -l 8080 > /dev/null &
ip netns exec b nc -lu 53 > /dev/null &
ip netns exec b ss -tlnp
ip netns exec b ss -ulnp
ip netns exec b ss -tulnp
ip netns exec b ss -lntp
ip netns exec b ss -antp
ip netns exec a nc 10.0.0.2 8080 &
sleep 0.2
ip netns exec a nc -z 10.0.0.2 80
ip netns exec b ss -tnp
ip netns exec b ss -tanp
ip netns exec a ss -tanp
ip netns exec b netstat -tlnp
ip netns exec b netstat -tulnp
ip netns exec b netstat -antp
ip netns exec a netstat -antp
ip netns exec b ss -tlp
ip netns exec b ss -tnp
ip netns exec b ss -tn
ip netns exec b ss -tanp
ip netns exec a ss -tnp
ip netns exec a ss -tp
ip netns exec b ss -tnpH
