# Each object's usage as iproute2 6.1 prints it for `help` (or a prefix of it): the whole text on
# stderr, exit 255; bridge without an object, `bridge help` and `bridge -h` likewise; bridge -V.
ip netns add a
ip link help
ip link help 2> /dev/null
ip link add dev x help
ip addr help
ip r h
ip neigh help
ip -n a netns help
ip rule help
bridge
bridge -h
bridge help
bridge -V
bridge fdb help
bridge link help
bridge -n a link help
