// Every expected output below was printed by the real ss (iproute2 6.1.0, Debian 12, Linux 6.18)
// inside the kernel-run.sh sandbox, and is pasted verbatim, trailing spaces included. The rows are
// the sockets those namespaces held, in the order ss listed them with -a (the kernel's dump order).
// Scripts: two namespaces on a veth pair, listeners from `nc -l`/`nc -lk` (backlog 1) and small
// Python servers (backlog 5), connections from `nc -z`, `nc`, `nc -u` and Python clients; the
// closing states were held by dropping segments with iptables in one namespace.

import { describe, expect, it } from 'vitest';
import { serviceName, servicePort } from './services.ts';
import { Session } from './session.ts';
import { formatSs, parseSsArgs, type SsRow } from './ss-format.ts';

/** `tcp LISTEN 0 1 0.0.0.0:8080 0.0.0.0:*`, as ss -n prints it. */
function row(spec: string): SsRow {
  const [proto, state, recvQ, sendQ, local, peer] = spec.split(/ +/);
  const split = (ap: string): [string, number | '*'] => {
    const at = ap.lastIndexOf(':');
    const port = ap.slice(at + 1);
    return [ap.slice(0, at), port === '*' ? '*' : Number(port)];
  };
  const [localAddr, localPort] = split(local);
  const [peerAddr, peerPort] = split(peer);
  return {
    proto: proto as SsRow['proto'],
    state: state as SsRow['state'],
    recvQ: Number(recvQ),
    sendQ: Number(sendQ),
    localAddr,
    localPort,
    peerAddr,
    peerPort,
  };
}

/** The words of a shell command line: '…' quotes and backslash escapes. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ') {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      cur = (cur ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '\\') cur = (cur ?? '') + line[++i];
    else cur = (cur ?? '') + c;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

/** What `ss ARGS` prints (stdout and stderr) and its exit status. */
function ss(line: string, rows: SsRow[], localPortRange?: [number, number]): { out: string; status: number } {
  const argv = words(line);
  expect(argv[0]).toBe('ss');
  const parsed = parseSsArgs(argv.slice(1));
  if (!parsed.ok) return { out: parsed.message, status: parsed.status };
  return { out: formatSs(rows, { ...parsed.opts, localPortRange }), status: 0 };
}

function scenario(name: string, rows: string[], cases: Array<[string, string]>, range?: [number, number]) {
  describe(name, () => {
    it.each(cases)('%s', (line, expected) => {
      expect(ss(line, rows.map(row), range)).toEqual({ out: expected, status: 0 });
    });
  });
}

