# brctl's own checks: an ageing time sscanf cannot read, and getopt refusing an unknown option.
ip link add br0 type bridge
brctl setageing br0 abc
brctl setageing br0 2.5x
brctl setageing br0 -5
brctl -x
brctl showmacs br0 -ab
