# Free-text lengths: a comment keeps 255 bytes and a log prefix 29 (silently cut, as the kernel's fixed-size fields do); an empty log prefix is refused.
iptables -A INPUT -j LOG --log-prefix ''
iptables -A INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
iptables -A INPUT -j LOG --log-prefix xxxxxxxxxxxxxxxxxxxxxxxxxxxxx
iptables -A INPUT -m comment --comment cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
iptables -A INPUT -m comment --comment ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
iptables -S INPUT
