# Pipelines into GNU grep 3.8: the selected lines, the count, context with "--" between groups,
# -v, -i, -w, -x, -E alternation, -o (POSIX leftmost-longest), -q, and exit statuses 0/1/2.
ip netns add a
ip -n a link set lo up
ip -n a link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip -n a addr add 10.0.0.1/24 dev veth0
ip -n a addr add 10.0.1.1/24 dev veth1
ip -n a link set veth0 up
ip -n a link set veth1 up
ip -n a addr | grep inet
ip -n a addr | grep -c inet
ip -n a addr show dev veth0 | grep -w inet
ip -n a addr | grep -v valid_lft
ip -n a addr | grep -i MTU
ip -n a addr | grep -n -A1 'inet 10'
ip -n a addr | grep -B1 -n link/ether
ip -n a addr | grep -C1 'veth1'
ip -n a addr | grep -2 127.0.0.1
ip -n a addr | grep -E 'inet (10|127)\.' 
ip -n a addr | grep -oE '10\.0\.[0-9]+\.[0-9]+/[0-9]+'
ip -n a addr | grep -o 'inet [0-9.]*'
ip -n a addr | grep -oE 'veth|veth0'
ip -n a route | grep -x '10.0.0.0/24 dev veth0 proto kernel scope link src 10.0.0.1'
ip -n a route | grep -x '10.0.0.0/24'
ip -n a route | grep -F 10.0.1.
ip -n a route | grep '10\.0\.1\.'
ip -n a route | grep -e veth0 -e veth1
ip -n a route | grep nothing-here
ip -n a route | grep -q veth0
ip -n a route | grep -q nothing-here
ip -n a link | grep -c 'state UP'
ip -n a link | grep -m1 veth
ip -n a link | grep 'mtu [0-9]\{4\}'
ip -n a link | grep -E 'mtu [0-9]{5}'
ip -n a link | grep '^[0-9]'
ip -n a link | grep -E '^[0-9]+: veth[01]@'
ip -n a link | grep '[[:digit:]]: lo'
ip -n a link | grep 'veth\(0\|1\)@veth\1'
ip -n a link | grep -E 'veth(0|1)@veth[^\1]'
ip -n a link | grep '\<lo\>'
ip -n a link | grep 'a\('
ip -n a link | grep -E 'a{2,1}'
ip -n a link | grep '[z-a]'
ip -n a link | grep '[[:nope:]]'
ip -n a link | grep
ip -n a link | grep -A x lo
ip -n a link | grep -k lo
ip -n a link | grep --bogus lo
ip -n a link | grep -E -F lo
ip -n a link | grep lo nosuchfile
ip -n a link | grep lo - nosuchfile
ip -n a link | grep -s lo nosuchfile
ip -n a link | grep -q lo - nosuchfile
