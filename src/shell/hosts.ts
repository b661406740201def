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

/** gethostbyaddr through /etc/hosts: the canonical name of an address, if the file has one. */
export function reverseName(addr: Ip4): string | undefined {
  return HOSTS.find((h) => h.addr === addr)?.names[0];
}

/** How iputils and netcat print a resolved peer: "name (a.b.c.d)". */
export function nameAndAddr(name: string, addr: Ip4): string {
  return `${name} (${ip4ToString(addr)})`;
}
