# sysctl (procps-ng 4.0.2): -w of several keys, -p FILE (syntax errors first, then the settings in
# order), -p -, -q, -e, -n, -N, values as the kernel reads them (0x, 0 octal, a blank and anything
# after it), and the usage error without arguments.
ip netns add a
ip netns exec a sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.all.rp_filter=2 net.ipv4.conf.default.arp_ignore=1
ip netns exec a sysctl -w net.ipv4.ip_forward=0 net.ipv4.nope=1 net.ipv4.conf.all.rp_filter=1
ip netns exec a sysctl -w net.ipv4.ip_forward
ip netns exec a sysctl net.ipv4.ip_forward net.ipv4.nope net.ipv4.conf.lo.forwarding
ip netns exec a sysctl -e net.ipv4.nope
ip netns exec a sysctl -e -w net.ipv4.nope=1
ip netns exec a sysctl -N net.ipv4.ip_forward
ip netns exec a sysctl -n net.ipv4.conf.all.rp_filter net.ipv4.conf.default.arp_ignore
ip netns exec a sysctl -w net.ipv4.conf.all.arp_ignore=0x2
ip netns exec a sysctl -n net.ipv4.conf.all.arp_ignore
ip netns exec a sysctl -w net.ipv4.conf.all.arp_announce=02
ip netns exec a sysctl -w net.ipv4.conf.all.arp_filter=08
ip netns exec a sysctl -w net.ipv4.conf.all.arp_filter='1 x'
ip netns exec a sysctl -w net.ipv4.conf.all.arp_filter=+1
ip netns exec a sysctl -n net.ipv4.conf.all.arp_filter
ip netns exec a sysctl -qw net.ipv4.ip_forward=1
ip netns exec a sysctl
echo -e '# a router\nnet.ipv4.ip_forward = 1\n  ; indented comment\nnet.ipv4.conf.all.rp_filter=0\n\nnot a setting\nnet.ipv4.nope = 1\nnet.ipv4.conf.default.arp_announce = 9\nnet.ipv4.conf.all.send_redirects = 0 # trailing words' > router.conf
ip netns exec a sysctl -p router.conf
ip netns exec a sysctl -q -p router.conf
ip netns exec a sysctl -e --load=router.conf
ip netns exec a sysctl -prouter.conf
ip netns exec a sysctl -p nosuch.conf
ip netns exec a sysctl -p router.conf nosuch.conf -w net.ipv4.ip_forward=0
ip netns exec a sysctl -n net.ipv4.ip_forward net.ipv4.conf.all.send_redirects
ip netns exec a sysctl -p - < router.conf
cat router.conf | ip netns exec a sysctl -p -
echo net.ipv4.ip_forward=0 > fwd.conf
ip netns exec a sysctl -p fwd.conf -p router.conf
ip netns exec a sysctl -f fwd.conf
ip netns exec a sysctl -n net.ipv4.ip_forward
