# hash:net holds prefixes; an element marked nomatch carves its addresses out of a wider one (an
# address is looked up from the longest prefix down, and the first element holding it decides).
# This is how kube-router writes a NetworkPolicy ipBlock with `except`. Prefix lengths 1 to 32 (a
# /32 is shown without its length); /0 is refused, which is why kube-router writes 0.0.0.0/0 as
# 0.0.0.0/1 and 128.0.0.0/1.
ipset create blk hash:net timeout 0
ipset add blk 10.0.0.0/8 timeout 0
ipset add blk 10.22.0.0/16 timeout 0 nomatch
ipset add blk 10.22.1.5 timeout 0
ipset list blk
ipset test blk 10.1.2.3
ipset test blk 10.22.3.4
ipset test blk 10.22.1.5
ipset test blk 192.168.0.1
ipset test blk 10.0.0.0/8
ipset test blk 10.22.0.0/16
ipset add blk 10.1.2.3/8 timeout 0
ipset add blk 0.0.0.0/0 timeout 0
ipset add blk 0.0.0.0/1 timeout 0
ipset add blk 128.0.0.0/1 timeout 0
ipset add blk 10.0.0.0/33 timeout 0
ipset del blk 10.99.0.0/8
ipset list blk
ipset save blk
ipset create a hash:ip
ipset swap a blk
