# ip -o (one line per record, its breaks written as \): ip -o addr prints each address after
# "INDEX: NAME" and no link records; ip -o link joins the two lines; route and neigh are unchanged.
ip link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03
ip addr add 10.0.0.1/24 dev v0
ip link set v0 up
ip -o addr
ip -o -4 addr show
ip -o link
ip -o link show v0
ip -o -4 addr show dev v0
ip -o route
ip -o neigh
