# An option or filter with nothing after it: iproute2 says the command line is not complete (ip
# link/addr show dev|master|type), and -n with no name tries to open the namespace "(null)".
ip link show dev
ip link show master
ip link show type
ip addr show dev
ip -n
ip -n link show
