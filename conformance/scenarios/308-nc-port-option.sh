# netcat-openbsd 1.219 (Debian) takes -p as a service string for getaddrinfo: listening, `nc -l -p
# PORT` (with -s ADDR for the address, and then no operand); connecting, the local port it binds
# first. Digits are cut to 16 bits (70000 is 4464), 0 lets the kernel pick, a name is looked up for
# the protocol; a bind that fails stops nc with "bind failed". Its listeners set SO_REUSEPORT, so
# several share a port (which one takes a connection is the flow hash's choice).
ip netns add a
ip -n a link set lo up
ip -n a addr add 10.0.0.1/8 dev lo
ip netns exec a nc -l -p 5000 &
ip netns exec a nc -lp 5001 &
ip netns exec a nc -l -s 10.0.0.1 -p 5002 &
ip netns exec a nc -lu -p 5006 &
ip netns exec a nc -l -p 0 &
ip netns exec a nc -l -p 70000 &
ip netns exec a nc -l -p http &
ip netns exec a ss -tuln
ip netns exec a nc -l -p 5003 5004
ip netns exec a nc -l 127.0.0.1 -p 5005
ip netns exec a nc -l -s 10.0.0.1 5007
ip netns exec a nc -l -s 10.0.0.1
ip netns exec a nc -l -p abc
ip netns exec a nc -l -s nosuch -p 5008
ip netns exec a nc -l -s 10.9.9.9 -p 5009 &
ip netns exec a nc -lk 127.0.0.1 5010 &
ip netns exec a nc -z -v -p 0 127.0.0.1 5010
ip netns exec a nc -z -v -p 70000 127.0.0.1 5010
ip netns exec a nc -z -v -p abc 127.0.0.1 5010
ip netns exec a nc -z -v -p 5010 127.0.0.1 5010
ip netns exec a nc -z -v -p 40000 127.0.0.1 5010
ip netns exec a nc -z -v -p 40000 127.0.0.1 5010
ip netns exec a nc -z -v -s 127.0.0.1 -p 40001 127.0.0.1 5010
ip netns exec a nc -z -v -s 10.9.9.9 127.0.0.1 5010
ip netns exec a ss -tan
ip netns exec a nc -l 6000 &
ip netns exec a nc -l 6000 &
ip netns exec a nc -l 127.0.0.1 6000 &
ip netns exec a nc -lu 6001 &
ip netns exec a nc -lu -p 6001 &
ip netns exec a ss -tuln sport = :6000 or sport = :6001
ip netns exec a nc -z -v 10.0.0.1 6000
ip netns exec a ss -tln sport = :6000
