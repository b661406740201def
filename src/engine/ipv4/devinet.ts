// struct in_ifaddr and the address rules of net/ipv4/devinet.c: primary/secondary addresses,
// inet_select_addr() for source-address selection.

import type { Device } from '../link/device.ts';
import { type Ip4, inPrefix } from '../wire/addr.ts';

export type Scope = 'global' | 'link' | 'host' | 'nowhere';

/** Numeric rt_scope values: larger is narrower. */
export const SCOPE_VALUE: Record<Scope, number> = { global: 0, link: 253, host: 254, nowhere: 255 };

export interface InAddr {
  local: Ip4;
  prefixLen: number;
  /** Explicit broadcast (`brd`), if any. */
  broadcast?: Ip4;
  scope: Scope;
  secondary: boolean;
  label: string;
}

export function sameSubnet(a: InAddr, ip: Ip4): boolean {
  return inPrefix(ip, a.local, a.prefixLen);
}

/** inet_select_addr(dev, dst, scope): the source address Linux picks for `dst` leaving `dev`. */
export function inetSelectAddr(dev: Device, dst: Ip4, scope: Scope): Ip4 | undefined {
  const max = SCOPE_VALUE[scope];
  let addr: Ip4 | undefined;
  for (const a of dev.addrs) {
    if (a.secondary) continue;
    if (SCOPE_VALUE[a.scope] > max) continue;
    if (!dst || sameSubnet(a, dst)) return a.local;
    if (addr === undefined) addr = a.local;
  }
  if (addr !== undefined) return addr;
  // Not on this device: any address of another device with a suitable scope other than link.
  for (const d of dev.netns.devices()) {
    for (const a of d.addrs) {
      if (a.secondary) continue;
      if (a.scope !== 'link' && SCOPE_VALUE[a.scope] <= max) return a.local;
    }
  }
  return undefined;
}
