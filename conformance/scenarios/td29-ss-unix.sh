# ss -x in a lab's namespace: no process there holds a unix socket, so only the header, which shows
# Netid (the unix family is three tables) and State unless one state is asked for; with -t too the
# unix tables come first and the TCP rows carry the Netid column.
ip netns add a
ip -n a link set lo up
ip netns exec a nc -l 127.0.0.1 8080 &
ip netns exec a ss -x
ip netns exec a ss -xa
ip netns exec a ss -xl
ip netns exec a ss -x -H
ip netns exec a ss -xn state listening
ip netns exec a ss -tlx
ip netns exec a ss -utlnx
