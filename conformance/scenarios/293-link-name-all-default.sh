# "all" and "default" are /proc/sys/net/ipv4/conf's own entries: the kernel refuses a device so named
# (devinet_sysctl_register) with EINVAL after it took its ifindex, and a rename to either. brctl
# tries twice (SIOCBRADDBR, then SIOCSIFBR), so a refused bridge costs two ifindexes; it cuts a
# long name to 15 bytes, as the ioctl's ifreq does. "Default" and "defaults" are ordinary names.
ip link add default type bridge
ip link add all address 02:00:00:00:00:01 type veth peer name p1 address 02:00:00:00:00:02
ip link add q1 address 02:00:00:00:00:03 type veth peer name default address 02:00:00:00:00:04
ip link add Default address 02:00:00:00:00:05 type bridge
ip link add defaults address 02:00:00:00:00:06 type bridge
ip link set dev defaults name all
ip link set dev defaults name default
ip link add link Default name all type macvlan mode bridge
ip link add all type vxlan id 7 dstport 4789
brctl addbr default
brctl addbr all
brctl addbr a/b
brctl addbr Default
brctl addbr bridgewithalongname
brctl addbr bridgewithalongnameagain
ip link show | grep -o '^[0-9]*: [^:]*'
brctl delbr bridgewithalongname
ip link show | grep -o '^[0-9]*: [^:]*'
ip netns add n
ip -n n link add default type bridge
ip -n n link add n0 type bridge
ip -n n link show | grep -o '^[0-9]*: [^:]*'
