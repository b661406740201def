# Rules in order: a table that has no match falls through to the next rule; throw returns to the rule list; rule actions unreachable and prohibit
ip netns add a
ip netns add g
ip link add v1 address 02:00:00:00:fd:01 netns a type veth peer name e1 address 02:00:00:00:fd:02 netns g
ip -n a addr add 10.0.1.2/24 dev v1
ip -n g addr add 10.0.1.1/24 dev e1
ip -n g addr add 198.51.100.1/32 dev lo
ip -n g addr add 203.0.113.1/32 dev lo
ip -n a link set lo up
ip -n g link set lo up
ip -n a link set v1 up
ip -n g link set e1 up
ip -n a route add 198.51.100.0/24 via 10.0.1.1 table 300
ip -n a route add throw 198.51.100.128/25 table 300
ip -n a rule add to 198.51.100.0/24 table 300 priority 100
ip -n a route get 198.51.100.1
ip -n a route get 198.51.100.200
ip netns exec a ping -c 1 198.51.100.200
ip -n a route add 198.51.100.0/24 via 10.0.1.1
ip -n a route get 198.51.100.200
ip -n a rule add to 203.0.113.0/24 unreachable priority 50
ip -n a route get 203.0.113.1
ip netns exec a ping -c 1 203.0.113.1
ip -n a rule del priority 50
ip -n a rule add to 203.0.113.0/24 prohibit priority 50
ip -n a route get 203.0.113.1
ip netns exec a ping -c 1 203.0.113.1
ip -n a rule del priority 50
ip -n a rule add to 203.0.113.0/24 blackhole priority 50
ip -n a route get 203.0.113.1
ip netns exec a ping -c 1 203.0.113.1
ip -n a rule del priority 50
ip -n a rule del priority 32766
ip -n a route get 198.51.100.200
ip -n a route get 10.0.1.1
ip netns exec a ping -c 1 10.0.1.1
ip -n a rule add priority 32766 lookup main
ip -n a rule show
ip netns exec a ping -c 1 10.0.1.1
