# sleep and timeout read an interval as coreutils 9.1 does (C's strtod in the C locale, then one
# suffix s/m/h/d): exponents, hexadecimal floats, a sign, leading blanks; and what they refuse (a
# trailing blank, a comma, nan, an unknown suffix, options), each reported, then the usage hint
sleep 1e-3
sleep 0x1p-8
sleep +0.001 .001s 1e-5m
sleep ' 0.001'
sleep '0.001 '
sleep 1,5
sleep nan 5x 1e
sleep -1
sleep --bogus
sleep -- 0.001
sleep
ip link set lo up
timeout 1e-1 tcpdump -i lo -n
timeout 0x1p-3 tcpdump -i lo -n
timeout nan tcpdump -i lo
timeout '0.1 ' tcpdump -i lo