scenario(
  'a namespace with no sockets',
  [],
  [
    [
      'ss -ltn',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tn',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    ['ss -ltnH', ``],
    [
      'ss -tuln',
      `Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    ['ss -uH', ``],
    ['ss -H -tuln', ``],
    [
      'ss -6 -tln',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tn state listening',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss state listening -tn',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tn exclude listening',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tn state bucket',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tn state closed',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -u state established',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tun state all',
      `Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss --listen -tn',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss --query=tcp,udp -l',
      `Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss --tc',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -t sport = 80',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tln -A udp',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
  ],
);

// ip netns exec b: nc -l 8080; nc -lk 127.0.0.1 9001; nc -l -u 5000; nc -lk 22; nc -lk -u 10.0.0.2 53;
// nc -lk 40000. 40000 is in ip_local_port_range, so ss never looks it up.
scenario(
  'listeners on 10.0.0.2',
  [
    'tcp LISTEN 0 1 0.0.0.0:8080 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:40000 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:22 0.0.0.0:*',
    'tcp LISTEN 0 1 127.0.0.1:9001 0.0.0.0:*',
    'udp UNCONN 0 0 10.0.0.2:53 0.0.0.0:*',
    'udp UNCONN 0 0 0.0.0.0:5000 0.0.0.0:*',
  ],
  [
    [
      'ss -ltn',
      `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss -lun',
      `State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
UNCONN 0      0           10.0.0.2:53        0.0.0.0:*          
UNCONN 0      0            0.0.0.0:5000      0.0.0.0:*          
`,
    ],
    [
      'ss -tuln',
      `Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   UNCONN 0      0           10.0.0.2:53         0.0.0.0:*          
udp   UNCONN 0      0            0.0.0.0:5000       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
tcp   LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss -lt',
      `State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:http-alt      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000         0.0.0.0:*          
LISTEN 0      1            0.0.0.0:ssh           0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001          0.0.0.0:*          
`,
    ],
    [
      'ss -lu',
      `State  Recv-Q Send-Q Local Address:Port   Peer Address:PortProcess
UNCONN 0      0           10.0.0.2:domain      0.0.0.0:*          
UNCONN 0      0            0.0.0.0:5000        0.0.0.0:*          
`,
    ],
    [
      'ss -tul',
      `Netid State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess
udp   UNCONN 0      0           10.0.0.2:domain        0.0.0.0:*          
udp   UNCONN 0      0            0.0.0.0:5000          0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:http-alt      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:40000         0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:ssh           0.0.0.0:*          
tcp   LISTEN 0      1          127.0.0.1:9001          0.0.0.0:*          
`,
    ],
    [
      'ss -ltH',
      `LISTEN 0      1        0.0.0.0:http-alt 0.0.0.0:*
LISTEN 0      1        0.0.0.0:40000    0.0.0.0:*
LISTEN 0      1        0.0.0.0:ssh      0.0.0.0:*
LISTEN 0      1      127.0.0.1:9001     0.0.0.0:*
`,
    ],
    [
      'ss -ltnH',
      `LISTEN 0      1        0.0.0.0:8080  0.0.0.0:*
LISTEN 0      1        0.0.0.0:40000 0.0.0.0:*
LISTEN 0      1        0.0.0.0:22    0.0.0.0:*
LISTEN 0      1      127.0.0.1:9001  0.0.0.0:*
`,
    ],
    [
      'ss -tan',
      `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss -ta',
      `State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:http-alt      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000         0.0.0.0:*          
LISTEN 0      1            0.0.0.0:ssh           0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001          0.0.0.0:*          
`,
    ],
    [
      'ss -uan',
      `State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
UNCONN 0      0           10.0.0.2:53        0.0.0.0:*          
UNCONN 0      0            0.0.0.0:5000      0.0.0.0:*          
`,
    ],
    [
      'ss -un',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -u',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tuan',
      `Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   UNCONN 0      0           10.0.0.2:53         0.0.0.0:*          
udp   UNCONN 0      0            0.0.0.0:5000       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
tcp   LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss -tua',
      `Netid State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess
udp   UNCONN 0      0           10.0.0.2:domain        0.0.0.0:*          
udp   UNCONN 0      0            0.0.0.0:5000          0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:http-alt      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:40000         0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:ssh           0.0.0.0:*          
tcp   LISTEN 0      1          127.0.0.1:9001          0.0.0.0:*          
`,
    ],
    [
      'ss -a -t -u -n',
      `Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   UNCONN 0      0           10.0.0.2:53         0.0.0.0:*          
udp   UNCONN 0      0            0.0.0.0:5000       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
tcp   LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss --tcp --listening --numeric',
      `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
    [
      'ss -4tln',
      `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:22         0.0.0.0:*          
LISTEN 0      1          127.0.0.1:9001       0.0.0.0:*          
`,
    ],
  ],
);

// ip netns exec a nc -z -w 1 10.0.0.2 22: ss -t alone leaves TIME-WAIT out.
scenario(
  'a TIME-WAIT socket',
  ['tcp TIME-WAIT 0 0 10.0.0.1:50326 10.0.0.2:22'],
  [
    [
      'ss -tan',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0           10.0.0.1:50326     10.0.0.2:22         
`,
    ],
    [
      'ss -ta',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0           10.0.0.1:50326     10.0.0.2:ssh        
`,
    ],
    [
      'ss -tn',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
  ],
);

// Client side, 10.0.0.1: 7000 closed by us (FIN-WAIT-2), 7001 and 7002 closed with our FIN or the
// ACK of it dropped (FIN-WAIT-1), 7003 closed on both sides with our FIN dropped (CLOSING), 7005
// with the SYN-ACK dropped (SYN-SENT), 7004 holding data; a connected UDP socket from nc -u.
scenario(
  'every client-side state',
  [
    'tcp FIN-WAIT-1 0 1 10.0.0.1:38690 10.0.0.2:7001',
    'tcp CLOSING 1 1 10.0.0.1:40804 10.0.0.2:7003',
    'tcp FIN-WAIT-2 0 0 10.0.0.1:51388 10.0.0.2:7000',
    'tcp FIN-WAIT-1 0 1 10.0.0.1:60120 10.0.0.2:7002',
    'tcp SYN-SENT 0 1 10.0.0.1:40896 10.0.0.2:7005',
    'tcp ESTAB 0 0 10.0.0.1:50178 10.0.0.2:7004',
    'udp ESTAB 0 0 10.0.0.1:43721 10.0.0.2:5000',
  ],
  [
    [
      'ss -tan',
      `State      Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
FIN-WAIT-1 0      1           10.0.0.1:38690     10.0.0.2:7001       
CLOSING    1      1           10.0.0.1:40804     10.0.0.2:7003       
FIN-WAIT-2 0      0           10.0.0.1:51388     10.0.0.2:7000       
FIN-WAIT-1 0      1           10.0.0.1:60120     10.0.0.2:7002       
SYN-SENT   0      1           10.0.0.1:40896     10.0.0.2:7005       
ESTAB      0      0           10.0.0.1:50178     10.0.0.2:7004       
`,
    ],
    [
      'ss -tn',
      `State      Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
FIN-WAIT-1 0      1           10.0.0.1:38690     10.0.0.2:7001       
CLOSING    1      1           10.0.0.1:40804     10.0.0.2:7003       
FIN-WAIT-2 0      0           10.0.0.1:51388     10.0.0.2:7000       
FIN-WAIT-1 0      1           10.0.0.1:60120     10.0.0.2:7002       
SYN-SENT   0      1           10.0.0.1:40896     10.0.0.2:7005       
ESTAB      0      0           10.0.0.1:50178     10.0.0.2:7004       
`,
    ],
    [
      'ss -t',
      `State      Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
FIN-WAIT-1 0      1           10.0.0.1:38690     10.0.0.2:7001       
CLOSING    1      1           10.0.0.1:40804     10.0.0.2:7003       
FIN-WAIT-2 0      0           10.0.0.1:51388     10.0.0.2:bbs        
FIN-WAIT-1 0      1           10.0.0.1:60120     10.0.0.2:7002       
SYN-SENT   0      1           10.0.0.1:40896     10.0.0.2:7005       
ESTAB      0      0           10.0.0.1:50178     10.0.0.2:7004       
`,
    ],
    [
      'ss -un',
      `Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
0      0           10.0.0.1:43721     10.0.0.2:5000       
`,
    ],
    [
      'ss -uan',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
ESTAB 0      0           10.0.0.1:43721     10.0.0.2:5000       
`,
    ],
    [
      'ss -tun',
      `Netid State      Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   ESTAB      0      0           10.0.0.1:43721     10.0.0.2:5000       
tcp   FIN-WAIT-1 0      1           10.0.0.1:38690     10.0.0.2:7001       
tcp   CLOSING    1      1           10.0.0.1:40804     10.0.0.2:7003       
tcp   FIN-WAIT-2 0      0           10.0.0.1:51388     10.0.0.2:7000       
tcp   FIN-WAIT-1 0      1           10.0.0.1:60120     10.0.0.2:7002       
tcp   SYN-SENT   0      1           10.0.0.1:40896     10.0.0.2:7005       
tcp   ESTAB      0      0           10.0.0.1:50178     10.0.0.2:7004       
`,
    ],
    [
      'ss -tuna',
      `Netid State      Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   ESTAB      0      0           10.0.0.1:43721     10.0.0.2:5000       
tcp   FIN-WAIT-1 0      1           10.0.0.1:38690     10.0.0.2:7001       
tcp   CLOSING    1      1           10.0.0.1:40804     10.0.0.2:7003       
tcp   FIN-WAIT-2 0      0           10.0.0.1:51388     10.0.0.2:7000       
tcp   FIN-WAIT-1 0      1           10.0.0.1:60120     10.0.0.2:7002       
tcp   SYN-SENT   0      1           10.0.0.1:40896     10.0.0.2:7005       
tcp   ESTAB      0      0           10.0.0.1:50178     10.0.0.2:7004       
`,
    ],
    [
      'ss -u',
      `Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
0      0           10.0.0.1:43721     10.0.0.2:5000       
`,
    ],
  ],
);

// Server side, 10.0.0.2: the peers of the sockets above (7000 bbs is named, the rest are not).
scenario(
  'every server-side state',
  [
    'tcp LISTEN 0 5 0.0.0.0:7001 0.0.0.0:*',
    'tcp LISTEN 0 5 0.0.0.0:7000 0.0.0.0:*',
    'tcp LISTEN 0 5 0.0.0.0:7003 0.0.0.0:*',
    'tcp LISTEN 0 5 0.0.0.0:7002 0.0.0.0:*',
    'tcp LISTEN 0 5 0.0.0.0:7005 0.0.0.0:*',
    'tcp LISTEN 0 5 0.0.0.0:7004 0.0.0.0:*',
    'tcp ESTAB 1234 0 10.0.0.2:7004 10.0.0.1:50178',
    'tcp FIN-WAIT-1 0 1 10.0.0.2:7003 10.0.0.1:40804',
    'tcp SYN-RECV 0 0 10.0.0.2:7005 10.0.0.1:40896',
    'tcp CLOSE-WAIT 1 0 10.0.0.2:7000 10.0.0.1:51388',
    'tcp LAST-ACK 0 1 10.0.0.2:7001 10.0.0.1:38690',
    'tcp ESTAB 0 0 10.0.0.2:7002 10.0.0.1:60120',
    'udp UNCONN 0 0 0.0.0.0:5000 0.0.0.0:*',
  ],
  [
    [
      'ss -tan',
      `State      Recv-Q Send-Q Local Address:Port Peer Address:Port Process
LISTEN     0      5            0.0.0.0:7001      0.0.0.0:*           
LISTEN     0      5            0.0.0.0:7000      0.0.0.0:*           
LISTEN     0      5            0.0.0.0:7003      0.0.0.0:*           
LISTEN     0      5            0.0.0.0:7002      0.0.0.0:*           
LISTEN     0      5            0.0.0.0:7005      0.0.0.0:*           
LISTEN     0      5            0.0.0.0:7004      0.0.0.0:*           
ESTAB      1234   0           10.0.0.2:7004     10.0.0.1:50178       
FIN-WAIT-1 0      1           10.0.0.2:7003     10.0.0.1:40804       
SYN-RECV   0      0           10.0.0.2:7005     10.0.0.1:40896       
CLOSE-WAIT 1      0           10.0.0.2:7000     10.0.0.1:51388       
LAST-ACK   0      1           10.0.0.2:7001     10.0.0.1:38690       
ESTAB      0      0           10.0.0.2:7002     10.0.0.1:60120       
`,
    ],
    [
      'ss -tn',
      `State      Recv-Q Send-Q Local Address:Port Peer Address:Port Process
ESTAB      1234   0           10.0.0.2:7004     10.0.0.1:50178       
FIN-WAIT-1 0      1           10.0.0.2:7003     10.0.0.1:40804       
CLOSE-WAIT 1      0           10.0.0.2:7000     10.0.0.1:51388       
LAST-ACK   0      1           10.0.0.2:7001     10.0.0.1:38690       
ESTAB      0      0           10.0.0.2:7002     10.0.0.1:60120       
`,
    ],
    [
      'ss -t',
      `State      Recv-Q Send-Q Local Address:Port Peer Address:Port Process
ESTAB      1234   0           10.0.0.2:7004     10.0.0.1:50178       
FIN-WAIT-1 0      1           10.0.0.2:7003     10.0.0.1:40804       
CLOSE-WAIT 1      0           10.0.0.2:bbs      10.0.0.1:51388       
LAST-ACK   0      1           10.0.0.2:7001     10.0.0.1:38690       
ESTAB      0      0           10.0.0.2:7002     10.0.0.1:60120       
`,
    ],
    [
      'ss -tua',
      `Netid State      Recv-Q Send-Q Local Address:Port Peer Address:Port Process
udp   UNCONN     0      0            0.0.0.0:5000      0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:7001      0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:bbs       0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:7003      0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:7002      0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:7005      0.0.0.0:*           
tcp   LISTEN     0      5            0.0.0.0:7004      0.0.0.0:*           
tcp   ESTAB      1234   0           10.0.0.2:7004     10.0.0.1:50178       
tcp   FIN-WAIT-1 0      1           10.0.0.2:7003     10.0.0.1:40804       
tcp   SYN-RECV   0      0           10.0.0.2:7005     10.0.0.1:40896       
tcp   CLOSE-WAIT 1      0           10.0.0.2:bbs      10.0.0.1:51388       
tcp   LAST-ACK   0      1           10.0.0.2:7001     10.0.0.1:38690       
tcp   ESTAB      0      0           10.0.0.2:7002     10.0.0.1:60120       
`,
    ],
  ],
);

// 172.17.0.10 with net.core.somaxconn raised and a Python listener with backlog 2500000 (7000),
// nc -lk on 8080 and 22, nc -lk -u on 53 and 172.17.0.10:5353; 172.17.0.2 holds nc to 22.
scenario(
  'wider addresses and queues, 172.17.0.10',
  [
    'tcp LISTEN 0 2500000 0.0.0.0:7000 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:8080 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:22 0.0.0.0:*',
    'tcp ESTAB 0 0 172.17.0.10:22 172.17.0.2:42290',
    'udp UNCONN 0 0 0.0.0.0:53 0.0.0.0:*',
    'udp UNCONN 0 0 172.17.0.10:5353 0.0.0.0:*',
  ],
  [
    [
      'ss -ltn',
      `State  Recv-Q Send-Q  Local Address:Port Peer Address:PortProcess
LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*          
LISTEN 0      1             0.0.0.0:8080      0.0.0.0:*          
LISTEN 0      1             0.0.0.0:22        0.0.0.0:*          
`,
    ],
    [
      'ss -lt',
      `State  Recv-Q Send-Q  Local Address:Port     Peer Address:PortProcess
LISTEN 0      2500000       0.0.0.0:bbs           0.0.0.0:*          
LISTEN 0      1             0.0.0.0:http-alt      0.0.0.0:*          
LISTEN 0      1             0.0.0.0:ssh           0.0.0.0:*          
`,
    ],
    [
      'ss -tuln',
      `Netid State  Recv-Q Send-Q  Local Address:Port Peer Address:PortProcess
udp   UNCONN 0      0             0.0.0.0:53        0.0.0.0:*          
udp   UNCONN 0      0         172.17.0.10:5353      0.0.0.0:*          
tcp   LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*          
tcp   LISTEN 0      1             0.0.0.0:8080      0.0.0.0:*          
tcp   LISTEN 0      1             0.0.0.0:22        0.0.0.0:*          
`,
    ],
    [
      'ss -tulnH',
      `udp UNCONN 0      0           0.0.0.0:53   0.0.0.0:*
udp UNCONN 0      0       172.17.0.10:5353 0.0.0.0:*
tcp LISTEN 0      2500000     0.0.0.0:7000 0.0.0.0:*
tcp LISTEN 0      1           0.0.0.0:8080 0.0.0.0:*
tcp LISTEN 0      1           0.0.0.0:22   0.0.0.0:*
`,
    ],
    [
      'ss -tan',
      `State  Recv-Q Send-Q  Local Address:Port Peer Address:Port Process
LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*           
LISTEN 0      1             0.0.0.0:8080      0.0.0.0:*           
LISTEN 0      1             0.0.0.0:22        0.0.0.0:*           
ESTAB  0      0         172.17.0.10:22     172.17.0.2:42290       
`,
    ],
    [
      'ss -tuan',
      `Netid State  Recv-Q Send-Q  Local Address:Port Peer Address:Port Process
udp   UNCONN 0      0             0.0.0.0:53        0.0.0.0:*           
udp   UNCONN 0      0         172.17.0.10:5353      0.0.0.0:*           
tcp   LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*           
tcp   LISTEN 0      1             0.0.0.0:8080      0.0.0.0:*           
tcp   LISTEN 0      1             0.0.0.0:22        0.0.0.0:*           
tcp   ESTAB  0      0         172.17.0.10:22     172.17.0.2:42290       
`,
    ],
    [
      'ss -tua',
      `Netid State  Recv-Q Send-Q  Local Address:Port     Peer Address:Port Process
udp   UNCONN 0      0             0.0.0.0:domain        0.0.0.0:*           
udp   UNCONN 0      0         172.17.0.10:mdns          0.0.0.0:*           
tcp   LISTEN 0      2500000       0.0.0.0:bbs           0.0.0.0:*           
tcp   LISTEN 0      1             0.0.0.0:http-alt      0.0.0.0:*           
tcp   LISTEN 0      1             0.0.0.0:ssh           0.0.0.0:*           
tcp   ESTAB  0      0         172.17.0.10:ssh        172.17.0.2:42290       
`,
    ],
    [
      'ss -tan sport \\< :8000',
      `State  Recv-Q Send-Q  Local Address:Port Peer Address:Port Process
LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*           
LISTEN 0      1             0.0.0.0:22        0.0.0.0:*           
ESTAB  0      0         172.17.0.10:22     172.17.0.2:42290       
`,
    ],
    [
      'ss -tuan sport = :53',
      `Netid State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
udp   UNCONN 0      0            0.0.0.0:53        0.0.0.0:*          
`,
    ],
    [
      'ss -ltn sport = :\\*',
      `State  Recv-Q Send-Q  Local Address:Port Peer Address:PortProcess
LISTEN 0      2500000       0.0.0.0:7000      0.0.0.0:*          
LISTEN 0      1             0.0.0.0:8080      0.0.0.0:*          
LISTEN 0      1             0.0.0.0:22        0.0.0.0:*          
`,
    ],
    [
      'ss -tul',
      `Netid State  Recv-Q Send-Q  Local Address:Port     Peer Address:PortProcess
udp   UNCONN 0      0             0.0.0.0:domain        0.0.0.0:*          
udp   UNCONN 0      0         172.17.0.10:mdns          0.0.0.0:*          
tcp   LISTEN 0      2500000       0.0.0.0:bbs           0.0.0.0:*          
tcp   LISTEN 0      1             0.0.0.0:http-alt      0.0.0.0:*          
tcp   LISTEN 0      1             0.0.0.0:ssh           0.0.0.0:*          
`,
    ],
  ],
);

scenario(
  'port filters and state filters, 172.17.0.2',
  [
    'udp ESTAB 0 0 172.17.0.2:43946 172.17.0.10:53',
    'tcp ESTAB 0 0 172.17.0.2:42290 172.17.0.10:22',
    'tcp TIME-WAIT 0 0 172.17.0.2:45816 172.17.0.10:8080',
  ],
  [
    [
      'ss -tuan',
      `Netid State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   ESTAB     0      0         172.17.0.2:43946  172.17.0.10:53         
tcp   ESTAB     0      0         172.17.0.2:42290  172.17.0.10:22         
tcp   TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tua',
      `Netid State     Recv-Q Send-Q Local Address:Port  Peer Address:Port    Process
udp   ESTAB     0      0         172.17.0.2:43946  172.17.0.10:domain         
tcp   ESTAB     0      0         172.17.0.2:42290  172.17.0.10:ssh            
tcp   TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:http-alt       
`,
    ],
    [
      'ss -tu',
      `Netid State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
udp   ESTAB 0      0         172.17.0.2:43946  172.17.0.10:domain       
tcp   ESTAB 0      0         172.17.0.2:42290  172.17.0.10:ssh          
`,
    ],
    [
      'ss -tan sport = :22',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -tan dport = :22',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
ESTAB 0      0         172.17.0.2:42290  172.17.0.10:22         
`,
    ],
    [
      'ss -tan dport = 8080',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      "ss -tan '( dport = :22 or dport = :8080 )'",
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
ESTAB     0      0         172.17.0.2:42290  172.17.0.10:22         
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan not dport = :22',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan ! dport == :22',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan dport gt :1000 and dport lt :9000',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan dport ge :8080',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan dport le :8080 dport != :22',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tan state time-wait',
      `Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -ta exclude time-wait',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
ESTAB 0      0         172.17.0.2:42290  172.17.0.10:ssh        
`,
    ],
    [
      'ss -ta state established state time-wait',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:Port    Process
ESTAB     0      0         172.17.0.2:42290  172.17.0.10:ssh            
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:http-alt       
`,
    ],
    [
      'ss -tn state connected',
      `State     Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
ESTAB     0      0         172.17.0.2:42290  172.17.0.10:22         
TIME-WAIT 0      0         172.17.0.2:45816  172.17.0.10:8080       
`,
    ],
    [
      'ss -tun state established',
      `Netid Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
udp   0      0         172.17.0.2:43946  172.17.0.10:53         
tcp   0      0         172.17.0.2:42290  172.17.0.10:22         
`,
    ],
  ],
);

// nc -lk 57000 (dircproxy in /etc/services, but inside the default ephemeral range) and 22, nc -lk
// -u 53, and nc / nc -u to them over 127.0.0.1.
scenario(
  'loopback; -A, -4, -6, -O and more state filters',
  [
    'udp UNCONN 0 0 0.0.0.0:53 0.0.0.0:*',
    'udp ESTAB 0 0 127.0.0.1:38133 127.0.0.1:53',
    'tcp LISTEN 0 1 0.0.0.0:22 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:57000 0.0.0.0:*',
    'tcp ESTAB 0 0 127.0.0.1:51530 127.0.0.1:22',
    'tcp ESTAB 0 0 127.0.0.1:22 127.0.0.1:51530',
  ],
  [
    [
      'ss -tua',
      `Netid State  Recv-Q Send-Q Local Address:Port   Peer Address:Port  Process
udp   UNCONN 0      0            0.0.0.0:domain      0.0.0.0:*            
udp   ESTAB  0      0          127.0.0.1:38133     127.0.0.1:domain       
tcp   LISTEN 0      1            0.0.0.0:ssh         0.0.0.0:*            
tcp   LISTEN 0      1            0.0.0.0:57000       0.0.0.0:*            
tcp   ESTAB  0      0          127.0.0.1:51530     127.0.0.1:ssh          
tcp   ESTAB  0      0          127.0.0.1:ssh       127.0.0.1:51530        
`,
    ],
    [
      'ss -4u',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
ESTAB 0      0          127.0.0.1:38133    127.0.0.1:domain       
`,
    ],
    [
      'ss -u -f inet',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
ESTAB 0      0          127.0.0.1:38133    127.0.0.1:domain       
`,
    ],
    [
      'ss -A udp',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
ESTAB 0      0          127.0.0.1:38133    127.0.0.1:domain       
`,
    ],
    [
      'ss -A tcp,udp -l',
      `Netid State  Recv-Q Send-Q Local Address:Port   Peer Address:PortProcess
udp   UNCONN 0      0            0.0.0.0:domain      0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:ssh         0.0.0.0:*          
tcp   LISTEN 0      1            0.0.0.0:57000       0.0.0.0:*          
`,
    ],
    [
      'ss -l -A udp',
      `State  Recv-Q Send-Q Local Address:Port   Peer Address:PortProcess
UNCONN 0      0            0.0.0.0:domain      0.0.0.0:*          
`,
    ],
    [
      'ss --query=tcp -O',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
ESTAB 0      0          127.0.0.1:51530    127.0.0.1:ssh         
ESTAB 0      0          127.0.0.1:ssh      127.0.0.1:51530       
`,
    ],
    [
      'ss -6 -tln',
      `State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -t exclude all',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
ESTAB 0      0          127.0.0.1:51530    127.0.0.1:ssh         
ESTAB 0      0          127.0.0.1:ssh      127.0.0.1:51530       
`,
    ],
    [
      'ss -t state unknown',
      `Recv-Q Send-Q Local Address:Port Peer Address:PortProcess
`,
    ],
    [
      'ss -ta sport = :ssh',
      `State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process
LISTEN 0      1            0.0.0.0:ssh       0.0.0.0:*           
ESTAB  0      0          127.0.0.1:ssh     127.0.0.1:51530       
`,
    ],
    [
      'ss -tua dport = :domain or sport = :www',
      `Netid State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
udp   ESTAB 0      0          127.0.0.1:38133    127.0.0.1:domain       
`,
    ],
    [
      'ss -t -A udp',
      `State Recv-Q Send-Q Local Address:Port  Peer Address:Port  Process
ESTAB 0      0          127.0.0.1:38133    127.0.0.1:domain       
`,
    ],
    [
      'ss -tl state established',
      `Recv-Q Send-Q Local Address:Port  Peer Address:Port Process
0      0          127.0.0.1:51530    127.0.0.1:ssh         
0      0          127.0.0.1:ssh      127.0.0.1:51530       
`,
    ],
    [
      'ss -al -t',
      `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:ssh        0.0.0.0:*          
LISTEN 0      1            0.0.0.0:57000      0.0.0.0:*          
`,
    ],
    [
      'ss -t -- state listening',
      `Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
0      1            0.0.0.0:ssh        0.0.0.0:*          
0      1            0.0.0.0:57000      0.0.0.0:*          
`,
    ],
  ],
);

describe('service names stop at net.ipv4.ip_local_port_range', () => {
  const rows = [
    'tcp LISTEN 0 1 0.0.0.0:8080 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:40000 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:33434 0.0.0.0:*',
    'tcp LISTEN 0 1 0.0.0.0:22 0.0.0.0:*',
  ].map(row);
  it('names 8080 with the default range (32768 60999)', () => {
    expect(ss('ss -lt', rows)).toEqual({
      out: `State  Recv-Q Send-Q Local Address:Port     Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:http-alt      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000         0.0.0.0:*          
LISTEN 0      1            0.0.0.0:33434         0.0.0.0:*          
LISTEN 0      1            0.0.0.0:ssh           0.0.0.0:*          
`,
      status: 0,
    });
  });
  it('leaves 8080 numeric after sysctl -w net.ipv4.ip_local_port_range="2000 9001"', () => {
    expect(ss('ss -lt', rows, [2000, 9001])).toEqual({
      out: `State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess
LISTEN 0      1            0.0.0.0:8080       0.0.0.0:*          
LISTEN 0      1            0.0.0.0:40000      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:33434      0.0.0.0:*          
LISTEN 0      1            0.0.0.0:ssh        0.0.0.0:*          
`,
      status: 0,
    });
  });
});

// `ss -h` on the reference machine, verbatim; usage errors print their line and then this on stderr.
const USAGE = `Usage: ss [ OPTIONS ]
       ss [ OPTIONS ] [ FILTER ]
   -h, --help          this message
   -V, --version       output version information
   -n, --numeric       don't resolve service names
   -r, --resolve       resolve host names
   -a, --all           display all sockets
   -l, --listening     display listening sockets
   -o, --options       show timer information
   -e, --extended      show detailed socket information
   -m, --memory        show socket memory usage
   -p, --processes     show process using socket
   -T, --threads       show thread using socket
   -i, --info          show internal TCP information
       --tipcinfo      show internal tipc socket information
   -s, --summary       show socket usage summary
       --tos           show tos and priority information
       --cgroup        show cgroup information
   -b, --bpf           show bpf filter socket information
   -E, --events        continually display sockets as they are destroyed
   -Z, --context       display task SELinux security contexts
   -z, --contexts      display task and socket SELinux security contexts
   -N, --net           switch to the specified network namespace name

   -4, --ipv4          display only IP version 4 sockets
   -6, --ipv6          display only IP version 6 sockets
   -0, --packet        display PACKET sockets
   -t, --tcp           display only TCP sockets
   -M, --mptcp         display only MPTCP sockets
   -S, --sctp          display only SCTP sockets
   -u, --udp           display only UDP sockets
   -d, --dccp          display only DCCP sockets
   -w, --raw           display only RAW sockets
   -x, --unix          display only Unix domain sockets
       --tipc          display only TIPC sockets
       --vsock         display only vsock sockets
       --xdp           display only XDP sockets
   -f, --family=FAMILY display sockets of type FAMILY
       FAMILY := {inet|inet6|link|unix|netlink|vsock|tipc|xdp|help}

   -K, --kill          forcibly close sockets, display what was closed
   -H, --no-header     Suppress header line
   -O, --oneline       socket's data printed on a single line
       --inet-sockopt  show various inet socket options

   -A, --query=QUERY, --socket=QUERY
       QUERY := {all|inet|tcp|mptcp|udp|raw|unix|unix_dgram|unix_stream|unix_seqpacket|packet|packet_raw|packet_dgram|netlink|dccp|sctp|vsock_stream|vsock_dgram|tipc|xdp}[,QUERY]

   -D, --diag=FILE     Dump raw information about TCP sockets to FILE
   -F, --filter=FILE   read filter information from FILE
       FILTER := [ state STATE-FILTER ] [ EXPRESSION ]
       STATE-FILTER := {all|connected|synchronized|bucket|big|TCP-STATES}
         TCP-STATES := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|closed|close-wait|last-ack|listening|closing}
          connected := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
       synchronized := {established|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
             bucket := {syn-recv|time-wait}
                big := {established|syn-sent|fin-wait-{1,2}|closed|close-wait|last-ack|listening|closing}
`;

describe('errors and messages', () => {
  it.each<[string, string, number]>([
    ['ss -y', `ss: invalid option -- 'y'\n${USAGE}`, 255],
    ['ss -ltnq', `ss: invalid option -- 'q'\n${USAGE}`, 255],
    ['ss --bogus', `ss: unrecognized option '--bogus'\n${USAGE}`, 255],
    [
      'ss --t',
      `ss: option '--t' is ambiguous; possibilities: '--threads' '--tcp' '--tipc' '--tipcinfo' '--tos'\n${USAGE}`,
      255,
    ],
    [
      'ss --n',
      `ss: option '--n' is ambiguous; possibilities: '--numeric' '--net' '--no-header'\n${USAGE}`,
      255,
    ],
    [
      'ss --s',
      `ss: option '--s' is ambiguous; possibilities: '--sctp' '--socket' '--summary'\n${USAGE}`,
      255,
    ],
    // ss acts on each option as getopt returns it: what comes before a bad option happens first
    ['ss -V --bogus', 'ss utility, iproute2-6.1.0\n', 0],
    ['ss --bogus -V', `ss: unrecognized option '--bogus'\n${USAGE}`, 255],
    ['ss -tA bogus --bogus', `ss: "bogus" is illegal socket table id\n${USAGE}`, 255],
    ['ss --numeric=1', `ss: option '--numeric' doesn't allow an argument\n${USAGE}`, 255],
    ['ss -f', `ss: option requires an argument -- 'f'\n${USAGE}`, 255],
    ['ss --family', `ss: option '--family' requires an argument\n${USAGE}`, 255],
    ['ss -A', `ss: option requires an argument -- 'A'\n${USAGE}`, 255],
    ['ss -A foo', `ss: "foo" is illegal socket table id\n${USAGE}`, 255],
    ['ss -f foo', `ss: "foo" is invalid family\n${USAGE}`, 255],
    ['ss -t sport', `ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n${USAGE}`, 255],
    [
      "ss -t '(' sport = :80",
      `ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n${USAGE}`,
      255,
    ],
    [
      'ss -t sport = :80 or',
      `ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n${USAGE}`,
      255,
    ],
    ['ss -t state bogus', 'ss: wrong state name: bogus\n', 255],
    ['ss -t state', 'Command line is not complete. Try option "help"\n', 255],
    ['ss -t sport = :foo', 'Error: "foo" does not look like a port.\nCannot parse dst/src address.\n', 1],
    [
      'ss -t sport = :80 extra',
      'Error: "extra" does not look like a port.\nCannot parse dst/src address.\n',
      1,
    ],
    ["ss -A '!tcp'", 'ss: no socket tables to show with such filter.\n', 0],
    ['ss -V', 'ss utility, iproute2-6.1.0\n', 0],
    ['ss -h', USAGE, 0],
  ])('%s', (line, out, status) => {
    expect(ss(line, [])).toEqual({ out, status });
  });

  it.each([
    ['ss -tie', 'netns-lab: unsupported: ss option -i\n'],
    ['ss -ln', 'netns-lab: unsupported: ss without -t, -u, -x or -A tcp,udp\n'],
    ['ss -4 -l', 'netns-lab: unsupported: ss without -t, -u, -x or -A tcp,udp\n'],
    ['ss -A raw', 'netns-lab: unsupported: ss -A raw\n'],
    ['ss -t -f unix', 'netns-lab: unsupported: ss -f unix\n'],
    ['ss -t foo', 'netns-lab: unsupported: ss filter foo\n'],
    ['ss -t dst 10.0.0.1', 'netns-lab: unsupported: ss filter dst\n'],
    ['ss -x -4', 'netns-lab: unsupported: ss -x with -A, -4/-6 or a filter\n'],
    ["ss -tx 'sport = :80'", 'netns-lab: unsupported: ss -x with -A, -4/-6 or a filter\n'],
  ])('%s is not modelled', (line, out) => {
    expect(ss(line, [])).toEqual({ out, status: 1 });
  });

  it('reports a usage error even after an option it does not model, as ss would', () => {
    expect(ss('ss -p -y', []).status).toBe(255);
  });
});

