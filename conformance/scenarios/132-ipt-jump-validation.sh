# Jumps as nf_tables validates them: loops and chains nested 16 deep are refused ("Too many links")
# only once a built-in chain reaches them, through -j or -g, for -A, -I and -R alike.
iptables -N A
iptables -N B
iptables -A A -j B
iptables -A B -j A
iptables -S
iptables -A INPUT -j A
iptables -I INPUT -j A
iptables -A INPUT -j ACCEPT
iptables -R INPUT 1 -j A
iptables -F A
iptables -A INPUT -j A
iptables -A A -j B
iptables -I A -j B
iptables -A A -g B
iptables -A A -j RETURN
iptables -R A 1 -j B
iptables -A A -g A
iptables -N C
iptables -A C -j C
iptables -A OUTPUT -g C
iptables -S
iptables -L -n
iptables -F
iptables -X
iptables -N C1
iptables -N C2
iptables -N C3
iptables -N C4
iptables -N C5
iptables -N C6
iptables -N C7
iptables -N C8
iptables -N C9
iptables -N C10
iptables -N C11
iptables -N C12
iptables -N C13
iptables -N C14
iptables -N C15
iptables -N C16
iptables -A C1 -j C2
iptables -A C2 -j C3
iptables -A C3 -j C4
iptables -A C4 -j C5
iptables -A C5 -j C6
iptables -A C6 -j C7
iptables -A C7 -j C8
iptables -A C8 -j C9
iptables -A C9 -j C10
iptables -A C10 -j C11
iptables -A C11 -j C12
iptables -A C12 -j C13
iptables -A C13 -j C14
iptables -A C14 -j C15
iptables -A C15 -j C16
iptables -A FORWARD -j C1
iptables -A FORWARD -j C2
iptables -A C16 -j ACCEPT
iptables -A C15 -g C16
iptables -N D
iptables -A C16 -j D
iptables -D FORWARD -j C2
iptables -A FORWARD -j C1
iptables -S FORWARD
iptables -t nat -N L
iptables -t nat -A L -j L
iptables -t nat -A L -j MASQUERADE
iptables -t nat -A PREROUTING -j L
iptables -t nat -N K
iptables -t nat -A K -j MASQUERADE
iptables -t nat -A K -j K
iptables -t nat -A PREROUTING -j K
iptables -t nat -S
