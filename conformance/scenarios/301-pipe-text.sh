# Pipelines into coreutils 9.1 head, tail, wc and sort, mawk's '{print $N}', util-linux column -t and
# the pagers (which copy when their output is not a terminal); bash's echo -n/-e feeding them.
ip netns add a
ip -n a link set lo up
ip -n a link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.1.1/24 dev veth1
ip -n a addr add 192.168.9.1/24 dev veth1
ip -n a link set veth0 up
ip -n a link set veth1 up
ip -n a addr | head -n 3
ip -n a addr | head -3
ip -n a addr | head
ip -n a addr | head -n -12
ip -n a addr | head -c 20
ip -n a addr | tail -n 2
ip -n a addr | tail -2
ip -n a addr | tail -n +14
ip -n a addr | tail -c 30
ip -n a addr | head -n x
ip -n a addr | tail -n y
ip -n a addr | head -k
ip -n a addr | head -n 1 nosuchfile
ip -n a addr | wc -l
ip -n a addr | wc -w
ip -n a addr | wc -c
ip -n a addr | wc
ip -n a addr | wc -lw
ip -n a addr | wc -k
ip -n a route | sort
ip -n a route | sort -r
ip -n a route | sort -k 3
ip -n a route | sort -t . -k 3 -n
ip -n a route | sort -k3,3 -k1r
echo -e "b 10\na 9\nc 10\nb 10\nd x" | sort -u
echo -e "b 10\na 9\nc 10\nb 10\nd x" | sort -n -k 2
echo -e "b 10\na 9\nc 10\nb 10\nd x" | sort -k2nr -k1
echo -e "B\na\nb\nA" | sort
echo -e "B\na\nb\nA" | sort -f
echo -e "B\na\nb\nA" | sort -k 0
echo -e "B\na\nb\nA" | sort -t ab
ip -n a route | awk '{print $1}'
ip -n a route | awk '{ print $1, $3 }'
ip -n a route | awk '{print $NF}'
ip -n a route | awk '{print $(NF-2) "/" $1;}'
ip -n a route | awk '{print}'
ip -n a route | awk '{print NR, NF, $99}'
ip -n a addr show dev veth1 | awk '/inet / {print $2}'
ip -n a route | awk -F/ '{print $1}'
ip -n a route | awk -F. '{print $4}'
ip -n a route | column -t
ip -n a route | awk '{print $1, $3}' | column -t
ip -n a route | column -t -s /
ip -n a route | less
ip -n a route | more
ip -n a route | cat | grep veth1 | wc -l
echo -n hello | wc -c
echo -e 'a\tb\x41\0102' | cat
echo -ne 'x\c y' | wc -c
echo -- -n a
echo -nx a
ip -n a link show dev nope | grep lo | wc -l
ip -n a link show dev nope 2>&1 | grep -c exist
ip -n a link show dev nope 2>/dev/null | wc -l
ip -n a route | awk '!/veth1/'
ip -n a route | awk 'NR>1 {print $1}'
ip -n a route | awk 'NR == 1'
ip -n a route | awk '/\.1\./{print $3}'
ip -n a route | grep -v 192 | sort -r | head -n 1 | awk '{print $3}'
iptables -n -L | grep -c Chain
iptables -S | wc -l
iptables -L BOGUS | wc -l
ip netns exec a ss -tln | wc -l
ip netns exec a sysctl net.ipv4.ip_forward | awk '{print $3}'
sysctl net.ipv4.nope | wc -l
