// Name resolution as glibc does it inside a namespace: /etc/hosts first (the file every namespace
// sees unless /etc/netns/NAME/hosts overrides it; netns-lab gives each namespace the Debian default
// for IPv4, "127.0.0.1 localhost"), matched case-insensitively; anything else would go to DNS, which
// a lab has none of, so getaddrinfo fails with EAI_AGAIN ("Temporary failure in name resolution").

import { type Ip4, ip4ToString } from '../engine/wire/addr.ts';

/** The IPv4 lines of a namespace's /etc/hosts: address, canonical name, aliases. */
const HOSTS: readonly { addr: Ip4; names: readonly string[] }[] = [
  { addr: 0x7f000001, names: ['localhost'] },
];

export interface Resolved {
  addr: Ip4;
  /** The canonical name from /etc/hosts (ping prints it); undefined for a numeric address. */
  canon?: string;
}

/** gethostbyname for a name that is not a dotted address: /etc/hosts, or EAI_AGAIN. */
export function resolveName(name: string): Resolved | 'EAI_AGAIN' {
  const lower = name.toLowerCase();
  for (const h of HOSTS) if (h.names.includes(lower)) return { addr: h.addr, canon: h.names[0] };
  return 'EAI_AGAIN';
}

/** inet_aton: accepts "10.1" as 10.0.0.1 and each part in any C base. */
export function inetAton(s: string): Ip4 | undefined {
  const parts = s.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const p of parts) {
    let v: number;
    if (/^0[xX][0-9a-fA-F]+$/.test(p)) v = Number.parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) v = Number.parseInt(p, 8);
    else if (/^[1-9]\d*$/.test(p)) v = Number(p);
    else return undefined;
    nums.push(v);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255)) return undefined;
  const maxLast = 2 ** (8 * (4 - nums.length)) - 1;
  if (last > maxLast) return undefined;
  let v = 0;
  nums.forEach((n, i) => {
    v += n * 2 ** (24 - 8 * i);
  });
  return (v + last) >>> 0;
}

/** getaddrinfo's failures, and gai_strerror's words for them. */
export type GaiError = 'EAI_AGAIN' | 'EAI_NONAME' | 'EAI_SERVICE';
export const GAI_STRERROR: Readonly<Record<GaiError, string>> = {
  EAI_AGAIN: 'Temporary failure in name resolution',
  EAI_NONAME: 'Name or service not known',
  EAI_SERVICE: 'Servname not supported for ai_socktype',
};

/**
 * glibc's getaddrinfo for an IPv4 address: any form inet_aton reads ("127.1", "0x7f.1", "2130706433")
 * is the address; then AI_NUMERICHOST (nc -n) gives up with EAI_NONAME; with AF_INET (nc -4, and
 * -s, which takes the family of the peer's address) gethostbyname2_r first lets
 * __nss_hostname_digits_dots answer a name of digits and dots that does not end in a dot, and it
 * finds none (EAI_NONAME); everything else goes to /etc/hosts and DNS (resolveName). Measured in the
 * recorder's sandbox: "300.1.1.1" is EAI_AGAIN for nc, EAI_NONAME for nc -4, nc -n and nc -s.
 */
export function getaddrinfo(
  name: string,
  o: { inet?: boolean; numericHost?: boolean } = {},
): Resolved | GaiError {
  if (name === '') return 'EAI_NONAME';
  const addr = inetAton(name);
  if (addr !== undefined) return { addr };
  if (o.numericHost) return 'EAI_NONAME';
  if (o.inet && /^\d[\d.]*$/.test(name) && !name.endsWith('.')) return 'EAI_NONAME';
  return resolveName(name);
}

/** gethostbyaddr through /etc/hosts: the canonical name of an address, if the file has one. */
export function reverseName(addr: Ip4): string | undefined {
  return HOSTS.find((h) => h.addr === addr)?.names[0];
}

/** How iputils and netcat print a resolved peer: "name (a.b.c.d)". */
export function nameAndAddr(name: string, addr: Ip4): string {
  return `${name} (${ip4ToString(addr)})`;
}
