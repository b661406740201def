// Service names for ports, as getservbyport(3) and getservbyname(3) find them in /etc/services.
// Generated from /etc/services of Debian 12 (netbase 6.4, the file iproute2's ss and OpenBSD nc read
// on the reference machine): only tcp and udp lines, in file order, comments dropped. A line reads
// `PORT NAME ALIAS...` when the file lists the same name for tcp and udp on adjacent lines, and
// `PORT/PROTO NAME ALIAS...` otherwise. Lookups return the first matching line, as glibc does.

export type ServiceProto = 'tcp' | 'udp';

const SERVICES = `
1/tcp tcpmux
7 echo
9 discard sink null
11/tcp systat users
13 daytime
15/tcp netstat
17/tcp qotd quote
19 chargen ttytst source
20/tcp ftp-data
21/tcp ftp
21/udp fsp fspd
22/tcp ssh
23/tcp telnet
25/tcp smtp mail
37 time timserver
43/tcp whois nicname
49 tacacs
53 domain
67/udp bootps
68/udp bootpc
69/udp tftp
70/tcp gopher
79/tcp finger
80/tcp http www
88 kerberos kerberos5 krb5 kerberos-sec
102/tcp iso-tsap tsap
104/tcp acr-nema dicom
110/tcp pop3 pop-3
111 sunrpc portmapper
113/tcp auth authentication tap ident
119/tcp nntp readnews untp
123/udp ntp
135/tcp epmap loc-srv
137/udp netbios-ns
138/udp netbios-dgm
139/tcp netbios-ssn
143/tcp imap2 imap
161 snmp
162 snmp-trap snmptrap
163 cmip-man
164 cmip-agent
174/tcp mailq
177/udp xdmcp
179/tcp bgp
199/tcp smux
209/tcp qmtp
210/tcp z3950 wais
213/udp ipx
319/udp ptp-event
320/udp ptp-general
345/tcp pawserv
346/tcp zserv
369 rpc2portmap
370 codaauth2
371/udp clearcase Clearcase
389 ldap
427 svrloc
443 https
444/tcp snpp
445/tcp microsoft-ds
464 kpasswd
465/tcp submissions ssmtp smtps urd
487/tcp saft
500/udp isakmp
554 rtsp
607/tcp nqs
623/udp asf-rmcp
628/tcp qmqp
631/tcp ipp
646 ldp
512/tcp exec
512/udp biff comsat
513/tcp login
513/udp who whod
514/tcp shell cmd syslog
514/udp syslog
515/tcp printer spooler
517/udp talk
518/udp ntalk
520/udp route router routed
538 gdomap
540/tcp uucp uucpd
543/tcp klogin
544/tcp kshell krcmd
546/udp dhcpv6-client
547/udp dhcpv6-server
548/tcp afpovertcp
563/tcp nntps snntp
587/tcp submission
636 ldaps
655 tinc
706/tcp silc
749/tcp kerberos-adm
853 domain-s
873/tcp rsync
989/tcp ftps-data
990/tcp ftps
992/tcp telnets
993/tcp imaps
995/tcp pop3s
1080/tcp socks
1093/tcp proofd
1094/tcp rootd
1194 openvpn
1099/tcp rmiregistry
1352/tcp lotusnote lotusnotes
1433/tcp ms-sql-s
1434/udp ms-sql-m
1524/tcp ingreslock
1645 datametrics old-radius
1646 sa-msg-port old-radacct
1649/tcp kermit
1677/tcp groupwise
1701/udp l2f l2tp
1812 radius
1813 radius-acct radacct
2000/tcp cisco-sccp
2049 nfs
2086 gnunet
2101 rtcm-sc104
2119/tcp gsigatekeeper
2135/tcp gris
2401/tcp cvspserver
2430 venus
2431 venus-se
2432 codasrv
2433 codasrv-se
2583 mon
2628/tcp dict
2792/tcp f5-globalsite
2811/tcp gsiftp
2947/tcp gpsd
3050/tcp gds-db gds_db
3130/udp icpv2 icp
3205 isns
3260/tcp iscsi-target
3306/tcp mysql
3389/tcp ms-wbt-server
3493 nut
3632/tcp distcc
3689/tcp daap
3690/tcp svn subversion
4031/tcp suucp
4094/tcp sysrqd
4190/tcp sieve
4369/tcp epmd
4373/tcp remctl
4353/tcp f5-iquery
4460/tcp ntske
4500/udp ipsec-nat-t
4569/udp iax
4691/tcp mtn
4899/tcp radmin-port
5060 sip
5061 sip-tls
5222/tcp xmpp-client jabber-client
5269/tcp xmpp-server jabber-server
5308/tcp cfengine
5353/udp mdns
5432/tcp postgresql postgres
5556/tcp freeciv rptp
5671/tcp amqps
5672/tcp amqp
6000/tcp x11 x11-0
6001/tcp x11-1
6002/tcp x11-2
6003/tcp x11-3
6004/tcp x11-4
6005/tcp x11-5
6006/tcp x11-6
6007/tcp x11-7
6346 gnutella-svc
6347 gnutella-rtr
6379/tcp redis
6444/tcp sge-qmaster sge_qmaster
6445/tcp sge-execd sge_execd
6446/tcp mysql-proxy
6696/udp babel
6697/tcp ircs-u
7000/tcp bbs
7000/udp afs3-fileserver
7001/udp afs3-callback
7002/udp afs3-prserver
7003/udp afs3-vlserver
7004/udp afs3-kaserver
7005/udp afs3-volser
7007/udp afs3-bos
7008/udp afs3-update
7009/udp afs3-rmtsys
7100/tcp font-service xfs
8080/tcp http-alt webcache
8140/tcp puppet
9101/tcp bacula-dir
9102/tcp bacula-fd
9103/tcp bacula-sd
9667/tcp xmms2
10809/tcp nbd
10050/tcp zabbix-agent
10051/tcp zabbix-trapper
10080/tcp amanda
11112/tcp dicom
11371/tcp hkp
17500/tcp db-lsp
22125/tcp dcap
22128/tcp gsidcap
22273/tcp wnn6
750/udp kerberos4 kerberos-iv kdc
750/tcp kerberos4 kerberos-iv kdc
751/udp kerberos-master kerberos_master
751/tcp kerberos-master
752/udp passwd-server passwd_server
754/tcp krb-prop krb_prop krb5_prop hprop
2102/udp zephyr-srv
2103/udp zephyr-clt
2104/udp zephyr-hm
2121/tcp iprop
871/tcp supfilesrv
1127/tcp supfiledbg
106/tcp poppassd
775/tcp moira-db moira_db
777/tcp moira-update moira_update
779/udp moira-ureg moira_ureg
783/tcp spamd
1178/tcp skkserv
1210/udp predict
1236/tcp rmtcfg
1313/tcp xtel
1314/tcp xtelw
2600/tcp zebrasrv
2601/tcp zebra
2602/tcp ripd
2603/tcp ripngd
2604/tcp ospfd
2605/tcp bgpd
2606/tcp ospf6d
2607/tcp ospfapi
2608/tcp isisd
4557/tcp fax
4559/tcp hylafax
4949/tcp munin lrrd
5555/udp rplay
5666/tcp nrpe
5667/tcp nsca
5680/tcp canna
6514/tcp syslog-tls
6566/tcp sane-port sane saned
6667/tcp ircd
8021/tcp zope-ftp
8081/tcp tproxy
8088/tcp omniorb
8990/tcp clc-build-daemon
9098/tcp xinetd
9418/tcp git
9673/tcp zope
10000/tcp webmin
10081/tcp kamanda
10082/tcp amandaidx
10083/tcp amidxtape
17001/udp sgi-cmsd
17002/udp sgi-crsd
17003/udp sgi-gcd
17004/tcp sgi-cad
24554/tcp binkp
27374 asp
30865/tcp csync2
57000/tcp dircproxy
60177/tcp tfido
60179/tcp fido
`;

interface Service {
  port: number;
  protos: readonly ServiceProto[];
  names: readonly string[];
}

let table: Service[] | undefined;

function services(): Service[] {
  table ??= SERVICES.trim()
    .split('\n')
    .map((line) => {
      const [where, ...names] = line.split(' ');
      const [port, proto] = where.split('/');
      return { port: Number(port), protos: proto ? [proto as ServiceProto] : ['tcp', 'udp'], names };
    });
  return table;
}

/** getservbyport(port, proto)->s_name: `serviceName(8080, 'tcp')` is `'http-alt'`. */
export function serviceName(port: number, proto: ServiceProto): string | undefined {
  return services().find((s) => s.port === port && s.protos.includes(proto))?.names[0];
}

/** getservbyname(name, proto)->s_port: matches the official name or any alias (`www` is 80/tcp). */
export function servicePort(name: string, proto: ServiceProto): number | undefined {
  return services().find((s) => s.protos.includes(proto) && s.names.includes(name))?.port;
}
