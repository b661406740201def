# ip without an object, `ip help`, `ip -help` and `ip -family` without a family print iproute2 6.1's
# whole usage on stderr and exit 255 (usage()'s exit(-1)), in a namespace too; an unknown object is
# 1, an unknown option 255; -V prints the version. Redirections show which stream each line takes.
ip netns add a
ip
ip > /dev/null
ip 2> /dev/null
ip -n a
ip -n nosuch
ip -s -d
ip help
ip h
ip -n a help
ip -j help
ip -help
ip -he
ip -f
ip bogus
ip -bogus
ip -V
ip -Version 2> /dev/null
ip -br link > links.txt
cat links.txt
ip link show nosuch 2> err.txt
cat err.txt
