# A veth pair inside one namespace: A@B names, M-DOWN, NO-CARRIER/LOWERLAYERDOWN, carrier only with both ends up.
ip link add va address 02:00:00:00:10:01 type veth peer name vb address 02:00:00:00:10:02
ip link show
ip link show va
ip -br link
ip link set va up
ip link show va
ip link show vb
ip -br link
ip link set vb up
ip link show
ip -br link show
ip addr add 10.10.0.1/24 dev va
ip addr show va
ip route show
ip link set vb down
ip link show va
ip -br addr
ip route show
ip link set va down
ip link show va
ip link show vb
