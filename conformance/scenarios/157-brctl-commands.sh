# brctl's other commands: each one's usage line when arguments are missing, hairpin's errors (a
# port of another bridge has no brif/ entry; on/off checked), stp off and its on/off check.
# (hairpin on a port itself is left out: the sandbox's sysfs is the host's, so brctl cannot write it.)
brctl addbr
brctl delbr
brctl addif br0
brctl delif
brctl showmacs
brctl setageing br0
brctl stp br0
brctl hairpin br0 v1
brctl showstp
brctl setpathcost br0 v1
brctl addbr br0
ip link add v1 address 02:00:00:00:00:01 type veth peer name v1p address 02:00:00:00:00:11
ip link add v2 address 02:00:00:00:00:02 type veth peer name v2p address 02:00:00:00:00:12
brctl addif br0 v1
brctl hairpin br0 v2 on
brctl hairpin br0 nope on
brctl hairpin nobr v1 on
brctl hairpin br0 v1 maybe
brctl stp br0 off
brctl stp br0 maybe
brctl show
