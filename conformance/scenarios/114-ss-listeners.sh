# ss over several listeners: a bound address, TCP and UDP together, names and numbers, no header.
ip netns add b
ip link add v0 netns b type veth peer name v1
ip -n b addr add 10.0.0.2/24 dev v0
ip -n b addr add 10.0.0.3/24 dev v0
ip -n b link set v0 up
ip -n b link set lo up
ip netns exec b nc -lk 80 >/dev/null &
ip netns exec b nc -lk 10.0.0.3 443 >/dev/null &
ip netns exec b nc -lk 127.0.0.1 8080 >/dev/null &
ip netns exec b nc -l -u 53 >/dev/null &
ip netns exec b nc -l -u 10.0.0.2 5353 >/dev/null &
sleep 0.2
ip netns exec b ss -ltn
ip netns exec b ss -lt
ip netns exec b ss -lun
ip netns exec b ss -tuln
ip netns exec b ss -ltnH
ip netns exec b ss -tn
ip netns exec b ss -ltn sport = :443
ip netns exec b nc -z -v -w 1 10.0.0.2 443
ip netns exec b nc -z -v -w 1 10.0.0.3 443
ip netns exec b nc -z -v -w 1 127.0.0.1 8080
ip netns exec b nc -z -v -w 1 10.0.0.2 8080
ip netns exec b ss -tan
