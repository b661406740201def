# How netcat resolves its peer (glibc getaddrinfo in the sandbox, whose DNS server is unreachable):
# any form inet_aton reads is an address ("127.1", "0x7f.1", "0177.0.0.1", "2130706433", even
# "999" = 0.0.3.231) and is then named "as given (address)" unless -n; anything else goes to
# /etc/hosts and DNS, which fails with EAI_AGAIN ("Temporary failure in name resolution"), even
# for "300.1.1.1". -n (AI_NUMERICHOST) fails with EAI_NONAME ("Name or service not known"), and so
# does -4 (AF_INET) for a name of digits and dots that does not end in a dot. A listener's address
# resolves the same way.
ip netns add a
ip -n a link set lo up
ip netns exec a nc 300.1.1.1 80
ip netns exec a nc -z 300.1.1.1 80
ip netns exec a nc -u 300.1.1.1 80
ip netns exec a nc -zv 300.1.1.1 http
ip netns exec a nc 1.2.3.256 80
ip netns exec a nc 4294967296 80
ip netns exec a nc 1.2.3. 80
ip netns exec a nc nosuchhost 80
ip netns exec a nc -n nosuchhost 80
ip netns exec a nc -n 300.1.1.1 80
ip netns exec a nc -4 300.1.1.1 80
ip netns exec a nc -4 1.2.3. 80
ip netns exec a nc -4 nosuchhost 80
ip netns exec a nc -4 -n nosuchhost 80
ip netns exec a nc '' 80
ip netns exec a nc 999 80
ip netns exec a nc -v 999 80
ip netns exec a nc -v 0x7f.1 80
ip netns exec a nc -zv 127.1 80
ip netns exec a nc -zv 127.0.0.01 80
ip netns exec a nc -zv 0177.0.0.1 80
ip netns exec a nc -zv 2130706433 80
ip netns exec a nc -zvn 127.1 80
ip netns exec a nc -zv -s 127.1 127.0.0.1 80
ip netns exec a nc -zv -s 1.2.3. 127.0.0.1 80
ip netns exec a nc -l 300.1.1.1 80
ip netns exec a nc -l -n 300.1.1.1 80
ip netns exec a nc -l -4 300.1.1.1 80
ip netns exec a nc -u -l nosuchhost 80
ip netns exec a nc -lk localhost 80 &
ip netns exec a nc -lk 127.2 81 &
ip netns exec a ss -ltn
ip netns exec a nc -zv localhost 80
ip netns exec a nc -zv 127.1 80
ip netns exec a nc -zv 127.0.0.1 80
ip netns exec a nc -zvn 127.1 80
ip netns exec a nc -zv 127.2 81
