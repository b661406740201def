# netcat resolves -s with getaddrinfo when it connects: a name the sandbox cannot resolve (no DNS)
# fails with EAI_AGAIN, a numeric form that is no address, or nothing, with EAI_NONAME; /etc/hosts
# names resolve.
ip netns add a
ip -n a link set lo up
ip netns exec a nc -zv -p 2000 -s xxxxxxxx 10.0.2.2 8080
ip netns exec a nc -zv -s xxxxxxxx 127.0.0.1 8080
ip netns exec a nc -zv -s 300.1.1.1 127.0.0.1 8080
ip netns exec a nc -zv -s '' 127.0.0.1 8080
ip netns exec a nc -zvu -s xxxxxxxx 127.0.0.1 8080
ip netns exec a nc -zv -s localhost 127.0.0.1 8080
