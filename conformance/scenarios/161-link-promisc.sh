# ip link set DEV promisc on|off: PROMISC in the flags (ip link, ip -br link, ifconfig) and one
# promiscuity reference (ip -d), taken once however often it is set; its on/off check.
ip link add v0 address 02:00:00:00:00:02 type veth peer name v1 address 02:00:00:00:00:03
ip link set v0 up
ip link set v0 promisc on
ip link show v0
ip -d link show v0
ip -br link show v0
ifconfig v0
ip link set v0 promisc on
ip -d link show v0
ip link set v0 promisc maybe
ip link set dev v1 promisc on up
ip link show v1
ip link set v0 promisc off
ip link show v0
ip -d link show v0
ip link set lo promisc on
ip link show lo
