# "to" with nothing after it is an incomplete command line for every ip object that filters by prefix.
ip neigh flush to
ip neigh show to
ip route show to
ip route flush to
ip addr show to
ip neigh flush dev
ip neigh show nud
ip route show table
ip addr flush to
ip neigh flush
ip rule show to