describe('parseSsArgs', () => {
  it('keeps the brief flags readable', () => {
    const p = parseSsArgs(['-tuln']);
    expect(p.ok && p.opts).toMatchObject({
      tcp: true,
      udp: true,
      listening: true,
      all: false,
      numeric: true,
    });
    const q = parseSsArgs(['-tanH']);
    expect(q.ok && q.opts).toMatchObject({
      tcp: true,
      udp: false,
      listening: false,
      all: true,
      noHeader: true,
    });
  });
});

describe('services', () => {
  it('finds names as getservbyport does', () => {
    expect(serviceName(8080, 'tcp')).toBe('http-alt');
    expect(serviceName(8080, 'udp')).toBeUndefined();
    expect(serviceName(53, 'udp')).toBe('domain');
    expect(serviceName(21, 'tcp')).toBe('ftp');
    expect(serviceName(21, 'udp')).toBe('fsp');
    expect(serviceName(40000, 'tcp')).toBeUndefined();
  });
  it('finds ports by name or alias as getservbyname does', () => {
    expect(servicePort('www', 'tcp')).toBe(80);
    expect(servicePort('http', 'udp')).toBeUndefined();
  });
});

describe('ss -x', () => {
  it("lists nothing in a lab's namespace and is not modelled in the host's", () => {
    const s = new Session();
    s.run('ip netns add a\n');
    expect(s.exec('ss -x', 'a')).toMatchObject({
      output: 'Netid State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n',
      status: 0,
    });
    expect(s.exec('ss -x')).toMatchObject({
      output:
        "netns-lab: unsupported: ss -x in the host's namespace (its daemons' unix sockets are not modelled)\n",
      status: 1,
    });
  });
});
