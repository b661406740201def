# Writing ip_forward (or conf.all.forwarding) stores the value as written in all, default and every device,
# and sets conf.all.accept_redirects to its negation. `ip route show table all` walks the table hash:
# tables by id modulo 256, the newest first among equals.
sysctl net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects
sysctl -w net.ipv4.ip_forward=2
sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv4.conf.default.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.all.accept_redirects net.ipv4.conf.default.accept_redirects net.ipv4.conf.lo.accept_redirects
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.all.accept_redirects
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.conf.all.accept_redirects net.ipv4.ip_forward
sysctl -w net.ipv4.conf.default.forwarding=0
sysctl net.ipv4.conf.all.accept_redirects net.ipv4.ip_forward net.ipv4.conf.default.forwarding
ip link add name v0 type veth peer name v1
ip link set dev v0 up
ip route add blackhole 10.0.0.0/8 table 100
ip route add blackhole 10.0.0.0/8 table 300
ip route add blackhole 10.0.0.0/8 table 50
ip route add blackhole 10.0.0.0/8 table 253
ip route add blackhole 10.0.0.0/8 table 356
ip route show table all
