// Errors the engine reports the way the kernel does: an errno, and optionally the extended-ack
// message netlink carries (iproute2 prints "Error: <msg>" when there is one, else strerror). The one
// errno table: netlink's answers and the socket errors ping and nc print come from STRERROR.

export type Errno =
  | 'EEXIST'
  | 'ENODEV'
  | 'ENOENT'
  | 'EINVAL'
  | 'ESRCH'
  | 'ENETUNREACH'
  | 'EHOSTUNREACH'
  | 'EADDRNOTAVAIL'
  | 'EOPNOTSUPP'
  | 'EBUSY'
  | 'ENOTEMPTY'
  | 'ERANGE'
  | 'ELOOP'
  | 'EPERM'
  | 'EACCES'
  | 'EXDEV'
  | 'ENETDOWN'
  | 'ECONNREFUSED'
  | 'ENOPROTOOPT'
  | 'ETIMEDOUT'
  | 'EADDRINUSE'
  | 'EDESTADDRREQ'
  | 'EMSGSIZE'
  | 'ENOBUFS'
  | 'ECONNRESET'
  | 'ENOSPC'
  | 'EMLINK'
  | 'E2BIG';

export const STRERROR: Record<Errno, string> = {
  EEXIST: 'File exists',
  ENODEV: 'No such device',
  ENOENT: 'No such file or directory',
  EINVAL: 'Invalid argument',
  ESRCH: 'No such process',
  ENETUNREACH: 'Network is unreachable',
  EHOSTUNREACH: 'No route to host',
  EADDRNOTAVAIL: 'Cannot assign requested address',
  EOPNOTSUPP: 'Operation not supported',
  EBUSY: 'Device or resource busy',
  ENOTEMPTY: 'Directory not empty',
  ERANGE: 'Numerical result out of range',
  ELOOP: 'Too many levels of symbolic links',
  EPERM: 'Operation not permitted',
  EACCES: 'Permission denied',
  EXDEV: 'Invalid cross-device link',
  ENETDOWN: 'Network is down',
  ECONNREFUSED: 'Connection refused',
  ENOPROTOOPT: 'Protocol not available',
  ETIMEDOUT: 'Connection timed out',
  EADDRINUSE: 'Address already in use',
  EDESTADDRREQ: 'Destination address required',
  EMSGSIZE: 'Message too long',
  ENOBUFS: 'No buffer space available',
  ECONNRESET: 'Connection reset by peer',
  ENOSPC: 'No space left on device',
  EMLINK: 'Too many links',
  E2BIG: 'Argument list too long',
};

export class NetError extends Error {
  constructor(
    readonly errno: Errno,
    readonly extack?: string,
  ) {
    super(extack ?? STRERROR[errno]);
  }
}
