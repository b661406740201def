# ipset's hash:ip sets, as kube-router's NetworkPolicy controller makes them (`timeout 0` on the set
# and on each element): create, add, del, test, list, save, flush, destroy, and the errors for what
# is wrong. The kernel lists members in bucket order and seeds the hash at random (initval): the
# comparison masks the seed and sorts each set's members (conformance/transcript.ts).
ipset create web hash:ip
ipset list web
ipset add web 10.22.0.2
ipset add web 10.22.0.3
ipset add web 10.22.0.2
ipset add web 10.22.0.2 -exist
ipset list web
ipset test web 10.22.0.2
ipset test web 10.22.0.9
ipset del web 10.22.0.3
ipset del web 10.22.0.3
ipset list web
ipset create KUBE-DST-TEST hash:ip timeout 0
ipset add KUBE-DST-TEST 10.22.0.4 timeout 0
ipset add web 10.22.0.4 timeout 0
ipset add KUBE-DST-TEST 10.22.0.5 nomatch
ipset list KUBE-DST-TEST
ipset save
ipset create web hash:ip
ipset create web hash:ip -exist
ipset create web hash:net -exist
ipset create web2
ipset create web2 hash:nope
ipset create kube-router-local-pods-and-more-1234 hash:ip
ipset add nosuch 10.22.0.2
ipset add web 10.22.0.300
ipset add
ipset
ipset frobnicate
ipset list -n
ipset list -t
ipset flush web
ipset list web
ipset destroy web
ipset list -n
ipset list web
ipset destroy
ipset list
