# procps-ng 4.0.2 sysctl's option parsing: on a getopt error (an unknown or ambiguous option, a
# missing or unwanted argument) the message goes to stderr, the usage to stdout, and the exit status
# is 0; -h and -d print the usage and -V the version as they come; with options but no variable it
# says "no variables specified" (1), with nothing at all it prints the usage on stderr (1). Long
# options by unique prefix (--p is --pattern, which takes the next word); --dry-run echoes without
# writing; -p reads /dev/null as an empty file.
sysctl --p
sysctl --p net.ipv4.ip_forward
sysctl --p=x net.ipv4.ip_forward
sysctl --bogus > /dev/null
sysctl --bogus 2> /dev/null
sysctl --d
sysctl --v
sysctl --all=x
sysctl -P
sysctl -r
sysctl -h --bogus
sysctl --bogus -h
sysctl -d > /dev/null
sysctl -V
sysctl --ver
sysctl
sysctl 2> /dev/null
sysctl -w
sysctl --
sysctl -q
sysctl -- net.ipv4.ip_forward
sysctl --n net.ipv4.ip_forward
sysctl --val net.ipv4.ip_forward
sysctl --writ net.ipv4.ip_forward=0
sysctl --dry-run net.ipv4.ip_forward=1
sysctl --dry-run net.ipv4.ip_forward=abc
sysctl --dry-run -n net.ipv4.ip_forward=1
sysctl --dry-run -q net.ipv4.ip_forward=1
sysctl -q --dry-run net.ipv4.ip_forward=1
sysctl --dry-run net.ipv4.nosuch=1
sysctl --dry-run net.ipv4.ip_forward
sysctl net.ipv4.ip_forward
sysctl -p /dev/null
sysctl -q -p /dev/null
sysctl --load=/dev/null
sysctl -p /dev/null net.ipv4.ip_forward
