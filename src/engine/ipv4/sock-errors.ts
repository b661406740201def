// What an ICMP error means to a socket (net/ipv4/icmp.c icmp_err_convert): the errno, and whether it
// is fatal (hard) or only remembered (soft). Messages are strerror()'s, as nc prints them.

import type { Errno } from '../errors.ts';
import { ICMP_DEST_UNREACH, ICMP_TIME_EXCEEDED } from '../wire/packet.ts';

/** The errors a socket reports (a subset of the one errno table, errors.ts). */
export type SockErrno = Extract<
  Errno,
  | 'ECONNREFUSED'
  | 'EHOSTUNREACH'
  | 'ENETUNREACH'
  | 'ENOPROTOOPT'
  | 'ETIMEDOUT'
  | 'EADDRINUSE'
  | 'EADDRNOTAVAIL'
  | 'EDESTADDRREQ'
  | 'EINVAL'
  | 'EPERM'
  | 'EACCES'
  | 'EMSGSIZE'
  | 'ENOBUFS'
  | 'ECONNRESET'
>;

/** icmp_err_convert[code] for destination unreachable; time exceeded is EHOSTUNREACH, soft. */
const UNREACH: [SockErrno, boolean][] = [
  ['ENETUNREACH', false], // 0 net unreachable
  ['EHOSTUNREACH', false], // 1 host unreachable
  ['ENOPROTOOPT', true], // 2 protocol unreachable
  ['ECONNREFUSED', true], // 3 port unreachable
  ['EHOSTUNREACH', false], // 4 fragmentation needed (handled as PMTU in Linux)
  ['EHOSTUNREACH', false], // 5 source route failed
  ['ENETUNREACH', true], // 6 network unknown
  ['EHOSTUNREACH', true], // 7 host unknown
  ['ENETUNREACH', true], // 8 source host isolated
  ['ENETUNREACH', true], // 9 network prohibited
  ['EHOSTUNREACH', true], // 10 host prohibited
  ['ENETUNREACH', false], // 11 network unreachable for TOS
  ['EHOSTUNREACH', false], // 12 host unreachable for TOS
  ['EHOSTUNREACH', true], // 13 administratively prohibited
  ['EHOSTUNREACH', true], // 14 precedence violation
  ['EHOSTUNREACH', true], // 15 precedence cut-off
];

export function icmpErrno(type: number, code: number): { errno: SockErrno; fatal: boolean } | undefined {
  if (type === ICMP_TIME_EXCEEDED) return { errno: 'EHOSTUNREACH', fatal: false };
  if (type !== ICMP_DEST_UNREACH || code >= UNREACH.length) return undefined;
  const [errno, fatal] = UNREACH[code];
  return { errno, fatal };
}
