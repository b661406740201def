# ipset create allocates the set's bucket table (8 bytes a bucket) first: kvmalloc refuses more than
# INT_MAX bytes, so a hashsize of 2^28 or more is ENOMEM on any machine, even for a name in use.
ipset create s20 hash:ip hashsize 1048576
ipset create s28 hash:ip hashsize 268435456
ipset create s31 hash:net hashsize 2147483648
ipset create s20 hash:ip hashsize 268435456
ipset create s20 hash:ip hashsize 1024
ipset list -n
