# ip rule add/del/show: from, to, iif, oif, fwmark[/mask], tos, priority, table/lookup, unreachable/prohibit/blackhole actions, and their listing order
ip netns add n
ip -n n rule show
ip -n n rule add from 10.0.1.0/24 table 100
ip -n n rule add to 198.51.100.0/24 lookup 101
ip -n n rule add iif v0 table 102
ip -n n rule add oif v1 table 103
ip -n n rule add fwmark 7 table 104
ip -n n rule add fwmark 0x10/0xf0 table 105
ip -n n rule add tos 0x10 table 106
ip -n n rule add from 10.0.2.0/24 to 10.0.3.0/24 priority 500 table main
ip -n n rule add pref 600 from 10.0.4.4 lookup local
ip -n n rule add prio 700 not from 10.0.5.0/24 table 107
ip -n n rule add priority 800 from all unreachable
ip -n n rule add priority 801 to 203.0.113.0/24 prohibit
ip -n n rule add priority 802 to 203.0.113.128/25 blackhole
ip -n n rule show
ip -n n rule list table 100
ip -n n rule show priority 500
ip -n n rule add from 10.0.1.0/24 table 100
ip -n n rule show
ip -n n rule del from 10.0.1.0/24 table 100
ip -n n rule del from 10.0.1.0/24 table 100
ip -n n rule del priority 800
ip -n n rule del fwmark 0x10/0xf0
ip -n n rule del table 104
ip -n n rule show
ip -n n rule del priority 12345
ip -n n rule add from 10.0.9.0/33 table 100
ip -n n rule add fwmark abc table 100
ip -n n rule add table 0
ip -n n rule add from 10.0.9.0/24 table nosuchname
ip -n n rule add from 10.0.9.0/24 goto 100
ip -n n rule flush
ip -n n rule show
