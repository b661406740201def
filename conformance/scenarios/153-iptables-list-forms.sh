# iptables as learners type it: bundled short options (-nvL, -vnL, -tnat, -LINPUT), -L/-S/-Z with a
# rule number, -L -Z together (list, then zero; -v says each chain), -E renaming a user chain, and
# the errors iptables-nft 1.8.9 gives for a missing chain: -L/-S call it incompatible, -F/-Z/-X/-E
# find no chain, -P a bad built-in chain.
iptables -A INPUT -p tcp --dport 22 -j ACCEPT
iptables -t nat -A POSTROUTING -s 10.0.0.0/24 -j MASQUERADE
iptables -nvL
iptables -nvL INPUT
iptables -vnL INPUT --line-numbers
iptables -t nat -nvL
iptables -t nat -nvL POSTROUTING --line-numbers
iptables -tnat -nL
iptables -nL INPUT
iptables -L -nv
iptables -L -n -v -x
iptables -nvxL INPUT
iptables -LINPUT -n
iptables -Ln
iptables -nq
iptables -S INPUT
iptables -t nat -S
iptables ! -nv
iptables -L INPUT 1 -n
iptables -vL INPUT -n --line-numbers
iptables -Z INPUT
iptables -nvL INPUT
iptables -D INPUT 1
iptables -Lnv
iptables -L NOPE
iptables -L NOPE -n
iptables -nvL NOPE
iptables -S NOPE
iptables -F NOPE
iptables -Z NOPE
iptables -X NOPE
iptables -t nat -L NOPE
iptables -L INPUT 3
iptables -S INPUT 1
iptables -A INPUT -j ACCEPT
iptables -L INPUT 1
iptables -L INPUT 1 -v
iptables -L INPUT 1 --line-numbers
iptables -S INPUT 1
iptables -S INPUT 2
iptables -L INPUT 0
iptables -P NOPE ACCEPT
iptables -t nat -L FORWARD
iptables -t nat -S FORWARD
iptables -t nat -F FORWARD
iptables -t nat -Z FORWARD
iptables -t nat -X FORWARD
iptables -t nat -P FORWARD ACCEPT
iptables -L INPUT x
iptables -S INPUT -5
iptables -L INPUT 2 3
iptables -Z INPUT 1
iptables -A INPUT -j ACCEPT
iptables -Z INPUT 1
iptables -Z INPUT 2
iptables -L -Z INPUT
iptables -nvL --line-numbers
iptables -N A2
iptables -E A2 B2
iptables -L B2
iptables -S
iptables -N A
iptables -N C
iptables -A INPUT -j A
iptables -E A B
iptables -E B C
iptables -E NOPE D
iptables -E B
iptables -E B INPUT
iptables -S
iptables -L INPUT
iptables -A B -j ACCEPT
iptables -A INPUT -p tcp -j ACCEPT
iptables -A INPUT -p udp -j ACCEPT
iptables -A INPUT -p icmp -j ACCEPT
ping -c 1 -q 127.0.0.1
iptables -Z INPUT 9
iptables -Z INPUT 4
iptables -nvL INPUT
iptables -A INPUT -p tcp --dport 1 -j ACCEPT
iptables -I INPUT -p icmp
ping -c 1 -q 127.0.0.1
iptables -nvL INPUT
iptables -Z INPUT 9
iptables -nvL INPUT
iptables -Z INPUT 1
iptables -nvL INPUT
iptables -L -Z INPUT -nv
iptables -nvL INPUT
iptables -Z -v
iptables -N ZZ
iptables -N AA
iptables -A FORWARD -j ACCEPT
iptables -P OUTPUT ACCEPT
iptables -Z -v
iptables -t nat -A POSTROUTING -j ACCEPT
iptables -t nat -N X
iptables -t nat -L -Z -v
iptables -t nat -Z -v POSTROUTING
